import { describe, expect, it } from 'vitest';
import { Tensor } from '../../tensor';
import { Adam } from '../adam';
import { SGD } from '../sgd';
import { OneCycleLR } from './one-cycle-lr';
import { expectClose, expectPyError } from '../test-helpers';
import { fixtureOptimizer, schedulerCases, trajectory } from './test-helpers';

const p = (): Tensor => Tensor._make(new Float64Array(1), [1], 'float64', true);

describe('OneCycleLR', () => {
  it.each(schedulerCases('OneCycleLR'))('matches PyTorch lrs and momenta for $options (all total_steps steps)', (c) => {
    const opt = fixtureOptimizer();
    const got = trajectory(opt, new OneCycleLR(opt, c.options as never));
    expectClose(got.lrs, c.lrs, 1e-15, 1e-12);
    expectClose(got.momentum, c.momentum, 1e-15, 1e-12);
  });

  it('follows the spec §4.4 example (max_lr 1, T = 10, cos)', () => {
    const opt = new SGD([p()], { lr: 0.5, momentum: 0.9 });
    const s = new OneCycleLR(opt, 1.0, { total_steps: 10 });
    const lrs = [opt.param_groups[0]!.lr];
    for (let i = 0; i < 9; i++) {
      opt.step();
      s.step();
      lrs.push(opt.param_groups[0]!.lr);
    }
    expectClose(lrs, [0.04, 0.52, 1.0, 0.950485, 0.811746, 0.611262, 0.388742, 0.188258, 0.049519, 4e-6], 5e-7, 0);
    expect(opt.param_groups[0]).toMatchObject({ initial_lr: 0.04, max_lr: 1, min_lr: 4e-6 });
  });

  it('raises after total_steps + 1 steps (2.x message)', () => {
    const opt = new SGD([p()], { momentum: 0.9 });
    const s = new OneCycleLR(opt, { max_lr: 0.1, total_steps: 3 });
    for (let i = 0; i < 3; i++) s.step();
    expectPyError(() => s.step(), 'ValueError', 'Tried to step 4 times. The specified number of total steps is 3');
  });

  it('validates its arguments', () => {
    const opt = fixtureOptimizer();
    expectPyError(() => new OneCycleLR(opt, 0.1), 'ValueError', 'You must define either total_steps OR (epochs AND steps_per_epoch)');
    expectPyError(() => new OneCycleLR(opt, 0.1, { total_steps: 0 }), 'ValueError', 'Expected positive integer total_steps, but got 0');
    expectPyError(() => new OneCycleLR(opt, 0.1, { total_steps: 5, pct_start: 1.5 }), 'ValueError', 'Expected float between 0 and 1 pct_start, but got 1.5');
    expectPyError(() => new OneCycleLR(opt, 0.1, { total_steps: 5, anneal_strategy: 'exp' as never }), 'ValueError',
      "anneal_strategy must be one of 'cos' or 'linear', instead got exp");
  });

  it('cycles beta1 for Adam', () => {
    const opt = new Adam([p()]);
    new OneCycleLR(opt, 0.01, { total_steps: 10 });
    expect(opt.param_groups[0]!['betas']).toEqual([0.95, 0.999]);
  });
});
