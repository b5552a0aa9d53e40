/** Shared fixtures for the scheduler tests (PyTorch 1.13 trajectories; identical in 2.x per spec §6). */
import { readFileSync } from 'node:fs';
import { Tensor } from '../../tensor';
import { SGD } from '../sgd';
import type { LRScheduler } from './base';

export interface SchedCase {
  scheduler: string;
  options: Record<string, unknown> | string;
  /** [after construction, after step 1, …] × groups */
  lrs: number[][];
  momentum: number[][];
}

export function schedulerCases(name: string): SchedCase[] {
  const file = JSON.parse(readFileSync(new URL('../__fixtures__/schedulers-torch-1.13.json', import.meta.url), 'utf8')) as { cases: SchedCase[] };
  return file.cases.filter((c) => c.scheduler === name);
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
