/**
 * Reductions: sum mean (over all or some dims, keepdim), max/min (all → 0-d; dim → [values, indices]),
 * argmax/argmin, var/std (correction), norm, prod; and the boolean checks equal / allclose.
 * Sums and means follow ATen's CPU kernels in the input's precision (cascade-sum.ts); var/std as ATen's
 * std_var kernels (a float32 mean, then squares in double).
 */
import { attach, needsGrad } from '../autograd/function';
import { isFloating } from '../dtype';
import { RuntimeError } from '../errors';
import { emit, hasListeners } from '../events';
import { checkOptions } from '../options';
import { Tensor, type DType } from '../tensor';
import { broadcastIndex, broadcastShapes, expandTo } from './broadcast';
import { sumDims } from './cascade-sum';
import { maximum, minimum } from './elementwise';
import { alloc, normDim, numelOf } from './util';

type DimArg = number | number[] | null | undefined | { dim?: number | number[] | null; keepdim?: boolean };

interface Parsed {
  dims: number[] | null; // null = all
  keepdim: boolean;
}

/** Parses PyTorch's (dim=None, keepdim=False) given positionally or as `{ dim, keepdim }`. */
export function parseDims(fn: string, t: Tensor, dim: unknown, keepdim: unknown, extra: string[] = []): Parsed & Record<string, unknown> {
  let opts: Record<string, unknown> = {};
  if (dim !== null && typeof dim === 'object' && !Array.isArray(dim)) {
    opts = dim as Record<string, unknown>;
    dim = opts.dim;
    if (typeof keepdim === 'object' && keepdim !== null) throw new TypeError(`${fn}() received two options objects`);
    keepdim = opts.keepdim;
  } else if (keepdim !== null && typeof keepdim === 'object') {
    opts = keepdim as Record<string, unknown>;
    keepdim = opts.keepdim;
  }
  checkOptions(fn, opts, ['dim', 'keepdim', ...extra]);
  let dims: number[] | null = null;
  if (dim !== undefined && dim !== null) {
    const list = Array.isArray(dim) ? dim : [dim];
    dims = list.map((d) => normDim(d as number, t.shape.length));
    if (new Set(dims).size !== dims.length) throw new RuntimeError(`dim ${dims.find((d, i) => dims!.indexOf(d) !== i)} appears multiple times in the list of dims`);
    if (t.shape.length === 0) dims = [];
  }
  return { ...opts, dims, keepdim: !!keepdim };
}

/** Output shape with reduced dims kept as 1, and the final shape. */
function shapes(t: Tensor, dims: number[] | null, keepdim: boolean): [number[], number[]] {
  const kept = t.shape.map((s, i) => (dims === null || dims.includes(i) ? 1 : s));
  const out = keepdim ? kept : t.shape.filter((_, i) => !(dims === null || dims.includes(i)));
  return [kept, out];
}

/** Sums over `dims` into a Float64Array of the kept shape: floating inputs as ATen's `sum`, integers exactly. */
function sumInto(t: Tensor, dims: number[] | null, kept: number[]): Float64Array {
  if (isFloating(t.dtype)) return sumDims(t.data, t.shape, dims);
  const acc = new Float64Array(numelOf(kept));
  const idx = broadcastIndex(kept, t.shape);
  for (let i = 0; i < t.data.length; i++) acc[idx[i]] += t.data[i];
  return acc;
}

function finish(acc: Float64Array, shape: number[], dtype: DType): Tensor {
  const out = alloc(dtype, acc.length);
  out.set(acc);
  return Tensor._make(out, shape, dtype);
}

export function sum(t: Tensor, dim?: DimArg, keepdim?: boolean | object): Tensor {
  const p = parseDims('sum', t, dim, keepdim, ['dtype']);
  const [kept, outShape] = shapes(t, p.dims, p.keepdim);
  const dtype: DType = isFloating(t.dtype) ? t.dtype : 'int64';
  const out = finish(sumInto(t, p.dims, kept), outShape, dtype);
  if (!needsGrad(t)) return out;
  return attach(out, p.dims === null ? 'SumBackward0' : 'SumBackward1', [t],
    (g) => [expandTo(Tensor._make(g.data, kept, g.dtype), t.shape)], false);
}

