/**
 * The formula explorer under an update rule (src/components/Explore.astro) and the labs' "try this" prompts:
 * the slider changes the live values, keyboard works, axe finds nothing serious; screenshots at 360 px.
 */
import { expect, test } from './shared-context';
import { axeViolations, collectErrors, lessonPages } from './helpers';

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: the Adam explorer in Lesson 4 shows each term's value and follows the step slider`, async ({ page }, info) => {
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(lessonPages(lang).find((p) => p.endsWith('/lessons/optimizer-family/'))!);
    const ex = page.locator('oc-explore[data-rule="adam"]');
    await ex.scrollIntoViewIfNeeded();
    await expect(ex).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    const rows = ex.locator('[data-role="rows"] tr');
    await expect(rows).toHaveCount(9); // g, θ, then m, v, two bias corrections, m̂, v̂ and the update
    const first = await ex.locator('[data-role="rows"]').innerText();
    await ex.getByRole('slider').focus();
    await page.keyboard.press('ArrowRight');
    await expect(ex.locator('[data-role="t"]')).toHaveText('2');
    await expect(ex.locator('[data-role="rows"]')).not.toHaveText(first);
    expect(await axeViolations(page, 'oc-explore[data-rule="adam"]')).toEqual([]);
    await ex.locator('xpath=..').screenshot({ path: info.outputPath(`explore-${lang}.png`) });
    expect(errors()).toEqual([]);
  });
}

test('the pitfalls lab page shows its "try this → notice" prompts in both languages', async ({ page }) => {
  for (const [lang, heading] of [['en', 'Try this → what to notice'], ['zh', '试试看 → 留意什么']] as const) {
    await page.goto(`/${lang}/labs/pitfalls/`);
    const box = page.locator('.oc-lab__prompts');
    await expect(box.locator('summary')).toHaveText(heading);
    await expect(box.locator('li')).toHaveCount(2);
    await expect(box).not.toContainText('{labs:');
  }
});
