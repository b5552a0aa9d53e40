/**
 * The cell runner loads the engine's extras chunk (src/engine/extras.ts) only for code that names one of its
 * names, before the code runs; each test starts from a fresh module graph, like a fresh cell worker. The numbers
 * are real PyTorch 2.x's (tests/golden: sched.json, loop.json; src/engine/optim/__fixtures__/lbfgs.json).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/golden/compare';
import { engineFixture } from '../engine/optim/test-helpers';
import { extrasLines, STEPLR, DATALOADER, LBFGS_ROSENBROCK } from './lazy-extras.fixture';

type Execute = typeof import('./execute');
type Core = typeof import('../engine/core');
let run: Execute['execute'];
let core: Core;
beforeEach(async () => {
  vi.resetModules();
  ({ execute: run } = await import('./execute'));
  core = await import('../engine/core');
});

const expected = extrasLines({
  sched: loadFixture<{ lr: number[][] }>('sched.json').cases['steplr']!.lr,
  data: loadFixture<{ epochs: { head: number[] }[] }>('loop.json').cases['data:s0_n10_b7']!.epochs,
  lbfgs: engineFixture<{ losses: number[] }>('lbfgs.json').cases['rosen_lr0.1']!.losses,
});

describe('a TypeScript cell in a fresh worker context', () => {
  it('without lazy names runs on the core alone: the extras are not loaded', async () => {
    const r = await run('const o = optim.Adam(nn.Linear(2, 1).parameters(), { lr: 0.001 })\nprint(o.defaults.lr)');
    expect(r.error).toBeUndefined();
    expect(r.logs).toEqual(['0.001']);
    expect(core.extrasInstalled()).toBe(false);
  });

  it.each([
    ['StepLR', STEPLR.ts, expected.sched],
    ['DataLoader', DATALOADER.ts, expected.data],
    ['LBFGS', LBFGS_ROSENBROCK.ts, expected.lbfgs],
  ])('naming %s loads the extras before the run and prints PyTorch\'s numbers', async (_name, code, want) => {
    const r = await run(code);
    expect(r.error).toBeUndefined();
    expect(r.logs).toEqual(want);
    expect(core.extrasInstalled()).toBe(true);
  });

  it('a lazy name spelt so that the scan cannot see it gets the engine\'s clear error, with its line', async () => {
    const r = await run("const o = optim['LB' + 'FGS']\nconst x = torch.zeros(1, { requires_grad: true })\no([x])");
    expect(r.error).toMatchObject({
      name: 'RuntimeError',
      line: 3,
      message: expect.stringContaining("torch.optim.LBFGS is loaded on demand and this run did not load it: write its name (LBFGS)"),
    });
    expect(core.extrasInstalled()).toBe(false);
  });
});
