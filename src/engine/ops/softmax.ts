/**
 * softmax / log_softmax along one dim, numerically stable (subtract the max), with fused backward:
 *   softmax:     dx = y · (g − Σ g·y)          log_softmax: dx = g − exp(y) · Σ g
 */
import { attach, needsGrad } from '../autograd/function';
import { get_default_dtype, isFloating } from '../dtype';
import { emit, hasListeners } from '../events';
import { checkOptions } from '../options';
import { Tensor } from '../tensor';
import { rounder } from './cascade-sum';
import { alloc, normDim, numelOf } from './util';

function resolveDim(t: Tensor, dim: unknown, fn: string): number {
  if (dim !== null && typeof dim === 'object') {
    dim = checkOptions(fn, dim as { dim?: number }, ['dim', 'dtype']).dim;
  }
  if (dim === undefined || dim === null) {
    if (hasListeners()) {
      emit({ type: 'warning', category: 'UserWarning', message: `Implicit dimension choice for ${fn} has been deprecated. Change the call to include dim=X as an argument.` });
    }
    const nd = t.shape.length;
    return nd === 0 || nd === 1 || nd === 3 ? 0 : 1;
  }
  return normDim(dim as number, t.shape.length);
}

/**
 * `vec::reduce_all` / `map_reduce_all` (+) over n float32 terms on AVX2: fewer than 8 terms are added in order;
 * otherwise 8 lane accumulators start with terms 0…7, `add(acc, k)` folds in term k (the tail goes to the
 * first lanes), then lanes i and i+4, i and i+2, i and i+1 are added (a shuffle tree).
 */
function vecReduce(n: number, term: (k: number) => number, add: (acc: number, k: number) => number): number {
  const f = Math.fround;
  if (n < 8) {
    let acc = n > 0 ? term(0) : 0;
    for (let k = 1; k < n; k++) acc = f(acc + term(k));
    return acc;
  }
  const acc = [0, 1, 2, 3, 4, 5, 6, 7].map(term);
  for (let k = 8; k < n; k++) acc[k % 8] = add(acc[k % 8], k);
  const h = [0, 1, 2, 3].map((i) => f(acc[i] + acc[i + 4]));
  return f(f(h[0] + h[2]) + f(h[1] + h[3]));
}

function run(t: Tensor, dimArg: unknown, isLog: boolean): Tensor {
  const fn = isLog ? 'log_softmax' : 'softmax';
  const d = resolveDim(t, dimArg, fn);
  const src = isFloating(t.dtype) ? t : t.to(get_default_dtype());
  const len = t.shape[d] ?? 1;
  const inner = numelOf(t.shape.slice(d + 1));
  const outer = t.data.length / Math.max(len * inner, 1);
  const x = src.data;
  const y = alloc(src.dtype, x.length);
  const f32 = src.dtype === 'float32';
  const q = rounder(f32);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * len * inner + i;
      let m = -Infinity;
      for (let k = 0; k < len; k++) { const v = x[base + k * inner]; if (v > m || v !== v) m = v; }
      if (m === -Infinity) m = 0;
      // ATen (float32): e = exp(x − max) rounded, summed as vec::reduce_all (last dim) or in order (other dims);
      // log_softmax = (x − max) − log(sum)
      const e = new Float64Array(len);
      for (let k = 0; k < len; k++) e[k] = q(Math.exp(q(x[base + k * inner] - m)));
      const s = inner === 1 && f32
        ? vecReduce(len, (k) => e[k], (acc, k) => Math.fround(acc + e[k]))
        : e.reduce((acc, v) => q(acc + v), 0);
      if (isLog) {
        const ls = q(Math.log(s));
        for (let k = 0; k < len; k++) y[base + k * inner] = q(x[base + k * inner] - m) - ls;
      } else {
        // last dim: e · (1 / sum); other dims (_vec_softmax over inner lanes): e / sum
        const inv = q(1 / s);
        for (let k = 0; k < len; k++) y[base + k * inner] = inner === 1 ? e[k] * inv : e[k] / s;
      }
    }
  }
  const out = Tensor._make(y, t.shape.slice(), src.dtype);
  if (!needsGrad(src)) return out;
  return attach(out, isLog ? 'LogSoftmaxBackward0' : 'SoftmaxBackward0', [src], (g) => {
    const gd = g.data;
    const r = alloc(g.dtype, gd.length);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * len * inner + i;
        // ATen's backward kernels: log_softmax g − exp(y)·Σg (fused), softmax (g − Σ g·y)·y, sums as in forward
        const at = (k: number): number => base + k * inner;
        const term = isLog ? (k: number) => gd[at(k)] : (k: number) => q(gd[at(k)] * y[at(k)]);
        let s: number;
        if (inner === 1 && f32) {
          s = vecReduce(len, term, isLog
            ? (acc, k) => Math.fround(acc + gd[at(k)])
            : (acc, k) => Math.fround(acc + gd[at(k)] * y[at(k)]));
        } else {
          s = 0;
          for (let k = 0; k < len; k++) s = q(s + term(k));
        }
        for (let k = 0; k < len; k++) {
          const j = at(k);
          r[j] = isLog ? gd[j] - q(Math.exp(y[j])) * s : q(gd[j] - s) * y[j];
        }
      }
    }
    return [Tensor._make(r, g.shape, g.dtype)];
  });
}

export const softmax = (t: Tensor, dim?: number | { dim?: number } | null): Tensor => run(t, dim, false);
export const log_softmax = (t: Tensor, dim?: number | { dim?: number } | null): Tensor => run(t, dim, true);
