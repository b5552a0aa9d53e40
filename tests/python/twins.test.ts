/**
 * Every Python program of the course (content/cells/*.py, content/exercises/* /{starter,solution}.py and the
 * acceptance programs in tests/python/programs) runs on Pyodide + the engine and prints exactly what real
 * PyTorch 2.x printed (tests/golden/python-twins.json, made by scripts/golden/run_python_twins.sh).
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { globSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonForNode } from '../../src/python/load';
import { executePython, type PyodideLike } from '../../src/python/execute-python';

interface Twin { fp: string; stdout: string; error?: { name: string; message: string; line: number | null } }
const fixture = JSON.parse(readFileSync('tests/golden/python-twins.json', 'utf8')) as { torch: string; programs: Record<string, Twin> };
const PATTERNS = ['content/cells/*.py', 'content/exercises/*/starter.py', 'content/exercises/*/solution.py', 'tests/python/programs/*.py'];
const programs = PATTERNS.flatMap((p) => globSync(p)).sort();

let py: PyodideLike;
beforeAll(async () => {
  py = await loadPythonForNode();
}, 120_000);

describe(`Python twins print what PyTorch ${fixture.torch} printed`, () => {
  it('the fixture covers exactly the programs on disk, each unchanged since it was generated', () => {
    expect(Object.keys(fixture.programs).sort()).toEqual(programs);
    for (const path of programs) {
      const fp = createHash('sha256').update(readFileSync(path, 'utf8')).digest('hex').slice(0, 16);
      expect(fp, `${path} changed: run sh scripts/golden/run_python_twins.sh`).toBe(fixture.programs[path]!.fp);
    }
  });

  it("the guide's five-golden-steps loop (its lines restored, seed 0) prints Epoch 0, Loss: 1.0317 … Epoch 80, Loss: 0.8947", () => {
    const guide = fixture.programs['tests/python/programs/guide-five-steps.py']!.stdout.trim().split('\n');
    expect(guide).toEqual(['Epoch 0, Loss: 1.0317', 'Epoch 20, Loss: 0.9860', 'Epoch 40, Loss: 0.9483', 'Epoch 60, Loss: 0.9184', 'Epoch 80, Loss: 0.8947']);
  });

  it.each(programs)('%s', async (path) => {
    const twin = fixture.programs[path]!;
    const lines: string[] = [];
    const r = await executePython(py, readFileSync(path, 'utf8'), { onLog: (text, kind) => kind === 'log' && lines.push(text) });
    const stdout = lines.map((l) => `${l}\n`).join('');
    if (twin.error) {
      expect(r.error).toMatchObject({ name: twin.error.name, message: twin.error.message, line: twin.error.line ?? undefined });
    } else {
      expect(r.error).toBeUndefined();
    }
    expect(stdout).toBe(twin.stdout);
  }, 60_000);
});
