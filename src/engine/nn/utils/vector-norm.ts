/**
 * `torch.linalg.vector_norm(x, ord)` of a whole tensor as ATen's CPU kernel computes it (ReduceOpsKernel.cpp),
 * for the norms `clip_grad_norm_` takes:
 *   ord 2, contiguous: the vectorised path: one accumulator per SIMD lane (8 for float32, 4 for float64 with
 *     AVX2), each updated with a fused multiply-add, the lanes summed left to right, the tail added to lane 0;
 *     then sqrt. float32 is rounded where the kernel rounds (an FMA in double then one rounding to float32).
 *   ord ±inf: the largest / smallest |x|; 0: the count of non-zeros; other ords: Σ|x|^ord left to right,
 *     then ^(1/ord), in the tensor's dtype.
 */
import type { Storage } from '../../tensor';

const f = Math.fround;

export function vectorNorm(x: Storage, ord: number, float32: boolean): number {
  const r = float32 ? f : (v: number) => v;
  const n = x.length;
  if (ord === 2) {
    const lanes = float32 ? 8 : 4;
    const acc = new Float64Array(lanes);
    const full = n - (n % lanes);
    for (let d = 0; d < full; d += lanes) {
      for (let j = 0; j < lanes; j++) acc[j] = r(x[d + j]! * x[d + j]! + acc[j]!);
    }
    let sum = acc[0]!;
    for (let j = 1; j < lanes; j++) sum = r(sum + acc[j]!);
    for (let d = full; d < n; d++) sum = r(x[d]! * x[d]! + sum);
    return r(Math.sqrt(sum));
  }
  if (ord === Infinity || ord === -Infinity) {
    let m = ord > 0 ? 0 : Infinity;
    for (let i = 0; i < n; i++) {
      const a = Math.abs(x[i]!);
      if (Number.isNaN(a)) return NaN;
      m = ord > 0 ? Math.max(m, a) : Math.min(m, a);
    }
    return m;
  }
  if (ord === 0) {
    let c = 0;
    for (let i = 0; i < n; i++) if (x[i] !== 0) c++;
    return c;
  }
  let acc = 0;
  if (ord === 1) {
    for (let i = 0; i < n; i++) acc = r(acc + Math.abs(x[i]!));
    return acc;
  }
  for (let i = 0; i < n; i++) acc = r(acc + r(Math.abs(x[i]!) ** ord));
  return r(acc ** (1 / ord));
}
