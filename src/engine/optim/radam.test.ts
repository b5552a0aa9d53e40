import { describe, expect, it } from 'vitest';
import type { Tensor } from '../tensor';
import { RAdam, radamUpdate } from './radam';
import { expectClose, itMatchesTorchFixtures, runFixture, runQuadratic } from './test-helpers';

/** Runs RAdam on the fixture problem (float64) with a hook before every step. */
const run = (options: Record<string, unknown>, before: (w: Tensor) => void): number[][] =>
  runFixture(RAdam, options, 'float64', 8, before).traj;

describe('RAdam', () => {
  // 8 steps: with β2 = 0.999 steps 1–5 are un-rectified and 6–8 rectified, both checked against PyTorch
  itMatchesTorchFixtures('RAdam', RAdam as never);

  it('matches the spec §9 golden for RAdam() (step 1 is lr·m̂ = 0.001·4)', () => {
    expectClose(
      runQuadratic((p) => new RAdam([p])),
      [[1.004, -1.994], [1.007995789474, -1.988006315789], [1.011987231695, -1.982019152457]],
      1e-11, 0,
    );
  });

  it('takes the un-rectified branch while ρ_t ≤ 5 (no division by √v)', () => {
    // β2 = 0.999: ρ_5 ≈ 4.996 → step 5 is still p −= lr·m̂; with m̂ = g exactly when g is constant
    const p = Float64Array.from([0]);
    const state = { step: 4, exp_avg: Float64Array.from([1 - 0.9 ** 4]), exp_avg_sq: new Float64Array(1) };
    radamUpdate(p, Float64Array.from([1]), state, {
      lr: 0.5, beta1: 0.9, beta2: 0.999, eps: 1e-8, weight_decay: 0, decoupled_weight_decay: false, maximize: false,
    });
    expectClose(Array.from(p), [-0.5], 1e-15, 1e-12);
  });

  it('decoupled_weight_decay equals decaying the weights before a wd-free step; maximize negates the gradient', () => {
    const decoupled = run({ lr: 0.1, weight_decay: 0.2, decoupled_weight_decay: true }, () => {});
    const manual = run({ lr: 0.1 }, (w) => w.data.forEach((v, i) => (w.data[i] = v * (1 - 0.1 * 0.2))));
    expectClose(decoupled, manual, 1e-15, 1e-14);
    const maxim = run({ lr: 0.1, maximize: true }, () => {});
    const negated = run({ lr: 0.1 }, (w) => w.grad!.data.forEach((v, i) => (w.grad!.data[i] = -v)));
    expect(maxim).toEqual(negated);
  });
});
