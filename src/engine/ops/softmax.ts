/**
 * softmax / log_softmax along one dim, numerically stable (subtract the max), with fused backward:
 *   softmax:     dx = y · (g − Σ g·y)          log_softmax: dx = g − exp(y) · Σ g
 */
import { attach, needsGrad } from '../autograd/function';
import { get_default_dtype, isFloating } from '../dtype';
import { emit, hasListeners } from '../events';
import { checkOptions } from '../options';
import { Tensor } from '../tensor';
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

function run(t: Tensor, dimArg: unknown, isLog: boolean): Tensor {
  const fn = isLog ? 'log_softmax' : 'softmax';
  const d = resolveDim(t, dimArg, fn);
  const src = isFloating(t.dtype) ? t : t.to(get_default_dtype());
  const len = t.shape[d] ?? 1;
  const inner = numelOf(t.shape.slice(d + 1));
  const outer = t.data.length / Math.max(len * inner, 1);
  const x = src.data;
  const y = alloc(src.dtype, x.length);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * len * inner + i;
      let m = -Infinity;
      for (let k = 0; k < len; k++) { const v = x[base + k * inner]; if (v > m || v !== v) m = v; }
      if (m === -Infinity) m = 0;
      let s = 0;
      for (let k = 0; k < len; k++) s += Math.exp(x[base + k * inner] - m);
      if (isLog) {
        const ls = Math.log(s) + m;
        for (let k = 0; k < len; k++) y[base + k * inner] = x[base + k * inner] - ls;
      } else {
        for (let k = 0; k < len; k++) y[base + k * inner] = Math.exp(x[base + k * inner] - m) / s;
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
        let s = 0;
        for (let k = 0; k < len; k++) { const j = base + k * inner; s += isLog ? gd[j] : gd[j] * y[j]; }
        for (let k = 0; k < len; k++) {
          const j = base + k * inner;
          r[j] = isLog ? gd[j] - Math.exp(y[j]) * s : y[j] * (gd[j] - s);
        }
      }
    }
    return [Tensor._make(r, g.shape, g.dtype)];
  });
}

export const softmax = (t: Tensor, dim?: number | { dim?: number } | null): Tensor => run(t, dim, false);
export const log_softmax = (t: Tensor, dim?: number | { dim?: number } | null): Tensor => run(t, dim, true);
