/**
 * Hints follow the code tab (<ForCode tab>, src/components/ForCode.astro): a reader on the PyTorch tab gets
 * Python (`with torch.no_grad():`, `None`), on the TypeScript tab TypeScript (`torch.no_grad(() => { … })`, `null`),
 * in both page languages, and a revealed hint switches with the tab.
 */
import { expect, test } from './shared-context';
import { collectErrors } from './helpers';

const T = {
  zh: { hint: /看提示/, py: '更新要写在 with torch.no_grad(): 代码块里面', ts: '更新要写在 torch.no_grad(() => { … }) 里面', none: '设为 None' },
  en: { hint: /Show a hint/, py: 'The update goes inside a with torch.no_grad(): block', ts: 'The update goes inside torch.no_grad(() => { … })', none: 'to None' },
} as const;

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: a checkpoint's hints are written for the visible code tab and follow a tab switch`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`/${lang}/lessons/why-optimizer/`);
    const ex = page.locator('oc-exercise[data-id="cp-manual-sgd"]');
    await ex.scrollIntoViewIfNeeded();
    await ex.getByRole('tab', { name: 'PyTorch' }).click();
    await ex.getByRole('button', { name: T[lang].hint }).click();
    const first = ex.locator('[data-hint]').first();
    await expect(first).toBeVisible();
    await expect(first).toContainText(T[lang].py, { useInnerText: true });
    await expect(first).not.toContainText(T[lang].ts, { useInnerText: true });
    await ex.getByRole('button', { name: T[lang].hint }).click();
    await expect(ex.locator('[data-hint]').nth(1)).toContainText(T[lang].none, { useInnerText: true });

    await ex.getByRole('tab', { name: 'TypeScript' }).click();
    await expect(first).toContainText(T[lang].ts, { useInnerText: true });
    await expect(first).not.toContainText(T[lang].py, { useInnerText: true });
    await expect(ex.locator('[data-hint]').nth(1)).not.toContainText(T[lang].none, { useInnerText: true });
    expect(errors()).toEqual([]);
  });
}
