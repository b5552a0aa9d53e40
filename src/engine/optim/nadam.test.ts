import { describe, expect, it } from 'vitest';
import { Tensor } from '../tensor';
import { set_default_dtype } from '../dtype';
import { NAdam } from './nadam';
import { expectClose, runFixture, runQuadratic } from './test-helpers';

/** Runs NAdam on the fixture problem (float64) with a hook before every step. */
const runWith = (options: Record<string, unknown>, before: (w: Tensor) => void): number[][] =>
  runFixture(NAdam, options, 'float64', 8, before).traj;

describe('NAdam', () => {
  it('matches the spec §9 golden for NAdam() with the 2.x mu_product (not 1.13\'s)', () => {
    set_default_dtype('float64');
    try {
      expectClose(
        runQuadratic((p) => new NAdam([p])),
        [[1.002112903551, -1.997887096447], [1.003679538352, -1.996320216874], [1.005142897774, -1.994856498915]],
        1e-11, 0,
      );
    } finally {
      set_default_dtype('float32');
    }
  });

  it('keeps mu_product in the default dtype (float32 unless float64 is the default)', () => {
    const f32 = runFixture(NAdam as never, {}, 'float32', 2);
    const mu32 = f32.opt.state.get(f32.w)!['mu_product'] as Tensor;
    expect(mu32.dtype).toBe('float32');
    expect(mu32.data[0]).toBe(Math.fround(mu32.data[0]!));
    // PyTorch casts mu to float32 before the in-place multiply: fround(fround(μ1) · fround(μ2)) (found by the 2.14 goldens)
    const mu = (t: number): number => 0.9 * (1 - 0.5 * 0.96 ** (t * 0.004));
    expect(mu32.data[0]).toBe(Math.fround(Math.fround(mu(1)) * Math.fround(mu(2))));
    const f64 = runFixture(NAdam as never, {}, 'float64', 2);
    const mu64 = f64.opt.state.get(f64.w)!['mu_product'] as Tensor;
    expect(mu64.dtype).toBe('float64');
    // μ_t = β1(1 − ½·0.96^(0.004 t))
    expectClose([mu64.data[0]!], [mu(1) * mu(2)], 0, 1e-15);
  });

  it('decoupled_weight_decay equals decaying the weights by (1 − lr·wd) before a wd-free step', () => {
    const decoupled = runWith({ lr: 0.1, weight_decay: 0.2, decoupled_weight_decay: true }, () => {});
    const manual = runWith({ lr: 0.1 }, (w) => w.data.forEach((v, i) => (w.data[i] = v * (1 - 0.1 * 0.2))));
    expectClose(decoupled, manual, 1e-15, 1e-14);
  });

  it('maximize equals stepping on the negated gradient', () => {
    const maxim = runWith({ lr: 0.1, weight_decay: 0.1, maximize: true }, () => {});
    const negated = runWith({ lr: 0.1, weight_decay: 0.1 }, (w) => w.grad!.data.forEach((v, i) => (w.grad!.data[i] = -v)));
    expect(maxim).toEqual(negated);
  });
});
