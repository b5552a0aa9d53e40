/**
 * What real PyTorch printed for each Python program of the course (tests/golden/python-twins.json, made by
 * scripts/golden/run_python_twins.sh from content/cells/<id>.py and the exercises' starter/solution .py), and which
 * cells of a built page have a PyTorch tab. Shared by e2e/python-lessons.spec.ts and e2e/offline.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator } from '@playwright/test';

export interface Twin {
  stdout: string;
  error?: { name: string };
}
const twins = (JSON.parse(readFileSync('tests/golden/python-twins.json', 'utf8')) as { programs: Record<string, Twin> }).programs;

/** The program a cell's PyTorch tab starts with: a lesson cell's twin, or an exercise's starter (predict: solution). */
export function twinOf(id: string, kind: string | undefined): Twin | undefined {
  return twins[`content/cells/${id}.py`] ?? twins[`content/exercises/${id}/${kind === 'predict' ? 'solution' : 'starter'}.py`];
}

/** Cells with a PyTorch tab on a built page: [id, exercise kind or undefined]. */
export function pythonCells(path: string): [string, string | undefined][] {
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
 * Switches `cell` to its PyTorch tab, runs it and expects its twin's printed lines (and an error state when PyTorch
 * raised). `timeout` bounds the run: a cold Pyodide start, a snapshot restore or a warm run.
 */
export async function runPythonTwin(cell: Locator, id: string, kind: string | undefined, timeout: number): Promise<void> {
  const twin = twinOf(id, kind);
  expect(twin, `no Python fixture for cell ${id}`).toBeDefined();
  await cell.scrollIntoViewIfNeeded();
  await cell.getByRole('tab', { name: 'PyTorch' }).click();
  await expect(cell.locator('[data-panel="py"] .cm-editor')).toBeVisible();
  const run = cell.locator('[data-action="run"]');
  const output = cell.locator('[data-role="output"]');
  await run.click();
  await expect(output).not.toHaveAttribute('data-state', /^(idle|running)$/, { timeout });
  await expect(run).toBeEnabled();
  const expected = twin!.stdout.replace(/\n$/, '').split('\n').filter((l, i, a) => a.length > 1 || l !== '');
  await expect(output, `cell ${id}`).toHaveAttribute('data-state', twin!.error ? 'error' : 'ok');
  await expect(cell.locator('[data-role="log"] .oc-out'), `cell ${id}`).toHaveText(expected);
}
