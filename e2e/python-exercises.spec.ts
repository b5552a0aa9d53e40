/**
 * Exercises judge the visible tab (issue 10, point 3): on Lesson 3's predict-then-run checkpoint the PyTorch tab's
 * run is what Check judges — through the same checker as TypeScript — in zh and en; a Python edit changes the
 * verdict the way the same TypeScript edit would; the pass is recorded whichever language produced it. Runs in the
 * worker's warm context (e2e/shared-context.ts): these tests are about the checks, not Pyodide's first download.
 */
import { expect, test } from './shared-context';

/** Measured: a cold Pyodide start takes 10–17 s at load ~10 on this 2-core machine, over 45 s at load ~30. */
const PYODIDE_COLD_MS = 120_000;
const L = { en: { check: 'Check' }, zh: { check: '检查' } } as const;

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: Check judges the PyTorch tab's run of cp-lr-too-big with the same checker`, async ({ page }) => {
    test.setTimeout(2 * PYODIDE_COLD_MS);
    await page.goto(`/${lang}/lessons/sgd/`);
    const box = page.locator('oc-exercise[data-id="cp-lr-too-big"]');
    const cell = box.locator('oc-cell');
    await cell.scrollIntoViewIfNeeded();
    await cell.getByRole('tab', { name: 'PyTorch' }).click();
    await expect(cell.locator('[data-panel="py"] .cm-editor')).toBeVisible();
    const verdict = box.locator('[role="status"]');

    // a wrong prediction fails on what the Python run printed and plotted
    await box.locator('input[value="converges"]').check();
    await box.getByRole('button', { name: L[lang].check, exact: true }).click();
    await expect(verdict).toHaveAttribute('data-verdict', 'fail', { timeout: PYODIDE_COLD_MS });
    await expect(cell.locator('[data-role="log"] .oc-out').first()).toHaveText(/^step 1: x = -1\.2000$/);

    // the Python edit lr=1.1 → lr=0.1 makes x converge: the same checker now passes "converges"
    const code = await cell.evaluate((el) => (el as HTMLElement & { getCode(): string }).getCode());
    expect(code).toContain('lr=1.1');
    await cell.evaluate((el, c) => (el as HTMLElement & { setCode(c: string): void }).setCode(c), code.replace('lr=1.1', 'lr=0.1'));
    await box.getByRole('button', { name: L[lang].check, exact: true }).click();
    await expect(verdict).toHaveAttribute('data-verdict', 'pass', { timeout: PYODIDE_COLD_MS });
    await expect(cell.locator('[data-role="log"] .oc-out').first()).toHaveText(/^step 1: x = 0\.8000$/);
    const passed = await page.evaluate(() => JSON.parse(localStorage.getItem('oc:progress') ?? '{}') as { passed?: Record<string, unknown> });
    expect(Object.keys(passed.passed ?? {})).toContain('cp-lr-too-big');
  });
}

test('a Check runs in a fresh Python worker: what an earlier run left in the kept worker cannot reach the verdict', async ({ page }) => {
  test.setTimeout(3 * PYODIDE_COLD_MS);
  await page.goto('/en/lessons/sgd/');
  const box = page.locator('oc-exercise[data-id="cp-lr-too-big"]');
  const cell = box.locator('oc-cell');
  await cell.scrollIntoViewIfNeeded();
  await cell.getByRole('tab', { name: 'PyTorch' }).click();
  await expect(cell.locator('[data-panel="py"] .cm-editor')).toBeVisible();
  const getCode = () => cell.evaluate((el) => (el as HTMLElement & { getCode(): string }).getCode());
  const setCode = (c: string) => cell.evaluate((el, code) => (el as HTMLElement & { setCode(c: string): void }).setCode(code), c);
  const firstLine = cell.locator('[data-role="log"] .oc-out').first();
  const original = await getCode();

  // a plain Run changes the standard library; the next plain Run (the kept worker) still sees it
  await setCode('import math\nmath.pi = 3\nprint("patched")');
  await cell.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(firstLine).toHaveText('patched', { timeout: PYODIDE_COLD_MS });
  await setCode('import math\nprint(math.pi)');
  await cell.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(firstLine).toHaveText('3', { timeout: PYODIDE_COLD_MS });

  // Check starts from a worker that never ran learner code
  await setCode(`import math\nprint(math.pi)\n${original}`);
  await box.locator('input[value="diverges"]').check();
  await box.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(box.locator('[role="status"]')).toHaveAttribute('data-verdict', 'pass', { timeout: PYODIDE_COLD_MS });
  await expect(firstLine).toHaveText('3.141592653589793');
});
