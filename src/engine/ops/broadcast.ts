/**
 * Broadcasting: the output shape of two shapes, the input index of every output element, and the reverse
 * (summing a gradient back to an input's shape). Index maps are Int32Arrays computed with an odometer,
 * so the hot loops of elementwise ops stay closure-free.
 */
import { innerSum, sumDims } from './cascade-sum';
import { RuntimeError } from '../errors';
import { Tensor } from '../tensor';
import { alloc, numelOf, sameShape } from './util';

export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new RuntimeError(
        `The size of tensor a (${da}) must match the size of tensor b (${db}) at non-singleton dimension ${i}`,
      );
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/** For each element of `outShape` (row-major), the flat index into a tensor of shape `inShape`. */
export function broadcastIndex(inShape: readonly number[], outShape: readonly number[]): Int32Array {
  const nd = outShape.length;
  const n = numelOf(outShape);
  const idx = new Int32Array(n);
  if (n === 0) return idx;
  const st = new Array<number>(nd).fill(0);
  let s = 1;
  for (let d = inShape.length - 1; d >= 0; d--) {
    const od = d + nd - inShape.length;
    st[od] = inShape[d] === 1 ? 0 : s;
    s *= inShape[d];
  }
  const cnt = new Array<number>(nd).fill(0);
  const last = nd - 1;
  if (nd === 0) return idx;
  const lastSize = outShape[last];
  const lastStride = st[last];
  let pos = 0;
  let i = 0;
  while (i < n) {
    // innermost dimension as a tight loop
    for (let k = 0; k < lastSize; k++) idx[i++] = pos + k * lastStride;
    // carry into the outer dimensions
    let d = last - 1;
    for (; d >= 0; d--) {
      cnt[d]++;
      pos += st[d];
      if (cnt[d] < outShape[d]) break;
      pos -= st[d] * outShape[d];
      cnt[d] = 0;
    }
    if (d < 0) break;
  }
  return idx;
}

/** Sums `g` (shape `g.shape`) down to `shape` (the inverse of broadcasting), accumulating in double. */
export function sumToShape(g: Tensor, shape: readonly number[]): Tensor {
  if (sameShape(g.shape, shape)) return g;
  const n = numelOf(shape);
  if (n === 1) {
    // summed to one element (a bias, a 0-d tensor): the whole gradient is one contiguous row
    const one = alloc(g.dtype, 1);
    one[0] = innerSum(g.data, 0, g.data.length, g.data instanceof Float32Array);
    return Tensor._make(one, shape.slice(), g.dtype);
  }
  // the dims `shape` broadcasts over (leading ones, and size-1 dims of `shape`), summed as ATen's sum_to
  const lead = g.shape.length - shape.length;
  const dims = g.shape.map((_, i) => i).filter((i) => i < lead || (shape[i - lead] === 1 && g.shape[i] !== 1));
  const acc = sumDims(g.data, g.shape, dims);
  const out = alloc(g.dtype, n);
  out.set(acc);
  return Tensor._make(out, shape.slice(), g.dtype);
}

/** Materialises `t` broadcast to `shape` (torch.expand + contiguous). */
export function expandTo(t: Tensor, shape: readonly number[]): Tensor {
  if (sameShape(t.shape, shape)) return t;
  broadcastShapes(t.shape, shape);
  const n = numelOf(shape);
  const out = alloc(t.dtype, n);
  const src = t.data;
  if (src.length === 1) out.fill(src[0]);
  else {
    const idx = broadcastIndex(t.shape, shape);
    for (let i = 0; i < n; i++) out[i] = src[idx[i]];
  }
  return Tensor._make(out, shape.slice(), t.dtype);
}
