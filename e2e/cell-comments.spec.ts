/**
 * Code comments follow the page language (src/site/cell-comments.ts): the same cell and checkpoint starter show
 * Chinese comments on the zh page and English ones on the en page, never the `#zh:` marker, and the cell still runs.
 */
import { expect, test } from './shared-context';
import { collectErrors } from './helpers';

const cases = {
  zh: { comment: '（真实的循环会在这里训练一轮）', starter: '故意没写完', other: '(a real loop would train one epoch here)' },
  en: { comment: '(a real loop would train one epoch here)', starter: 'Unfinished on purpose', other: '真实的循环' },
} as const;

for (const [lang, c] of Object.entries(cases)) {
  test(`${lang}: cells and starters show comments in the page language and still run`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`/${lang}/lessons/advanced/`);
    const cell = page.locator('oc-cell[data-cell-id="adv-schedules"]');
    await cell.scrollIntoViewIfNeeded();
    await expect(cell).toContainText(c.comment);
    await expect(cell).not.toContainText(c.other);
    await expect(cell).not.toContainText('#zh:');
    await expect(page.locator('oc-cell[data-cell-id="cp-halve-every-10"]')).toContainText(c.starter);
    await cell.getByRole('button', { name: lang === 'zh' ? '运行' : 'Run', exact: true }).click();
    await expect(cell).toContainText('epoch 90: 0.0001  0.0010  0.0024', { timeout: 30_000 });
    expect(errors()).toEqual([]);
  });
}
