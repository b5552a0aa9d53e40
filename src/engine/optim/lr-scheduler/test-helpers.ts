/** Shared fixtures for the scheduler tests (../__fixtures__/schedulers.json: PyTorch 2.x, from scripts/golden/gen_engine_optim.py). */
import { Tensor } from '../../tensor';
import { SGD } from '../sgd';
import type { LRScheduler } from './base';
import { SCHED_UNIT_CASES, type SchedUnitCase } from '../__fixtures__/cases';
import { engineFixture } from '../test-helpers';

export interface SchedCase extends SchedUnitCase {
  /** [after construction, after step 1, …] × groups */
  lrs: number[][];
  momentum: number[][];
}

export function schedulerCases(name: string): SchedCase[] {
  const fx = engineFixture<{ lrs: number[][]; momentum: number[][] }>('schedulers.json');
  return SCHED_UNIT_CASES.filter((c) => c.scheduler === name).map((c) => ({ ...c, ...fx.cases[c.name]! }));
}

/** The fixture optimizer: SGD([{params:[a]}, {params:[b], lr:0.05}], lr=0.1, momentum=0.9). */
export function fixtureOptimizer(): SGD {
  const p = (n: number): Tensor => Tensor._make(new Float64Array(n), [n], 'float64', true);
  return new SGD([{ params: [p(2)] }, { params: [p(1)], lr: 0.05 }] as never, { lr: 0.1, momentum: 0.9 });
}

/** Records lrs and momenta after construction and after each of `steps` (optimizer.step() first). */
export function trajectory(opt: SGD, sched: LRScheduler, steps = 14, metrics?: number[]): { lrs: number[][]; momentum: number[][] } {
  const snap = (): [number[], number[]] => [opt.param_groups.map((g) => g.lr), opt.param_groups.map((g) => g['momentum'] as number)];
  const lrs: number[][] = [];
  const momentum: number[][] = [];
  const [l0, m0] = snap();
  lrs.push(l0);
  momentum.push(m0);
  for (let i = 0; i < steps; i++) {
    opt.step();
    if (metrics) (sched.step as (m: number) => void)(metrics[i]!);
    else sched.step();
    const [l, m] = snap();
    lrs.push(l);
    momentum.push(m);
  }
  return { lrs, momentum };
}
