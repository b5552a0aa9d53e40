import { describe, expect, it } from 'vitest';
import { FakeTrace, decaying } from '../../../src/exercises/fake-trace';
import ex, { pickWeightBias } from './exercise';

/** One SGD run over nn.Linear(1, 1)-shaped params, ending at (w, b). */
function linreg(opts: { name?: string; lr?: number; losses?: number[]; w?: number; b?: number } = {}) {
  const t = new FakeTrace();
  const w = t.param([0.5], [1, 1]);
  const b = t.param([-0.3], [1]);
  const o = t.optimizer(opts.name ?? 'SGD', [w, b], { lr: opts.lr ?? 0.1 });
  t.train(o, opts.losses ?? decaying(10, 0.6, 100));
  t.finalValues(o, [[opts.w ?? 2.99], [opts.b ?? 2.01]]);
  return t;
}

describe('sgd-linear-regression checker (hand-made traces)', () => {
  it('passes a good run', () => {
    expect(ex.check({ result: linreg().result() })).toMatchObject({ pass: true, key: 'check.linreg.pass' });
  });
  it.each([
    ['wrong optimizer', linreg({ name: 'Adam' }), 'check.train.wrongOptimizer'],
    ['w off', linreg({ w: 2.6 }), 'check.linreg.weight'],
    ['b off', linreg({ b: 1.8 }), 'check.linreg.bias'],
    ['loss too high', linreg({ losses: [...decaying(10, 0.9, 99), 0.05] }), 'check.linreg.loss'],
    ['NaN loss', linreg({ losses: [10, 50, NaN] }), 'check.train.diverged'],
    ['barely moving', linreg({ losses: [10, 9.9, 9.8] }), 'check.train.notDecreasing'],
  ])('fails: %s', (_name, t, key) => {
    expect(ex.check({ result: t.result() })).toMatchObject({ pass: false, key });
  });
  it('fails without an optimizer, on errors and on timeouts', () => {
    expect(ex.check({ result: new FakeTrace().result() }).key).toBe('check.train.noOptimizer');
    expect(ex.check({ result: new FakeTrace().result('timeout') }).key).toBe('check.run.timeout');
    const err = { kind: 'runtime' as const, name: 'TypeError', message: 'x', line: 3 };
    expect(ex.check({ result: new FakeTrace().result('error', err) }).key).toBe('check.run.errorAt');
    expect(ex.check({}).key).toBe('check.run.missing');
  });
  it('picks w and b by shape, or by fit when both are 1-D or share one tensor', () => {
    expect(pickWeightBias([{ id: 1, shape: [1], data: [2] }, { id: 2, shape: [1, 1], data: [3] }])).toEqual({ w: 3, b: 2 });
    expect(pickWeightBias([{ id: 1, shape: [1], data: [2] }, { id: 2, shape: [1], data: [3] }])).toEqual({ w: 3, b: 2 });
    expect(pickWeightBias([{ id: 1, shape: [2, 1], data: [2.1, 2.9] }])).toEqual({ w: 2.9, b: 2.1 });
    expect(pickWeightBias([{ id: 1, shape: [3], data: [2, 1, 0] }])).toBeNull();
    expect(pickWeightBias([{ id: 1, shape: [1], data: [2] }, { id: 2, shape: [2], data: [3, 1] }])).toBeNull();
  });
});
