/**
 * Every lesson: the page loads without console errors, and every TypeScript cell on it runs in the browser (the real
 * worker and engine, as the Run button does) and finishes without an error. Each lesson runs on one language's page,
 * alternating with e2e/python-lessons.spec.ts (`lessonRuns` in helpers.ts says why once is enough). After the runs
 * the page gets the checks every page of the site gets (expectPageHealthy: axe, 360 px), outputs and charts
 * included; the other language's page gets them in e2e/python-lessons.spec.ts. Checkpoint starters (ids `cp-…`) are unfinished on
 * purpose and are covered by e2e/exercises.spec.ts instead.
 */
import { expect, test } from './shared-context';
import { collectErrors, expectPageHealthy, lessonRuns } from './helpers';

interface RunResultLike {
  status: string;
  error?: { message: string; line?: number };
  logs: string[];
}

for (const { typescript: path } of lessonRuns()) {
  test(`${path}: every cell runs without error; then no serious axe violations, no horizontal scroll at 360 px`, async ({ page }) => {
    const errors = collectErrors(page);
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    const ids = await page.locator('oc-cell[data-cell-id]').evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-cell-id')!).filter((id) => !id.startsWith('cp-')),
    );
    expect(ids.length, 'every lesson has at least one runnable cell').toBeGreaterThan(0);
    for (const id of ids) {
      const cell = page.locator(`oc-cell[data-cell-id="${id}"]`);
      await cell.scrollIntoViewIfNeeded();
      const result = await cell.evaluate(
        (el) => (el as HTMLElement & { run(o?: { budgetMs?: number }): Promise<RunResultLike> }).run({ budgetMs: 20_000 }),
      );
      expect(result.status, `${id}: ${result.error?.message ?? ''} (line ${result.error?.line ?? '?'})`).toBe('ok');
      expect(result.logs.length + (await cell.locator('canvas').count()), `${id} printed or plotted nothing`).toBeGreaterThan(0);
    }
    await expectPageHealthy(page, path);
    expect(errors()).toEqual([]);
  });
}
