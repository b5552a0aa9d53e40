import { describe, expect, it } from 'vitest';
import { Tensor } from '../tensor';
import { Adam, adamUpdate } from './adam';
import { lerp } from './common';
import { AdamW } from './adamw';
import { expectClose, itMatchesTorchFixtures, param, runFixture, runQuadratic } from './test-helpers';

describe('Adam', () => {
  itMatchesTorchFixtures('Adam', Adam as never);

  it.each([
    [{}, [[1.000999999997, -1.999000000002], [1.001999986928, -1.998000008707], [1.002999952103, -1.997000031901]]],
    [{ lr: 0.1, amsgrad: true, weight_decay: 0.1 }, [[1.099999999744, -1.900000000161], [1.199817560831, -1.800104631475], [1.299315552604, -1.70038876662]]],
  ])('matches the spec §9 goldens for %j', (options, expected) => {
    expectClose(runQuadratic((p) => new Adam([p], options)), expected, 1e-11, 0);
  });

  it('moves by about lr·sign(g) on the first step (bias correction, eps ≪ |g|)', () => {
    const [w1] = runQuadratic((p) => new Adam([p], { lr: 0.01 }), 1);
    expectClose(w1!, [1.01, -1.99], 1e-9, 0);
  });

  it('with decoupled_weight_decay (2.7+) gives exactly AdamW', () => {
    const a = runFixture(Adam as never, { lr: 0.1, weight_decay: 0.1, decoupled_weight_decay: true }, 'float64');
    const b = runFixture(AdamW as never, { lr: 0.1, weight_decay: 0.1 }, 'float64');
    expect(a.traj).toEqual(b.traj);
  });

  it('creates max_exp_avg_sq only with amsgrad, keeping the max of the raw v', () => {
    const { opt, w } = runFixture(Adam as never, { amsgrad: true }, 'float64', 3);
    const st = opt.state.get(w)!;
    expect(Object.keys(st)).toEqual(['step', 'exp_avg', 'exp_avg_sq', 'max_exp_avg_sq']);
    const v = (st['exp_avg_sq'] as Tensor).data;
    const vmax = (st['max_exp_avg_sq'] as Tensor).data;
    for (let i = 0; i < v.length; i++) expect(vmax[i]).toBeGreaterThanOrEqual(v[i]!);
    expect((st['step'] as Tensor).shape).toEqual([]);
    expect((st['step'] as Tensor).data[0]).toBe(3);
  });

  it('adamUpdate is the pure rule and increments state.step', () => {
    const p = Float64Array.from([1]);
    const state = { step: 0, exp_avg: new Float64Array(1), exp_avg_sq: new Float64Array(1), max_exp_avg_sq: null };
    adamUpdate(p, Float64Array.from([-4]), state, {
      lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8, weight_decay: 0, amsgrad: false, maximize: false, decoupled_weight_decay: false,
    });
    expect(state.step).toBe(1);
    // m = 0.1·(−4) = −0.4, v = 0.001·16 = 0.016; m̂ = −4, √v̂ = 4 → p = 1 + 0.001·4/(4 + 1e-8)
    expectClose(Array.from(p), [1 + 0.004 / (4 + 1e-8)], 1e-15, 1e-15);
    expectClose(Array.from(state.exp_avg), [-0.4], 1e-16, 1e-15);
  });

  it('lerp follows the ATen kernel (two formulas either side of w = 0.5)', () => {
    expect(lerp(1, 3, 0.1)).toBe(1 + 0.1 * 2);
    expect(lerp(1, 3, 0.9)).toBe(3 - 2 * (1 - 0.9));
  });

  it('accepts betas and lr as 1-element tensors (2.2+) and rejects a 2-element lr', () => {
    const t = (v: number[]): Tensor => Tensor._make(Float64Array.from(v), [v.length], 'float64');
    const a = runQuadratic((p) => new Adam([p], { lr: t([0.1]) as never }), 2);
    const b = runQuadratic((p) => new Adam([p], { lr: 0.1 }), 2);
    expect(a).toEqual(b);
    expect(() => new Adam([param([1])], { lr: t([0.1, 0.2]) as never })).toThrow('Tensor lr must be 1-element');
    expect(() => new Adam([param([1])], { betas: [t([0.9]), 0.999] as never })).toThrow('betas must be either both floats or both Tensors');
  });

  it('prints betas as a tuple and eps like Python', () => {
    const s = String(new Adam([param([1])]));
    expect(s).toContain('    betas: (0.9, 0.999)\n');
    expect(s).toContain('    eps: 1e-08\n');
    expect(s).toContain('    decoupled_weight_decay: False\n');
  });
});
