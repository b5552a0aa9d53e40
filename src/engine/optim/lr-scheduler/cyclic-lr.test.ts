import { describe, expect, it } from 'vitest';
import { Tensor } from '../../tensor';
import { Adam } from '../adam';
import { SGD } from '../sgd';
import { CyclicLR } from './cyclic-lr';
import { expectClose, expectPyError } from '../test-helpers';
import { fixtureOptimizer, schedulerCases, trajectory } from './test-helpers';

const p = (): Tensor => Tensor._make(new Float64Array(1), [1], 'float64', true);

describe('CyclicLR', () => {
  it.each(schedulerCases('CyclicLR'))('matches PyTorch lrs and momenta for $options', (c) => {
    const opt = fixtureOptimizer();
    const got = trajectory(opt, new CyclicLR(opt, c.options as never));
    expectClose(got.lrs, c.lrs, 1e-15, 1e-12);
    expectClose(got.momentum, c.momentum, 1e-15, 1e-12);
  });

  it('goes 0.01 → 0.04, 0.07, 0.1, 0.07, … with momentum 0.9 → 0.8667, … (spec §4.3)', () => {
    const opt = new SGD([p()], { lr: 1, momentum: 0.5 });
    const s = new CyclicLR(opt, 0.01, 0.1, { step_size_up: 3 });
    expect(opt.param_groups[0]!.lr).toBeCloseTo(0.01, 15);
    expect(opt.param_groups[0]!['momentum']).toBeCloseTo(0.9, 15);
    expect(opt.param_groups[0]!['initial_lr']).toBe(0.01);
    const lrs: number[] = [];
    const moms: number[] = [];
    for (let i = 0; i < 4; i++) {
      opt.step();
      s.step();
      lrs.push(opt.param_groups[0]!.lr);
      moms.push(opt.param_groups[0]!['momentum'] as number);
    }
    expectClose(lrs, [0.04, 0.07, 0.1, 0.07], 1e-15, 1e-12);
    expectClose(moms, [0.9 - 0.1 / 3, 0.9 - 0.2 / 3, 0.8, 0.9 - 0.2 / 3], 1e-15, 1e-12);
  });

  it('cycles beta1 of Adam (2.x) and stores max_momentum/base_momentum in the groups', () => {
    const opt = new Adam([p()]);
    const s = new CyclicLR(opt, { base_lr: 0.001, max_lr: 0.01, step_size_up: 2 });
    expect(opt.param_groups[0]!['betas']).toEqual([0.9, 0.999]);
    expect(opt.param_groups[0]).toMatchObject({ max_momentum: 0.9, base_momentum: 0.8 });
    opt.step();
    s.step();
    expectClose(opt.param_groups[0]!['betas'] as number[], [0.85, 0.999], 1e-16, 1e-14);
  });

  it('rejects an unknown mode, wrong list lengths and momentum cycling without momentum', () => {
    expectPyError(() => new CyclicLR(fixtureOptimizer(), 0.01, 0.1, { mode: 'square' as never }), 'ValueError', 'mode is invalid and scale_fn is None');
    expectPyError(() => new CyclicLR(fixtureOptimizer(), [0.01], 0.1), 'ValueError',
      'base_lr must have the same length as optimizer.param_groups. base_lr has 1 values, param_groups has 2.');
    class NoMomentum extends SGD {}
    const opt = new NoMomentum([p()]);
    delete opt.defaults['momentum'];
    expectPyError(() => new CyclicLR(opt, 0.01, 0.1), 'ValueError', 'optimizer must support momentum or beta1 with `cycle_momentum` option enabled');
    expect(() => new CyclicLR(opt, 0.01, 0.1, { cycle_momentum: false })).not.toThrow();
  });

  it('uses a custom scale_fn with the given scale_mode and survives a state_dict round trip', () => {
    const opt = new SGD([p()], { lr: 1, momentum: 0.9 });
    const s = new CyclicLR(opt, 0.0, 1.0, { step_size_up: 1, scale_fn: (x) => 1 / x, scale_mode: 'iterations' });
    opt.step();
    s.step(); // e = 1: x = 1 → scale 1 (peak), scale_fn(1) = 1
    expect(s.get_last_lr()[0]).toBeCloseTo(1, 15);
    const sd = s.state_dict();
    expect(sd).not.toHaveProperty('_scale_fn_ref');
    s.load_state_dict(sd);
    s.step(); // e = 2: x = 0 → 0
    expect(s.get_last_lr()[0]).toBeCloseTo(0, 15);
  });
});
