import { describe, expect, it } from 'vitest';
import { LambdaLR, MultiplicativeLR } from './lambda-lr';
import { expectClose, expectPyError } from '../test-helpers';
import { fixtureOptimizer, schedulerCases, trajectory } from './test-helpers';

const BUILD: Record<string, (opt: ReturnType<typeof fixtureOptimizer>) => LambdaLR | MultiplicativeLR> = {
  'lr_lambda: e => 0.95 ** e': (opt) => new LambdaLR(opt, (e) => 0.95 ** e),
  'lr_lambda: [e => 1/(e+1), e => e % 2 ? 0.5 : 1.0]': (opt) => new LambdaLR(opt, [(e) => 1 / (e + 1), (e) => (e % 2 ? 0.5 : 1.0)]),
  'lr_lambda: () => 0.9': (opt) => new MultiplicativeLR(opt, () => 0.9),
};

describe.each(['LambdaLR', 'MultiplicativeLR'])('%s', (name) => {
  it.each(schedulerCases(name))('matches PyTorch for $options', (c) => {
    const opt = fixtureOptimizer();
    expectClose(trajectory(opt, BUILD[c.options as string]!(opt)).lrs, c.lrs, 1e-15, 1e-13);
  });
});

describe('LambdaLR', () => {
  it('sets lr = initial_lr · λ(epoch), λ(0) applied at construction', () => {
    const opt = fixtureOptimizer();
    const s = new LambdaLR(opt, { lr_lambda: (e: number) => e + 2 });
    expectClose(s.get_last_lr(), [0.2, 0.1], 1e-17, 1e-15);
  });

  it('needs one lambda per group', () => {
    expectPyError(() => new LambdaLR(fixtureOptimizer(), [() => 1]), 'ValueError', 'Expected 2 lr_lambdas, but got 1');
  });

  it('saves plain functions as null in state_dict and callable objects by their fields', () => {
    const opt = fixtureOptimizer();
    const scaled = Object.assign((e: number) => scaled.factor ** e, { factor: 0.5 });
    const s = new LambdaLR(opt, [(e) => e, scaled]);
    const sd = s.state_dict();
    expect(sd['lr_lambdas']).toEqual([null, { factor: 0.5 }]);
    scaled.factor = 0.9;
    s.load_state_dict(sd);
    expect(scaled.factor).toBe(0.5);
    expect(JSON.parse(JSON.stringify(sd))).toMatchObject({ last_epoch: 0, base_lrs: [0.1, 0.05] });
  });
});

describe('MultiplicativeLR', () => {
  it('does not change the lr at construction, then multiplies by λ(e) each step', () => {
    const opt = fixtureOptimizer();
    const s = new MultiplicativeLR(opt, (e) => 1 / (e + 1));
    expect(s.get_last_lr()).toEqual([0.1, 0.05]);
    opt.step();
    s.step();
    opt.step();
    s.step();
    expectClose(s.get_last_lr(), [0.1 / 2 / 3, 0.05 / 2 / 3], 1e-17, 1e-14);
  });
});