export function mean(t: Tensor, dim?: DimArg, keepdim?: boolean | object): Tensor {
  if (!isFloating(t.dtype)) {
    throw new RuntimeError(
      `mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ${t.dtype === 'int64' ? 'Long' : 'Bool'}` +
        ' (JavaScript has no float literals: torch.tensor([1.0, 2.0]) is an int64 tensor here; pass { dtype: torch.float32 } or call .float())',
    );
  }
  const p = parseDims('mean', t, dim, keepdim, ['dtype']);
  const [kept, outShape] = shapes(t, p.dims, p.keepdim);
  const acc = sumInto(t, p.dims, kept);
  const count = t.data.length / Math.max(acc.length, 1);
  for (let i = 0; i < acc.length; i++) acc[i] /= count;
  const out = finish(acc, outShape, t.dtype);
  if (!needsGrad(t)) return out;
  return attach(out, p.dims === null ? 'MeanBackward0' : 'MeanBackward1', [t],
    (g) => [expandTo(Tensor._make(g.data, kept, g.dtype), t.shape).div(count)], false);
}

/** [values, indices] with `.values` / `.indices`, like torch.return_types.max. */
export type MaxResult = {
  readonly 0: Tensor;
  readonly 1: Tensor;
  readonly length: 2;
  values: Tensor;
  indices: Tensor;
  [Symbol.iterator](): Iterator<Tensor>;
};

/** Arg-extreme along the kept layout: for each output slot, the winning flat input index. */
function argExtreme(t: Tensor, dims: number[] | null, kept: number[], isMax: boolean): Int32Array {
  const n = numelOf(kept);
  const best = new Int32Array(n).fill(-1);
  const x = t.data;
  const idx = n === 1 ? null : broadcastIndex(kept, t.shape);
  for (let i = 0; i < x.length; i++) {
    const o = idx === null ? 0 : idx[i];
    const b = best[o];
    if (b < 0) { best[o] = i; continue; }
    const v = x[i], w = x[b];
    if (w !== w) continue; // NaN already wins
    if (v !== v || (isMax ? v > w : v < w)) best[o] = i;
  }
  return best;
}

/** The winners' positions along the reduced dim (flat input index → index along `dims[0]`), as int64. */
function indicesAlong(t: Tensor, dims: number[], best: Int32Array, shape: number[]): Tensor {
  const d = dims[0] ?? 0;
  const inner = numelOf(t.shape.slice(d + 1));
  const len = t.shape[d] ?? 1;
  const ind = new Float64Array(best.length);
  for (let i = 0; i < best.length; i++) ind[i] = Math.floor(best[i] / inner) % len;
  return Tensor._make(ind, shape, 'int64');
}

export function maxmin(t: Tensor, dim: unknown, keepdim: unknown, isMax: boolean): Tensor | MaxResult {
  const fn = isMax ? 'max' : 'min';
  if (dim instanceof Tensor) return isMax ? maximum(t, dim) : minimum(t, dim);
  if (t.data.length === 0 && (dim === undefined || dim === null)) {
    throw new RuntimeError(`${fn}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.`);
  }
  const p = parseDims(fn, t, dim, keepdim);
  const [kept, outShape] = shapes(t, p.dims, p.keepdim);
  if (p.dims !== null && p.dims.length > 1) throw new TypeError(`${fn}(): argument 'dim' must be int, not list`);
  const best = argExtreme(t, p.dims, kept, isMax);
  const vals = alloc(t.dtype, best.length);
  for (let i = 0; i < best.length; i++) vals[i] = t.data[best[i]];
  const values = Tensor._make(vals, outShape, t.dtype);
  if (p.dims === null) {
    // full reduction: the gradient is shared evenly by all extreme elements
    if (!needsGrad(t)) return values;
    const v = vals[0];
    return attach(values, isMax ? 'MaxBackward1' : 'MinBackward1', [t], (g) => {
      const r = alloc(g.dtype, t.data.length);
      let c = 0;
      for (let i = 0; i < r.length; i++) if (t.data[i] === v || (v !== v && t.data[i] !== t.data[i])) c++;
      for (let i = 0; i < r.length; i++) if (t.data[i] === v || (v !== v && t.data[i] !== t.data[i])) r[i] = g.data[0] / c;
      return [Tensor._make(r, t.shape.slice(), g.dtype)];
    });
  }
  const indices = indicesAlong(t, p.dims, best, outShape.slice());
  if (needsGrad(t)) {
    attach(values, isMax ? 'MaxBackward0' : 'MinBackward0', [t], (g) => {
      const r = alloc(g.dtype, t.data.length);
      for (let i = 0; i < best.length; i++) r[best[i]] = g.data[i];
      return [Tensor._make(r, t.shape.slice(), g.dtype)];
    });
  }
  const res = [values, indices] as unknown as MaxResult;
  const show = (): string => `torch.return_types.${fn}(\nvalues=${values},\nindices=${indices})`;
  Object.defineProperty(res, 'values', { value: values });
  Object.defineProperty(res, 'indices', { value: indices });
  Object.defineProperty(res, 'toString', { value: show });
  Object.defineProperty(res, Symbol.for('nodejs.util.inspect.custom'), { value: show });
  return res;
}

