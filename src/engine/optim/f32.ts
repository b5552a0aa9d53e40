/**
 * Arithmetic as ATen's CPU kernels do it for one element, in the parameter's dtype. In float32 every op rounds
 * to float32, and a Python float passed to an op (`lr`, `momentum`, `alpha=1 - dampening`, Adam's
 * `step_size` …) is cast to float32 first, as the op's Scalar argument is. The kernels PyTorch 2.14 runs on
 * AVX2 contract `a + s·b` into one fused multiply-add, in their vector and scalar loops alike (measured for
 * tensors of 1…100 elements: `add_(alpha)`, `addcmul_`, `lerp_`; `addcdiv_` rounds s·t1 and the quotient).
 * float64 keeps plain double arithmetic (the float64 goldens agree to 1e-12 either way).
 */
import type { Storage } from '../tensor';
import { lerp as lerp64 } from './common';

export interface Arith {
  /** rounds a result (or a Python float used as an op's Scalar) to the dtype */
  r(v: number): number;
  /** `a.add(b, alpha=s)` = a + s·b */
  fma(a: number, b: number, s: number): number;
  /** `a.addcmul(t1, t2, value=s)` = a + s·t1·t2 */
  addcmul(a: number, t1: number, t2: number, s: number): number;
  /** `a.addcdiv(t1, t2, value=s)` = a + s·t1 / t2 */
  addcdiv(a: number, t1: number, t2: number, s: number): number;
  /** `a.lerp(b, w)` (ATen's two-sided formula) */
  lerp(a: number, b: number, w: number): number;
}

const f = Math.fround;
// the exact product of two float32 values fits in a double, so a + p rounded to double and then to float32
// is the fused multiply-add's single rounding (except in rare halfway cases of the double rounding)
const F32: Arith = {
  r: f,
  fma: (a, b, s) => f(a + f(s) * b),
  addcmul: (a, t1, t2, s) => f(a + f(f(s) * t1) * t2),
  addcdiv: (a, t1, t2, s) => f(a + f(f(f(s) * t1) / t2)),
  lerp: (a, b, w) => {
    const w32 = f(w);
    const diff = f(b - a);
    return Math.abs(w32) < 0.5 ? f(a + w32 * diff) : f(b - f(1 - w32) * diff);
  },
};
const F64: Arith = {
  r: (v) => v,
  fma: (a, b, s) => a + s * b,
  addcmul: (a, t1, t2, s) => a + s * t1 * t2,
  addcdiv: (a, t1, t2, s) => a + (s * t1) / t2,
  lerp: lerp64,
};

/** The arithmetic of a parameter's storage. */
export const arithOf = (x: Storage): Arith => (x instanceof Float32Array ? F32 : F64);
