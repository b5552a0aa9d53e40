import { describe, expect, it } from 'vitest';
import { FakeTrace, decaying } from '../../../src/exercises/fake-trace';
import ex, { data, validationLoss } from './exercise';

/** Weights of the exact least-squares-free "truth" y = 3x − 4x³ (a rough sin(πx) shape), perturbed by `noise`. */
const weights = (noise: number) => [3 + noise, 0, -4, 0, 0, 0, 0, noise];

function wd(o: { wds?: number[]; names?: string[]; lrs?: number[]; noise?: number[]; firsts?: number[] } = {}) {
  const t = new FakeTrace();
  const wds = o.wds ?? [0, 1e-4];
  wds.forEach((w, i) => {
    const opt = t.optimizer(o.names?.[i] ?? 'Adam', [t.param(Array(8).fill(0), [1, 8]), t.param([0], [1])], {
      lr: o.lrs?.[i] ?? 0.1,
      weight_decay: w,
    });
    t.train(opt, decaying(o.firsts?.[i] ?? 0.7, 0.99, 50));
    t.finalValues(opt, [weights(o.noise?.[i] ?? 0), [0]]);
  });
  return t.result();
}

describe('weight-decay checker (hand-made traces)', () => {
  it('computes the validation loss from the final parameters', () => {
    const r = wd();
    const v = validationLoss(r.trace, { id: 100 } as never)!;
    const expected =
      data.xVal.reduce((s, x, i) => s + (3 * x - 4 * x ** 3 - data.yVal[i]!) ** 2, 0) / data.xVal.length;
    expect(v).toBeCloseTo(expected, 10);
  });
  it('judges the answer against the run: improved → yes, not improved → no', () => {
    const improved = wd({ noise: [-2, 0] });
    expect(ex.check({ result: improved, choice: 'yes' })).toMatchObject({ pass: true, key: 'check.wd.passImproved' });
    expect(ex.check({ result: improved, choice: 'no' })).toMatchObject({ pass: false, key: 'check.wd.wrongImproved' });
    const same = wd({ noise: [0, 0] });
    expect(ex.check({ result: same, choice: 'no' })).toMatchObject({ pass: true, key: 'check.wd.passNotImproved' });
    expect(ex.check({ result: same, choice: 'yes' })).toMatchObject({ pass: false, key: 'check.wd.wrongNotImproved' });
  });
  it.each([
    ['one run', wd({ wds: [0] }), 'check.wd.needTwo'],
    ['no decay', wd({ wds: [0, 0] }), 'check.wd.noDecay'],
    ['no plain run', wd({ wds: [1e-4, 1e-3] }), 'check.wd.noPlain'],
    ['different optimizers', wd({ names: ['Adam', 'AdamW'] }), 'check.wd.differentOptimizers'],
    ['different lrs', wd({ lrs: [0.1, 0.01] }), 'check.wd.differentLr'],
    ['different start', wd({ firsts: [0.7, 0.9] }), 'check.wd.differentStart'],
    ['no choice', wd(), 'check.choose'],
  ])('fails: %s', (_n, result, key) => {
    expect(ex.check({ result, choice: null })).toMatchObject({ pass: false, key });
  });
});
