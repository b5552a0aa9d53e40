import { describe, expect, it } from 'vitest';
import { FakeTrace } from './fake-trace';
import { classify } from './predict';

/** Gradient descent on f(x) = x² from x0 = 1: x ← (1 − 2·lr)·x. */
function gd(lr: number, steps = 20, plotX = true) {
  const t = new FakeTrace();
  const p = t.param([1]);
  const o = t.optimizer('SGD', [p], { lr });
  let x = 1;
  if (plotX) t.plot('x', 0, x);
  for (let i = 0; i < steps; i++) {
    t.zero(o).backwardFor(o, x * x).step(o);
    x = (1 - 2 * lr) * x;
    if (plotX) t.plot('x', i + 1, x);
  }
  return t.result().trace;
}

describe('classify', () => {
  it.each([
    [0.1, 'converges'],
    [0.9, 'oscillates-converges'],
    [1.0, 'stuck'],
    [0, 'stuck'],
    [1.1, 'diverges'],
    [3, 'diverges'],
  ])('lr = %s → %s', (lr, outcome) => {
    expect(classify(gd(lr))).toEqual([outcome]);
  });
  it('accepts both converging answers when only losses are known', () => {
    expect(classify(gd(0.9, 20, false))).toEqual(['converges', 'oscillates-converges']);
    expect(classify(gd(1.1, 20, false))).toEqual(['diverges']);
  });
  it('returns null when nothing ran', () => {
    expect(classify(new FakeTrace().result().trace)).toBeNull();
  });
});
