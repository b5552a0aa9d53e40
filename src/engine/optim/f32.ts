/**
 * Arithmetic as ATen's CPU kernels do it for one element, in the parameter's dtype. In float32 every op rounds
 * to float32, and a Python float passed to an op (`lr`, `momentum`, `alpha=1 - dampening`, Adam's
 * `step_size` …) is cast to float32 first, as the op's Scalar argument is. `add_(other, alpha=a)` is a fused
 * multiply-add (`vec::fmadd(other, alpha, self)`: one rounding), measured against PyTorch 2.14 on AVX2 for
 * tensors of 1…100 elements. float64 keeps plain double arithmetic.
 */
import type { Storage } from '../tensor';

export interface Arith {
  /** rounds a result to the dtype */
  r(v: number): number;
  /** `a.add(b, alpha=alpha)`: a + alpha·b with one rounding, alpha cast to the dtype */
  fma(a: number, b: number, alpha: number): number;
}

const F32: Arith = {
  r: Math.fround,
  // the exact product of two float32 values fits in a double; the sum is rounded twice (double, then
  // float32), which equals one rounding except in rare halfway cases
  fma: (a, b, alpha) => Math.fround(a + Math.fround(alpha) * b),
};
const F64: Arith = { r: (v) => v, fma: (a, b, alpha) => a + alpha * b };

/** The arithmetic of a parameter's storage. */
export const arithOf = (x: Storage): Arith => (x instanceof Float32Array ? F32 : F64);
