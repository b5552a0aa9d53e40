/**
 * Python cells that use the engine's extras (StepLR, DataLoader, LBFGS) in a fresh interpreter print PyTorch's
 * numbers. The Python worker loads the whole engine (src/engine/index.ts: core + extras) with Pyodide, so these
 * names are always there; the TypeScript twin of this test (src/runner/lazy-extras.test.ts) checks the on-demand
 * loading of the TypeScript cell worker.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonForNode } from '../../src/python/load';
import { executePython, type PyodideLike } from '../../src/python/execute-python';
import { DATALOADER, extrasLines, LBFGS_ROSENBROCK, STEPLR } from '../../src/runner/lazy-extras.fixture';
import { engineFixture } from '../../src/engine/optim/test-helpers';
import { loadFixture } from '../golden/compare';

let py: PyodideLike;
beforeAll(async () => {
  py = await loadPythonForNode();
}, 120_000);

const expected = extrasLines({
  sched: loadFixture<{ lr: number[][] }>('sched.json').cases['steplr']!.lr,
  data: loadFixture<{ epochs: { head: number[] }[] }>('loop.json').cases['data:s0_n10_b7']!.epochs,
  lbfgs: engineFixture<{ losses: number[] }>('lbfgs.json').cases['rosen_lr0.1']!.losses,
});

describe('a Python cell using the extras in a fresh interpreter', () => {
  it.each([
    ['StepLR', STEPLR.py, expected.sched],
    ['DataLoader', DATALOADER.py, expected.data],
    ['LBFGS', LBFGS_ROSENBROCK.py, expected.lbfgs],
  ])('%s prints PyTorch\'s numbers', async (_name, code, want) => {
    const r = await executePython(py, code, { seed: 0 });
    expect(r.error).toBeUndefined();
    expect(r.logs).toEqual(want);
  });
});
