/**
 * PyTorch's CPU sum, step for step: ATen's `cascade_sum` (aten/src/ATen/native/cpu/SumKernel.cpp) for
 * contiguous float32/float64 input, accumulating in the input's own precision (float32 sums in float32, so
 * ten values near 3.4e38 overflow to inf as in PyTorch).
 *
 * The kernel reads the row in vectors of `LANES` elements (AVX2: 8 floats or 4 doubles per 256-bit
 * register), keeps 4 interleaved vector accumulators (instruction-level parallelism) and, inside each,
 * a cascade of 4 levels that flushes every 2^k additions (pairwise-like error growth). The lane partials are
 * then added in order after the scalar tail. Rows shorter than a vector use the scalar version of the same
 * cascade. Matches the serial path (PyTorch splits reductions of ≥ 32768 elements across its threads).
 */
import type { Storage } from '../tensor';

/** Vector width in bytes of the kernel PyTorch dispatches on an AVX2 CPU (where the goldens are made). */
const VEC_BYTES = 32;
const ILP = 4;
const LEVELS = 4;

const identity = (v: number): number => v;
/** The rounding after each addition: float32 arithmetic is double arithmetic rounded once (exact for +). */
export const rounder = (f32: boolean): ((v: number) => number) => (f32 ? Math.fround : identity);
/** The same rounding as a direct call (the hot loops below: one inlined branch instead of a call through a variable). */
const rnd = (f32: boolean, v: number): number => (f32 ? Math.fround(v) : v);
/** Elements per vector for this storage. */
export const lanesOf = (x: Storage): number => VEC_BYTES / (x instanceof Float32Array ? 4 : 8);

/** `utils::CeilLog2` (also sizes nll_loss's cascade). */
export function ceilLog2(x: number): number {
  return x <= 2 ? 1 : Math.floor(Math.log2(x - 1)) + 1;
}

/** Result scratch of multiRowSum/rowSum (at most ILP · 8 columns): callers read it before the next call. */
const PARTS = new Float64Array(ILP * 8);

/**
 * `multi_row_sum`: `cols` independent accumulators; column c's i-th term is `x[base + i·rowStride + off(c)]` with
 * off(c) = ⌊c / lanes⌋·laneStride + c mod lanes, summed over `size` rows through the 4-level cascade (levels
 * a0…a3; level j flushes into j+1 unless i has one of the bits `mask · 2^(j·power)`). Returns the column sums in
 * the shared scratch `PARTS` (valid until the next call).
 */
function multiRowSum(
  x: Storage, base: number, rowStride: number, lanes: number, laneStride: number, cols: number, size: number,
  f32: boolean,
): Float64Array {
  const power = Math.max(4, Math.floor(ceilLog2(size) / LEVELS));
  const step = 1 << power;
  const mask = step - 1;
  const m1 = mask * 2 ** power;
  const m2 = mask * 2 ** (2 * power);
  const out = PARTS;
  if (size < step) {
    // no level ever flushes (the common short row): each column is one running sum; the three closing additions
    // of the empty levels add +0 three times, which rounds like adding it once (it only turns −0 into +0)
    for (let c = 0, lane = 0, off = base; c < cols; c++) {
      let a0 = 0;
      if (f32) for (let i = 0, at = off; i < size; i++, at += rowStride) a0 = Math.fround(a0 + x[at]);
      else for (let i = 0, at = off; i < size; i++, at += rowStride) a0 += x[at];
      out[c] = a0 + 0;
      if (++lane === lanes) {
        lane = 0;
        off += laneStride - lanes + 1;
      } else off++;
    }
    return out;
  }
  for (let c = 0; c < cols; c++) {
    const off = base + Math.floor(c / lanes) * laneStride + (c % lanes);
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    let i = 0;
    while (i + step <= size) {
      for (let j = 0; j < step; j++, i++) a0 = rnd(f32, a0 + x[off + i * rowStride]);
      a1 = rnd(f32, a1 + a0);
      a0 = 0;
      if ((i & m1) !== 0) continue;
      a2 = rnd(f32, a2 + a1);
      a1 = 0;
      if ((i & m2) !== 0) continue;
      a3 = rnd(f32, a3 + a2);
      a2 = 0;
    }
    for (; i < size; i++) a0 = rnd(f32, a0 + x[off + i * rowStride]);
    a0 = rnd(f32, a0 + a1);
    a0 = rnd(f32, a0 + a2);
    out[c] = rnd(f32, a0 + a3);
  }
  return out;
}

/**
 * `row_sum` over `size` elements `x[base + i·stride]`, each element a vector of `lanes` consecutive values
 * (`lanes` = 1 for the scalar kernel). Returns one partial per lane (the first `lanes` entries of the scratch).
 */
function rowSum(x: Storage, base: number, stride: number, size: number, lanes: number, f32: boolean): Float64Array {
  const sizeIlp = Math.floor(size / ILP);
  // column (k, lane) of the 4 interleaved accumulators
  const parts = multiRowSum(x, base, stride * ILP, lanes, stride, ILP * lanes, sizeIlp, f32);
  for (let i = sizeIlp * ILP; i < size; i++) {
    for (let l = 0; l < lanes; l++) parts[l] = rnd(f32, parts[l] + x[base + i * stride + l]);
  }
  for (let k = 1; k < ILP; k++) for (let l = 0; l < lanes; l++) parts[l] = rnd(f32, parts[l] + parts[k * lanes + l]);
  return parts;
}

