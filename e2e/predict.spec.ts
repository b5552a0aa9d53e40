/**
 * "Think, then run" (issue 12 §5, src/predict): pick a prediction with the keyboard, run the cell, see the reveal,
 * reload and find the pick remembered — in both languages; skipping the pick never blocks a run; axe finds
 * nothing serious in a cell with a prediction; screenshots at 360 px (zh/en, light/dark) for a person to look at.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './shared-context';
import { axeViolations, collectErrors, lessonPages } from './helpers';

const L = {
  en: { run: 'Run', right: 'Right!', none: 'What happens:', yours: 'Your choice:' },
  zh: { run: '运行', right: '猜对了', none: '实际结果：', yours: '你的选项：' },
} as const;
type Lang = keyof typeof L;
const CELL = 'sgd-parabola'; // content/cells/sgd-parabola.predict.ts: choices zero / near / negative, answer near
const lesson = (lang: Lang) => lessonPages(lang).find((p) => /\/lessons\/sgd\/$/.test(p))!;

async function open(page: Page, lang: Lang) {
  await page.goto(lesson(lang));
  const cell = page.locator(`[data-cell-id="${CELL}"]`);
  const predict = cell.locator('oc-predict');
  await predict.scrollIntoViewIfNeeded();
  await expect(predict).toHaveAttribute('data-ready', 'true');
  return { cell, predict };
}

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: pick by keyboard, run, see the reveal, reload: the pick is remembered`, async ({ page }) => {
    const errors = collectErrors(page);
    const { cell, predict } = await open(page, lang);
    const radios = predict.getByRole('radio');
    await expect(radios).toHaveCount(3);
    await radios.first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown'); // radio group: arrows move and select
    await expect(radios.nth(1)).toBeChecked();
    await expect(predict.locator('[data-role="reveal"]')).toBeHidden();
    await cell.getByRole('button', { name: L[lang].run, exact: true }).click();
    await expect(predict).toHaveAttribute('data-outcome', 'right', { timeout: 30_000 });
    await expect(predict.locator('[data-role="reveal"]')).toContainText(L[lang].right);
    await expect(cell.locator('[data-role="log"]')).toContainText('step 20');

    await page.reload();
    const again = (await open(page, lang)).predict;
    await expect(again.getByRole('radio').nth(1)).toBeChecked();
    await expect(again).toHaveAttribute('data-outcome', 'right');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('oc:progress') ?? '{}').predictions);
    expect(stored[CELL]).toMatchObject({ pick: 'near', revealed: true });
    expect(errors()).toEqual([]);
  });

  test(`${lang}: a wrong pick shows both reasons; no pick never blocks running`, async ({ page }) => {
    const { cell, predict } = await open(page, lang);
    const run = cell.getByRole('button', { name: L[lang].run, exact: true });
    await run.click();
    await expect(predict).toHaveAttribute('data-outcome', 'none', { timeout: 30_000 });
    await expect(predict.locator('[data-role="reveal"]')).toContainText(L[lang].none);
    await predict.getByRole('radio').nth(2).check();
    await expect(predict.locator('[data-role="reveal"]')).toBeHidden();
    await run.click();
    await expect(predict).toHaveAttribute('data-outcome', 'wrong', { timeout: 30_000 });
    await expect(predict.locator('[data-role="reveal"]')).toContainText(L[lang].yours);
  });
}

// The prediction and its reveal only: the editor below it is the runner's (its .cm-scroller is reported apart).
test('a prediction and its reveal have no serious axe violations (light and dark)', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { cell, predict } = await open(page, 'zh');
    await predict.getByRole('radio').first().check();
    await cell.getByRole('button', { name: L.zh.run, exact: true }).click();
    await expect(predict).toHaveAttribute('data-outcome', 'wrong', { timeout: 30_000 });
    expect(await axeViolations(page, `[data-cell-id="${CELL}"] oc-predict`), scheme).toEqual([]);
  }
});

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: screenshots at 360 px, light and dark, after a reveal`, async ({ page }, info) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { cell, predict } = await open(page, lang);
      await predict.getByRole('radio').first().check();
      await cell.getByRole('button', { name: L[lang].run, exact: true }).click();
      await expect(predict).toHaveAttribute('data-outcome', 'wrong', { timeout: 30_000 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, 'no sideways scrolling at 360 px').toBeLessThanOrEqual(360);
      await predict.screenshot({ path: info.outputPath(`predict-${lang}-${scheme}.png`) });
    }
  });
}
