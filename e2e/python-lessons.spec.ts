/**
 * Every cell of every lesson runs in Python as well (issue 10, acceptance 3): on each lesson page, in zh and en,
 * each cell with a PyTorch tab is switched to it and run; it must end without error and print exactly the lines
 * real PyTorch printed for its program (tests/golden/python-twins.json, made by scripts/golden/run_python_twins.sh
 * from content/cells/<id>.py and the exercises' starter/solution .py). One test per page: Pyodide loads once
 * per page, every later run starts from the page's interpreter snapshot (src/runner/python-snapshot.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { collectErrors, lessonPages } from './helpers';

interface Twin {
  stdout: string;
  error?: { name: string };
}
const twins = (JSON.parse(readFileSync('tests/golden/python-twins.json', 'utf8')) as { programs: Record<string, Twin> }).programs;

/** The program a cell's PyTorch tab starts with: a lesson cell's twin, or an exercise's starter (predict: solution). */
function twinOf(id: string, kind: string | undefined): Twin | undefined {
  return twins[`content/cells/${id}.py`] ?? twins[`content/exercises/${id}/${kind === 'predict' ? 'solution' : 'starter'}.py`];
}

/** Cells with a PyTorch tab on a built page: [id, exercise kind or undefined]. */
function pythonCells(path: string): [string, string | undefined][] {
  const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
  const out: [string, string | undefined][] = [];
  let kind: string | undefined;
  for (const m of html.matchAll(/<oc-exercise\b[^>]*data-kind="(\w+)"|<oc-cell\b[^>]*data-cell-id="([^"]+)"[\s\S]*?<\/oc-cell>/g)) {
    if (m[1]) kind = m[1];
    else if (m[0].includes('data-tab="py"')) {
      out.push([m[2]!, kind]);
      kind = undefined;
    } else kind = undefined;
  }
  return out;
}

/**
 * Measured on this 2-core machine: a cold Pyodide start took 10–17 s at load average ~10 and over 45 s at ~30;
 * a cell's run from the snapshot a few seconds. Budgets leave room for the busiest case seen.
 */
const COLD_MS = 120_000;
const PER_CELL_MS = 40_000;

const lines = (cell: Locator) => cell.locator('[data-role="log"] .oc-out');

for (const path of lessonPages()) {
  const cells = pythonCells(path);
  if (cells.length === 0) continue;
  test(`${path}: every PyTorch tab runs and prints what PyTorch printed (${cells.length} cells)`, async ({ page }) => {
    test.setTimeout(COLD_MS + cells.length * PER_CELL_MS);
    const errors = collectErrors(page);
    await page.goto(path);
    let first = true;
    for (const [id, kind] of cells) {
      const twin = twinOf(id, kind);
      expect(twin, `no Python fixture for cell ${id}`).toBeDefined();
      const cell = page.locator(`oc-cell[data-cell-id="${id}"]`);
      await cell.scrollIntoViewIfNeeded();
      await cell.getByRole('tab', { name: 'PyTorch' }).click();
      await expect(cell.locator('[data-panel="py"] .cm-editor')).toBeVisible();
      const run = cell.locator('[data-action="run"]');
      await run.click();
      await expect(cell.locator('[data-role="output"]')).not.toHaveAttribute('data-state', /^(idle|running)$/, { timeout: first ? COLD_MS : PER_CELL_MS });
      first = false;
      await expect(run).toBeEnabled();
      const expected = twin!.stdout.replace(/\n$/, '').split('\n').filter((l, i, a) => a.length > 1 || l !== '');
      if (twin!.error) await expect(cell.locator('[data-role="output"]')).toHaveAttribute('data-state', 'error');
      else await expect(cell.locator('[data-role="output"]'), `cell ${id}`).toHaveAttribute('data-state', 'ok');
      await expect(lines(cell), `cell ${id}`).toHaveText(expected);
    }
    expect(errors()).toEqual([]);
  });
}
