import { describe, expect, it } from 'vitest';
import { ConstantLR, LinearLR, PolynomialLR } from './factor-lr';
import { expectClose, expectPyError } from '../test-helpers';
import { fixtureOptimizer, schedulerCases, trajectory } from './test-helpers';

const CLASSES = { ConstantLR, LinearLR, PolynomialLR } as const;

describe.each(Object.keys(CLASSES) as (keyof typeof CLASSES)[])('%s', (name) => {
  it.each(schedulerCases(name))('matches PyTorch for $options (2 groups, 14 steps)', (c) => {
    const opt = fixtureOptimizer();
    const got = trajectory(opt, new CLASSES[name](opt, c.options as never));
    expectClose(got.lrs, c.lrs, 1e-15, 1e-13);
  });

  it('recursive form equals the closed form with one scheduler', () => {
    const opt = fixtureOptimizer();
    const s = new CLASSES[name](opt);
    for (let e = 1; e <= 8; e++) {
      opt.step();
      s.step();
      expectClose(s.get_last_lr(), s._get_closed_form_lr(), 1e-17, 1e-13);
    }
  });

  it('step(epoch) uses the closed form and warns that epoch is deprecated; repeating it keeps lr constant', () => {
    const opt = fixtureOptimizer();
    const s = new CLASSES[name](opt);
    opt.step();
    s.step(2);
    const first = s.get_last_lr().slice();
    s.step(2);
    expect(s.get_last_lr()).toEqual(first);
  });
});

describe('validation', () => {
  it('rejects factors outside their ranges with PyTorch 2.x messages', () => {
    expectPyError(() => new ConstantLR(fixtureOptimizer(), 1.5), 'ValueError', 'Constant multiplicative factor expected to be between 0 and 1.');
    expectPyError(() => new LinearLR(fixtureOptimizer(), 0), 'ValueError',
      'Starting multiplicative factor expected to be greater than 0 and less or equal to 1.');
    expectPyError(() => new LinearLR(fixtureOptimizer(), { end_factor: 2 }), 'ValueError', 'Ending multiplicative factor expected to be between 0 and 1.');
  });

  it('ConstantLR and LinearLR change the lr at construction', () => {
    expect(new ConstantLR(fixtureOptimizer(), { factor: 0.5 }).get_last_lr()).toEqual([0.05, 0.025]);
    expectClose(new LinearLR(fixtureOptimizer(), { start_factor: 0.25 }).get_last_lr(), [0.025, 0.0125], 1e-17, 1e-14);
    expect(fixtureOptimizer().param_groups[0]!.lr).toBe(0.1);
  });
});