export function argmaxmin(t: Tensor, dim: unknown, keepdim: unknown, isMax: boolean): Tensor {
  const p = parseDims(isMax ? 'argmax' : 'argmin', t, dim, keepdim);
  if (p.dims === null) {
    const best = argExtreme(t, null, t.shape.map(() => 1), isMax);
    return Tensor._make(new Float64Array([best[0]]), p.keepdim ? t.shape.map(() => 1) : [], 'int64');
  }
  const [kept, outShape] = shapes(t, p.dims, p.keepdim);
  const best = argExtreme(t, p.dims, kept, isMax);
  return indicesAlong(t, p.dims, best, outShape);
}

export type VarOpts = { dim?: number | number[] | null; unbiased?: boolean; correction?: number; keepdim?: boolean };

/**
 * Means and sums of squared deviations as ATen's CPU kernels compute them, in double: over all elements
 * (`std_var_all_cpu`) the mean is the dtype's own `mean()`, then Σ(x − mean)² in order; over dims
 * (`WelfordOps<scalar_t, double>`) a Welford pass per output in order.
 */
function momentsOf(t: Tensor, kept: number[]): { acc: Float64Array; sq: Float64Array; count: number } {
  const x = t.data;
  const n = numelOf(kept);
  const count = x.length / Math.max(n, 1);
  const acc = new Float64Array(n), sq = new Float64Array(n);
  if (n === 1) {
    const m = t.dtype === 'float32' ? Math.fround(sumInto(t, null, kept)[0] / count) : sumInto(t, null, kept)[0] / count;
    let s = 0;
    for (let i = 0; i < x.length; i++) { const d = x[i] - m; s += d * d; }
    acc[0] = m; sq[0] = s;
    return { acc, sq, count };
  }
  const idx = broadcastIndex(kept, t.shape);
  const seen = new Float64Array(n);
  for (let i = 0; i < x.length; i++) {
    const k = idx[i];
    const c = ++seen[k];
    const delta = x[i] - acc[k];
    acc[k] += delta / c;
    sq[k] += delta * (x[i] - acc[k]);
  }
  return { acc, sq, count };
}

/** var / std with Bessel's correction by default (`unbiased=True` = `correction=1`). */
export function variance(t: Tensor, dim: unknown, opts: unknown, isStd: boolean): Tensor {
  const fn = isStd ? 'std' : 'var';
  if (!isFloating(t.dtype)) throw new RuntimeError(`${fn}(): input dtype should be either floating point or complex dtypes. Got Long instead.`);
  let o: VarOpts = {};
  if (typeof opts === 'boolean') o = { unbiased: opts };
  else if (opts && typeof opts === 'object') o = opts as VarOpts;
  if (dim !== null && typeof dim === 'object' && !Array.isArray(dim)) { o = { ...(dim as VarOpts), ...o }; dim = o.dim; }
  const p = parseDims(fn, t, dim ?? null, o, ['unbiased', 'correction']);
  const correction = o.correction ?? (o.unbiased === false ? 0 : 1);
  const [kept, outShape] = shapes(t, p.dims, p.keepdim);
  const { acc, sq, count } = momentsOf(t, kept);
  const denom = Math.max(0, count - correction);
  if (count - correction <= 0 && hasListeners()) {
    emit({ type: 'warning', category: 'UserWarning', message: `${fn}(): degrees of freedom is <= 0. Correction should be strictly less than the reduction factor (input numel divided by output numel).` });
  }
  for (let i = 0; i < sq.length; i++) sq[i] = isStd ? Math.sqrt(sq[i] / denom) : sq[i] / denom;
  const out = finish(sq, outShape, t.dtype);
  if (!needsGrad(t)) return out;
  const meanT = finish(acc, kept, t.dtype);
  return attach(out, isStd ? 'StdBackward0' : 'VarBackward0', [t], (g) => {
    const gk = Tensor._make(g.data, kept, g.dtype);
    const centered = t.sub(meanT);
    if (!isStd) return [centered.mul(gk).mul(2 / denom)];
    return [centered.mul(gk.div(Tensor._make(out.data, kept, out.dtype).mul(denom)))];
  });
}

export type NormOpts = { p?: number | 'fro' | null; dim?: number | number[] | null; keepdim?: boolean };

