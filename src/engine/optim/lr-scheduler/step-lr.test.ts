import { describe, expect, it } from 'vitest';
import { StepLR, MultiStepLR, ExponentialLR } from './step-lr';
import { expectClose } from '../test-helpers';
import { fixtureOptimizer, schedulerCases, trajectory } from './test-helpers';

const CLASSES = { StepLR, MultiStepLR, ExponentialLR } as const;

describe.each(Object.keys(CLASSES) as (keyof typeof CLASSES)[])('%s', (name) => {
  it.each(schedulerCases(name))('matches PyTorch for $options (2 groups, 14 steps)', (c) => {
    const opt = fixtureOptimizer();
    const sched = new CLASSES[name](opt, c.options as never);
    const got = trajectory(opt, sched);
    expectClose(got.lrs, c.lrs, 1e-15, 1e-13);
    expect(sched.get_last_lr()).toEqual(got.lrs[14]);
  });
});

describe('StepLR', () => {
  it('accepts step_size positionally or by keyword, and requires it', () => {
    const a = new StepLR(fixtureOptimizer(), 30);
    const b = new StepLR(fixtureOptimizer(), 30, { gamma: 0.5 });
    const c = new StepLR(fixtureOptimizer(), { step_size: 30, gamma: 0.5 });
    expect([a.step_size, a.gamma, b.gamma, c.step_size, c.gamma]).toEqual([30, 0.1, 0.5, 30, 0.5]);
    expect(() => new StepLR(fixtureOptimizer())).toThrow("StepLR.__init__() missing 1 required positional argument: 'step_size'");
    expect(() => new StepLR(fixtureOptimizer(), 3, { step_size: 4 })).toThrow("StepLR.__init__() got multiple values for argument 'step_size'");
    expect(() => new StepLR(fixtureOptimizer(), { step_size: 3, gama: 0.5 } as never)).toThrow(/unexpected keyword argument 'gama'/);
  });

  it('equals its closed form base·γ^⌊e/step⌋ at every epoch', () => {
    const opt = fixtureOptimizer();
    const s = new StepLR(opt, { step_size: 3, gamma: 0.5 });
    for (let e = 1; e <= 10; e++) {
      opt.step();
      s.step();
      expectClose(s.get_last_lr(), [0.1, 0.05].map((b) => b * 0.5 ** Math.floor(e / 3)), 1e-17, 1e-14);
    }
  });
});

describe('MultiStepLR', () => {
  it('applies a duplicated milestone twice (Counter semantics), also in the closed form', () => {
    const opt = fixtureOptimizer();
    const s = new MultiStepLR(opt, [2, 2], { gamma: 0.5 });
    opt.step();
    s.step();
    opt.step();
    s.step();
    expectClose(s.get_last_lr(), [0.025, 0.0125], 1e-17, 1e-14);
    expectClose(s._get_closed_form_lr(), [0.025, 0.0125], 1e-17, 1e-14);
  });
});

describe('ExponentialLR', () => {
  it('accepts gamma positionally (ExponentialLR(opt, 0.9))', () => {
    const opt = fixtureOptimizer();
    const s = new ExponentialLR(opt, 0.9);
    opt.step();
    s.step();
    expectClose(s.get_last_lr(), [0.09, 0.045], 1e-17, 1e-14);
  });

  it('keeps the current lr when resumed with last_epoch ≥ 0 (2.14 semantics)', () => {
    const opt = fixtureOptimizer();
    opt.param_groups.forEach((g) => {
      g['initial_lr'] = 0.1;
      g.lr = 0.05;
    });
    const s = new ExponentialLR(opt, 0.5, { last_epoch: 3 });
    expect(s.get_last_lr()).toEqual([0.05, 0.05]);
    expect(s.last_epoch).toBe(4);
  });
});
