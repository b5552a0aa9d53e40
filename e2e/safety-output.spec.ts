/**
 * Output can't take the page down (issue 14.2): the worker caps characters per line, lines, characters per run,
 * plot series and points before anything is posted, and the page says so in the reader's language. Each test
 * floods the output, then proves the page stayed responsive (a click on the tabs works, and no main-thread long
 * task came near the freezes measured before the caps: 41 s for long lines, 26 s for 10 000 series).
 */
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './shared-context';
import { collectErrors, watchLongTasks } from './helpers';
import { openCell, output, RUN, type Lang } from './safety-helpers';

const NOTICE = {
  cut: { en: 'long lines were cut after 5000 characters', zh: '超过 5000 个字符的部分已截去' },
  lines: { en: 'Output truncated after', zh: '输出过长：只显示前' },
  series: { en: 'Plot truncated after 50 series: 9950 more series were not drawn.', zh: '曲线太多：只画了前 50 条，另有 9950 条没有画出。' },
};
/** Far above any honest long task of rendering capped output, far below the freezes without caps. */
const LONG_TASK_BOUND_MS = 5000;

async function floodAndCheck(page: Page, cell: Locator, lang: Lang, code: string): Promise<void> {
  await cell.evaluate((el, c) => (el as HTMLElement & { setCode(c: string): void }).setCode(c), code);
  const longest = await watchLongTasks(page);
  await cell.getByRole('button', { name: RUN[lang], exact: true }).click();
  await expect(output(cell)).toHaveAttribute('data-state', 'ok', { timeout: 60_000 });
  // a click still works: switch to the PyTorch tab and back (the guide cell has both)
  const tabs = cell.getByRole('tab');
  await tabs.first().click();
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  await tabs.last().click();
  await expect(tabs.last()).toHaveAttribute('aria-selected', 'true');
  expect(await longest()).toBeLessThan(LONG_TASK_BOUND_MS);
}

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: one 100 MB line is cut in the worker and the page says so`, async ({ page }) => {
    test.setTimeout(120_000);
    const errors = collectErrors(page);
    const cell = await openCell(page, lang, 'e2e-guide');
    await floodAndCheck(page, cell, lang, 'console.log("x".repeat(1e8))\nprint("after")');
    const first = cell.locator('[data-role="log"] .oc-out').first();
    expect(((await first.textContent()) ?? '').length).toBeLessThanOrEqual(5001);
    await expect(output(cell)).toContainText('after');
    await expect(cell.locator('[data-role="truncated"]')).toContainText(NOTICE.cut[lang]);
    expect(errors()).toEqual([]);
  });

  test(`${lang}: 5000 lines of 100 KB stop at the run's cap with a visible notice`, async ({ page }) => {
    test.setTimeout(120_000);
    const cell = await openCell(page, lang, 'e2e-guide');
    await floodAndCheck(page, cell, lang, 'const s = "y".repeat(100_000)\nfor (let i = 0; i < 5000; i++) print(s)');
    await expect(cell.locator('[data-role="truncated"]').first()).toContainText(NOTICE.lines[lang]);
    // 500 000 characters at most: a hundred 5000-character lines
    expect(await cell.locator('[data-role="log"] .oc-out:not([data-role="truncated"])').count()).toBeLessThanOrEqual(101);
  });

  test(`${lang}: 10 000 plot series are capped at 50 with a visible notice`, async ({ page }) => {
    test.setTimeout(120_000);
    const cell = await openCell(page, lang, 'e2e-guide');
    await floodAndCheck(page, cell, lang, 'for (let i = 0; i < 10000; i++) plot("s" + i, 0, i)\nprint("plotted")');
    await expect(cell.locator('[data-role="truncated"]')).toHaveText(`⚠ ${NOTICE.series[lang]}`);
    await expect(cell.locator('[data-role="plot-table"] tr:has(td)')).toHaveCount(50);
  });
}