/** Vector norm: p = 2 (default, also 'fro'), 1, Infinity, or any other positive p. */
export function norm(t: Tensor, p: unknown, dim: unknown, keepdim: unknown): Tensor {
  if (p !== null && typeof p === 'object') { const o = p as NormOpts; p = o.p; dim = o.dim; keepdim = o.keepdim; }
  if (dim !== null && typeof dim === 'object' && !Array.isArray(dim)) { const o = dim as NormOpts; dim = o.dim; keepdim = o.keepdim; }
  const ord = p === undefined || p === null || p === 'fro' ? 2 : (p as number);
  if (typeof ord !== 'number') throw new RuntimeError(`norm(): unsupported norm type ${String(p)}`);
  const pd = parseDims('norm', t, dim ?? null, !!keepdim);
  const [kept, outShape] = shapes(t, pd.dims, pd.keepdim);
  const a = t.abs();
  if (ord === Infinity) return reshapeKeep(maxmin(a, pd.dims === null ? undefined : pd.dims[0], pd.keepdim, true), outShape);
  if (ord === 1) return sum(a, pd.dims, pd.keepdim);
  // p-norm: (Σ |x|^p)^(1/p), with a zero subgradient at 0 (PyTorch's convention)
  const acc = new Float64Array(numelOf(kept));
  const idx = acc.length === 1 ? null : broadcastIndex(kept, t.shape);
  for (let i = 0; i < t.data.length; i++) acc[idx === null ? 0 : idx[i]] += Math.pow(Math.abs(t.data[i]), ord);
  for (let i = 0; i < acc.length; i++) acc[i] = ord === 2 ? Math.sqrt(acc[i]) : Math.pow(acc[i], 1 / ord);
  const out = finish(acc, outShape, t.dtype);
  if (!needsGrad(t)) return out;
  return attach(out, 'LinalgVectorNormBackward0', [t], (g) => {
    const r = alloc(g.dtype, t.data.length);
    const ix = acc.length === 1 ? null : broadcastIndex(kept, t.shape);
    for (let i = 0; i < r.length; i++) {
      const k = ix === null ? 0 : ix[i];
      const nv = out.data[k];
      const x = t.data[i];
      r[i] = nv === 0 ? 0 : g.data[k] * Math.sign(x) * Math.pow(Math.abs(x), ord - 1) / Math.pow(nv, ord - 1);
    }
    return [Tensor._make(r, t.shape.slice(), g.dtype)];
  });
}

function reshapeKeep(r: Tensor | MaxResult, shape: number[]): Tensor {
  const v = r instanceof Tensor ? r : r[0];
  return v.shape.length === shape.length ? v : v.reshape(shape);
}

/** Product of all elements (ProdBackward0). */
export function prod(t: Tensor): Tensor {
  let pr = 1;
  for (let i = 0; i < t.data.length; i++) pr *= t.data[i];
  const dtype: DType = isFloating(t.dtype) ? t.dtype : 'int64';
  const out = finish(new Float64Array([pr]), [], dtype);
  if (!needsGrad(t)) return out;
  return attach(out, 'ProdBackward0', [t], (g) => {
    // product of the others via prefix/suffix products (correct with zeros)
    const n = t.data.length;
    const r = alloc(g.dtype, n);
    let left = 1;
    const suffix = new Float64Array(n + 1).fill(1);
    for (let i = n - 1; i >= 0; i--) suffix[i] = suffix[i + 1] * t.data[i];
    for (let i = 0; i < n; i++) { r[i] = g.data[0] * left * suffix[i + 1]; left *= t.data[i]; }
    return [Tensor._make(r, t.shape.slice(), g.dtype)];
  });
}

/** `torch.equal(a, b)`. */
export function equal(a: Tensor, b: Tensor): boolean {
  if (a.shape.join() !== b.shape.join()) return false;
  for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) return false;
  return true;
}

/** `torch.allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)`: |a − b| ≤ atol + rtol·|b| everywhere. */
export function allclose(a: Tensor, b: Tensor, opts?: { rtol?: number; atol?: number; equal_nan?: boolean }): boolean {
  const o = checkOptions('allclose', opts, ['rtol', 'atol', 'equal_nan']);
  const rtol = o.rtol ?? 1e-5, atol = o.atol ?? 1e-8;
  const shape = broadcastShapes(a.shape, b.shape);
  const ia = broadcastIndex(a.shape, shape), ib = broadcastIndex(b.shape, shape);
  for (let i = 0; i < ia.length; i++) {
    const x = a.data[ia[i]], y = b.data[ib[i]];
    if (x !== x || y !== y) { if (o.equal_nan && x !== x && y !== y) continue; return false; }
    if (x === y) continue;
    if (!(Math.abs(x - y) <= atol + rtol * Math.abs(y))) return false;
  }
  return true;
}
