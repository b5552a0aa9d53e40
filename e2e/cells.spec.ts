/**
 * Live code cells (src/runner, <CodeCell>): editing, running, errors, Stop/budget, share links, persistence,
 * Reset, tabs and coach tips — in both languages. Uses the test page /{lang}/dev/cells/ (cells `e2e-*`).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchLongTasks } from './helpers';

const L = {
  en: { run: 'Run', stop: 'Stop', reset: 'Reset', copy: 'Copy', share: 'Share', discard: 'Discard edits', at: (l: number, c: number) => `Line ${l}, column ${c}: `, timeout: 'Stopped after 1.5 s', stopped: 'Stopped.' },
  zh: { run: '运行', stop: '停止', reset: '重置', copy: '复制', share: '分享', discard: '放弃修改', at: (l: number, c: number) => `第 ${l} 行第 ${c} 列：`, timeout: '已运行 1.5 秒', stopped: '已停止。' },
} as const;
type Lang = keyof typeof L;

const page$ = (lang: Lang) => `/${lang}/dev/cells/`;

async function openCell(page: Page, lang: Lang, id: string): Promise<Locator> {
  await page.goto(page$(lang));
  const cell = page.locator(`[data-cell-id="${id}"]`);
  await cell.scrollIntoViewIfNeeded();
  await expect(cell.locator('.cm-editor')).toBeVisible();
  return cell;
}

async function setCode(cell: Locator, code: string): Promise<void> {
  await cell.evaluate((el, c) => (el as HTMLElement & { setCode(c: string): void }).setCode(c), code);
}

const output = (cell: Locator) => cell.locator('[data-role="output"]');

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

for (const lang of ['en', 'zh'] as const) {
  const s = L[lang];

  test(`${lang}: edit, run, see output and a live chart; Ctrl+Enter runs`, async ({ page }) => {
    const cell = await openCell(page, lang, 'e2e-basic');
    await expect(output(cell)).toHaveAttribute('aria-live', 'polite');
    await cell.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nprint("edited " + (6 * 7))');
    await cell.getByRole('button', { name: s.run, exact: true }).click();
    await expect(output(cell)).toContainText('hello from the cell');
    await expect(output(cell)).toContainText('edited 42');
    await expect(cell.locator('canvas')).toBeVisible();
    await expect(cell.locator('[data-role="plot-table"]')).toContainText('50');
    await setCode(cell, 'print("via keyboard")');
    await cell.locator('.cm-content').click();
    await page.keyboard.press('Control+Enter');
    await expect(output(cell)).toContainText('via keyboard');
  });

  test(`${lang}: syntax and runtime errors name the line and mark it`, async ({ page }) => {
    const cell = await openCell(page, lang, 'e2e-basic');
    await setCode(cell, 'print(1)\nlet a = ;');
    await cell.getByRole('button', { name: s.run, exact: true }).click();
    await expect(output(cell)).toContainText(`${s.at(2, 9)}SyntaxError`);
    await expect(cell.locator('.cm-line[data-error-line="2"]')).toBeVisible();
    await expect(cell.locator('.oc-gutter-error').locator('visible=true')).toHaveCount(1);
    await setCode(cell, 'const a = 1\nconst o: any = null\nprint(a)\nconst z = o.boom');
    await cell.getByRole('button', { name: s.run, exact: true }).click();
    await expect(output(cell)).toContainText(`${s.at(4, 13)}TypeError`);
    await expect(cell.locator('.cm-line[data-error-line="4"]')).toBeVisible();
  });
}

test('an endless loop: the page stays responsive, Stop ends it, Run works again', async ({ page }) => {
  const cell = await openCell(page, 'en', 'e2e-basic');
  await setCode(cell, 'print("start")\nwhile (true) {}');
  // let the page settle (editors of the cells near the viewport, the pre-warmed worker) before probing
  await page.waitForLoadState('networkidle');
  const longest = await watchLongTasks(page);
  await cell.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(output(cell)).toContainText('start');
  // while the loop runs (Stop is still enabled after the toggle), the page still answers: the theme toggle works
  // (a blocked main thread could not do this)
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? '');
  const before = await theme();
  await page.locator('[data-theme-toggle]').first().click();
  await expect.poll(theme).not.toBe(before);
  await expect(cell.getByRole('button', { name: 'Stop', exact: true })).toBeEnabled();
  expect(await longest()).toBeLessThan(300);
  await cell.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(output(cell)).toContainText('Stopped.');
  await setCode(cell, 'print("again")');
  await cell.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(output(cell)).toContainText('again');
});

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: without Stop, a short budget ends the run with a message`, async ({ page }) => {
    const cell = await openCell(page, lang, 'e2e-budget');
    await cell.getByRole('button', { name: L[lang].run, exact: true }).click();
    await expect(output(cell)).toContainText(L[lang].timeout, { timeout: 8000 });
    await expect(cell.getByRole('button', { name: L[lang].run, exact: true })).toBeEnabled();
  });
}

test('share link round trip loads the code without running it', async ({ page, context }) => {
  const cell = await openCell(page, 'zh', 'e2e-basic');
  const code = 'print("来自分享链接")\nconst lr = 0.05';
  await setCode(cell, code);
  await cell.getByRole('button', { name: '分享', exact: true }).click();
  await expect(cell.locator('[data-role="note"]')).toContainText('链接已复制');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(/#cell=e2e-basic&code=/);
  const other = await context.newPage();
  await other.goto(url);
  const shared = other.locator('[data-cell-id="e2e-basic"]');
  await expect(shared.locator('.cm-content')).toContainText('来自分享链接');
  await expect(shared.locator('[data-role="note"]')).toContainText('尚未运行');
  await expect(output(shared)).toHaveAttribute('data-state', 'idle');
  await expect(shared).toBeInViewport();
  await expect(output(shared)).not.toContainText('来自分享链接');
});

test('edits survive a reload and the language switch; Reset restores the lesson code', async ({ page }) => {
  const cell = await openCell(page, 'en', 'e2e-basic');
  const original = await cell.evaluate((el) => (el as HTMLElement & { getCode(): string }).getCode());
  await cell.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n// my edit');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('oc:cell:e2e-basic'))).toContain('// my edit');
  await page.reload();
  const again = page.locator('[data-cell-id="e2e-basic"]');
  await again.scrollIntoViewIfNeeded();
  await expect(again.locator('.cm-content')).toContainText('// my edit');
  const zh = await openCell(page, 'zh', 'e2e-basic');
  await expect(zh.locator('.cm-content')).toContainText('// my edit');
  await zh.getByRole('button', { name: '重置', exact: true }).click();
  await page.getByRole('button', { name: '放弃修改' }).click();
  await expect(zh.locator('.cm-content')).not.toContainText('// my edit');
  expect(await zh.evaluate((el) => (el as HTMLElement & { getCode(): string }).getCode())).toBe(original);
  expect(await page.evaluate(() => localStorage.getItem('oc:cell:e2e-basic'))).toBeNull();
});

test('PyTorch | TypeScript tabs: TypeScript by default, choice remembered, Copy copies the visible tab', async ({ page }) => {
  const cell = await openCell(page, 'en', 'e2e-guide');
  const tsTab = cell.getByRole('tab', { name: 'TypeScript' });
  const pyTab = cell.getByRole('tab', { name: 'PyTorch' });
  await expect(tsTab).toHaveAttribute('aria-selected', 'true');
  await pyTab.click();
  await expect(pyTab).toHaveAttribute('aria-selected', 'true');
  await expect(cell.getByRole('tabpanel')).toContainText('optimizer.zero_grad()');
  await cell.getByRole('button', { name: 'Copy', exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('for epoch in range(100):');
  await page.keyboard.press('ArrowRight');
  await pyTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(tsTab).toHaveAttribute('aria-selected', 'true');
  await expect(tsTab).toBeFocused();
  await pyTab.click();
  await page.reload();
  await expect(page.locator('[data-cell-id="e2e-guide"]').getByRole('tab', { name: 'PyTorch' })).toHaveAttribute('aria-selected', 'true');
});

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: at 360 px the five cell actions share one row`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const cell = await openCell(page, lang, 'e2e-guide');
    const s = L[lang];
    const rows = new Set<number>();
    for (const name of [s.run, s.stop, s.reset, s.copy, s.share]) {
      const box = (await cell.getByRole('button', { name, exact: true }).boundingBox())!;
      rows.add(Math.round(box.y));
    }
    expect([...rows]).toHaveLength(1);
  });
}

test('Esc then Tab leaves the editor (no keyboard trap); Tab inside indents', async ({ page }) => {
  const cell = await openCell(page, 'en', 'e2e-basic');
  await cell.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Tab');
  await expect(cell.locator('.cm-content')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(cell.locator('.cm-content')).not.toBeFocused();
});

test('learner code has no network, storage or worker APIs', async ({ page }) => {
  const cell = await openCell(page, 'en', 'e2e-basic');
  const names = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'indexedDB', 'Worker'];
  await setCode(cell, `print([${names.map((n) => `typeof ${n}`).join(', ')}].join(","))\nawait import("https://example.org/x.js")`);
  const result = await cell.evaluate((el) => (el as HTMLElement & { run(): Promise<{ logs: string[]; error?: { name: string; line?: number } }> }).run());
  expect(result.logs).toEqual([names.map(() => 'undefined').join(',')]);
  expect(result.error).toMatchObject({ name: 'ImportError', line: 2 });
});

test('el.run() resolves with the RunResult and a bubbling cell-run event carries it', async ({ page }) => {
  const cell = await openCell(page, 'en', 'e2e-basic');
  const detail = await cell.evaluate(async (el) => {
    const got = new Promise<unknown>((resolve) => document.addEventListener('cell-run', (e) => resolve((e as CustomEvent).detail), { once: true }));
    const r = await (el as HTMLElement & { run(o?: { budgetMs?: number }): Promise<unknown> }).run({ budgetMs: 5000 });
    return { same: JSON.stringify(r) === JSON.stringify(await got), r: r as { status: string; trace: { plots: Record<string, unknown[]> } } };
  });
  expect(detail.same).toBe(true);
  expect(detail.r.status).toBe('ok');
  expect(detail.r.trace.plots.a).toHaveLength(50);
});

const TIPS: [string, string, RegExp][] = [
  ['e2e-no-zero-grad', 'gradAccumulation', /zero_grad/],
  ['e2e-nan', 'nonFinite', /NaN|Infinity/],
  ['e2e-flat', 'lossFlat', /1e-6/],
  ['e2e-sched-order', 'schedulerOrder', /scheduler\.step\(\)/],
  ['e2e-grad-after-zero', 'gradAfterZero', /\.grad/],
];

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: each coach tip fires on its pitfall and the guide loop stays silent`, async ({ page }) => {
    await page.goto(page$(lang));
    for (const [id, tip, text] of TIPS) {
      const cell = page.locator(`[data-cell-id="${id}"]`);
      await cell.scrollIntoViewIfNeeded();
      await cell.getByRole('button', { name: L[lang].run, exact: true }).click();
      await expect(output(cell)).toHaveAttribute('data-state', /ok|error/);
      await expect(cell.locator(`[data-tip="${tip}"]`)).toHaveCount(1);
      await expect(cell.locator(`[data-tip="${tip}"]`)).toContainText(text);
      await expect(cell.locator('[data-tip]')).toHaveCount(1);
    }
    const guide = page.locator('[data-cell-id="e2e-guide"]');
    await guide.scrollIntoViewIfNeeded();
    await guide.getByRole('button', { name: L[lang].run, exact: true }).click();
    await expect(output(guide)).toHaveAttribute('data-state', 'ok');
    await expect(output(guide)).toContainText('Epoch 80');
    await expect(guide.locator('canvas')).toBeVisible();
    await expect(guide.locator('[data-tip]')).toHaveCount(0);
  });
}