/** Sum of the contiguous row `x[base … base+n)` (`vectorized_inner_sum`, or the scalar kernel when n < a vector). */
export function innerSum(x: Storage, base: number, n: number, f32: boolean): number {
  const lanes = lanesOf(x);
  if (n < lanes) return rnd(f32, 0 + rowSum(x, base, 1, n, 1, f32)[0]);
  const vecSize = Math.floor(n / lanes);
  const partials = rowSum(x, base, lanes, vecSize, lanes, f32);
  let acc = 0;
  for (let k = vecSize * lanes; k < n; k++) acc = rnd(f32, acc + x[base + k]);
  for (let l = 0; l < lanes; l++) acc = rnd(f32, acc + partials[l]);
  return rnd(f32, 0 + acc);
}

/**
 * Column sums of the contiguous `rows × cols` block at `base` (`vectorized_outer_sum` / `scalar_outer_sum`):
 * writes `cols` sums into `out` at `outBase`.
 */
export function outerSum(x: Storage, base: number, rows: number, cols: number, out: Float64Array, outBase: number, f32: boolean): void {
  const lanes = lanesOf(x);
  let j = 0;
  const put = (c: number, v: number): void => { out[outBase + c] = rnd(f32, 0 + v); };
  if (cols >= lanes) {
    // blocks of 4 vectors: one sequential cascade per column
    for (; j + ILP * lanes <= cols; j += ILP * lanes) {
      const s = multiRowSum(x, base + j, cols, ILP * lanes, 0, ILP * lanes, rows, f32);
      for (let c = 0; c < ILP * lanes; c++) put(j + c, s[c]);
    }
    for (; j + lanes <= cols; j += lanes) {
      const s = rowSum(x, base + j, cols, rows, lanes, f32);
      for (let c = 0; c < lanes; c++) put(j + c, s[c]);
    }
  } else {
    for (; j + ILP - 1 < cols; j += ILP) {
      const s = multiRowSum(x, base + j, cols, ILP, 0, ILP, rows, f32);
      for (let c = 0; c < ILP; c++) put(j + c, s[c]);
    }
  }
  for (; j < cols; j++) put(j, rowSum(x, base + j, cols, rows, 1, f32)[0]);
}

/**
 * The reduced dims as one block of the contiguous input: `[outer, reduced, inner]` element counts, or null
 * when they are not adjacent (size-1 dims ignored, as TensorIterator coalesces them away).
 */
function blockOf(shape: readonly number[], dims: readonly number[] | null): [number, number, number] | null {
  const red = (i: number): boolean => dims === null || dims.includes(i);
  const live = shape.map((_, i) => i).filter((i) => shape[i] !== 1);
  const first = live.findIndex(red);
  const prod = (ix: number[]): number => ix.reduce((a, i) => a * shape[i], 1);
  if (first < 0) return [prod(live), 1, 1];
  let end = first;
  while (end < live.length && red(live[end])) end++;
  if (live.slice(end).some(red)) return null;
  return [prod(live.slice(0, first)), prod(live.slice(first, end)), prod(live.slice(end))];
}

/**
 * Sums the contiguous floating tensor `x` of `shape` over `dims` (null = all) as PyTorch's `sum` does,
 * into a Float64Array in row-major order of the kept dims. Reduced dims that are not one block (rare)
 * are summed in memory order, rounding as the dtype does.
 */
export function sumDims(x: Storage, shape: readonly number[], dims: readonly number[] | null): Float64Array {
  const f32 = x instanceof Float32Array;
  // a full reduction is one contiguous row (blockOf would say [1, numel, 1])
  if (dims === null) return sumAll(x, f32);
  const block = blockOf(shape, dims);
  const keptN = shape.reduce((a, s, i) => (dims === null || dims.includes(i) ? a : a * s), 1);
  const acc = new Float64Array(keptN);
  if (block !== null) {
    const [outer, len, inner] = block;
    for (let a = 0; a < outer; a++) {
      if (inner === 1) acc[a] = innerSum(x, a * len, len, f32);
      else outerSum(x, a * len * inner, len, inner, acc, a * inner, f32);
    }
    return acc;
  }
  const r = rounder(f32);
  const idx = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < x.length; i++) {
    let o = 0;
    for (let d = 0; d < shape.length; d++) if (!dims!.includes(d)) o = o * shape[d] + idx[d];
    acc[o] = r(acc[o] + x[i]);
    for (let d = shape.length - 1; d >= 0 && ++idx[d] === shape[d]; d--) idx[d] = 0;
  }
  return acc;
}

/** The sum of every element (`sumDims(x, shape, null)`), as a one-element array. */
function sumAll(x: Storage, f32: boolean): Float64Array {
  const acc = new Float64Array(1);
  acc[0] = innerSum(x, 0, x.length, f32);
  return acc;
}
