/* eslint-disable @typescript-eslint/no-explicit-any -- learner-style code */
import { describe, expect, it } from 'vitest';
import { nn, torch } from '../../index';

const U = (nn as any).utils;
const vals = (t: any) => Array.from(t.data as ArrayLike<number>);
const withGrad = (g: number[], dtype = 'float64') => {
  const p = torch.zeros(g.length, { dtype, requires_grad: true });
  p.grad = torch.tensor(g, { dtype });
  return p;
};

describe('nn.utils.clip_grad_norm_ / clip_grad_value_', () => {
  it('returns the total norm before clipping and scales every grad by max_norm / (norm + 1e-6)', () => {
    const a = withGrad([3, 0]);
    const b = withGrad([0, 4]);
    const total = U.clip_grad_norm_([a, b], 1);
    expect(total.item()).toBe(5);
    expect(vals(a.grad)).toEqual([3 * (1 / (5 + 1e-6)), 0]);
    expect(vals(b.grad)).toEqual([0, 4 * (1 / (5 + 1e-6))]);
  });

  it('skips parameters without grad, takes one tensor, a generator, a positional or string norm_type', () => {
    const a = withGrad([-3, 1]);
    const none = torch.zeros(2, { requires_grad: true });
    expect(U.clip_grad_norm_(a, 10, 'inf').item()).toBe(3);
    expect(U.clip_grad_norm_((function* () { yield none; yield a; })(), 10, { norm_type: 1 }).item()).toBe(4);
    expect(none.grad).toBeNull();
    expect(U.clip_grad_norm_([none], 1).item()).toBe(0);
  });

  it('takes max_norm and clip_value as keywords too (one options object, as Python kwargs)', () => {
    const a = withGrad([3, 4]);
    expect(U.clip_grad_norm_([a], { max_norm: 1, norm_type: 2 }).item()).toBe(5);
    expect(vals(a.grad)).toEqual([3 * (1 / (5 + 1e-6)), 4 * (1 / (5 + 1e-6))]);
    const b = withGrad([-3, 0.25]);
    U.clip_grad_value_([b], { clip_value: 0.5 });
    expect(vals(b.grad)).toEqual([-0.5, 0.25]);
    expect(() => U.clip_grad_norm_([a], { max_norm: 1, norm: 2 })).toThrow(TypeError);
  });

  it('does not scale up, and error_if_nonfinite names the order', () => {
    const a = withGrad([0.1, 0.2]);
    U.clip_grad_norm_([a], 100);
    expect(vals(a.grad)).toEqual([0.1, 0.2]);
    const b = withGrad([NaN, 1]);
    expect(() => U.clip_grad_norm_([b], 1, { norm_type: 'inf', error_if_nonfinite: true })).toThrow(
      'The total norm of order inf for gradients from `parameters` is non-finite',
    );
    expect(Number.isNaN(U.clip_grad_norm_([b], 1).item())).toBe(true);
  });

  it('clip_grad_value_ clamps into [-v, v] and returns nothing', () => {
    const a = withGrad([-3, 0.5, 2]);
    expect(U.clip_grad_value_([a], 1)).toBeUndefined();
    expect(vals(a.grad)).toEqual([-1, 0.5, 1]);
  });
});
