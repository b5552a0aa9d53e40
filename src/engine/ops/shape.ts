/**
 * Shape ops. Storage is always contiguous, so reshape/view/unsqueeze/squeeze/flatten share the input's storage
 * (like PyTorch views), while t/transpose/permute/select/slice/index_select/cat/stack copy.
 */
import { attach, needsGrad } from '../autograd/function';
import { IndexError, RuntimeError } from '../errors';
import { Tensor } from '../tensor';
import { expandTo, sumToShape } from './broadcast';
import { alloc, normDim, numelOf } from './util';

export const dimIndex = (d: number, nd: number): number => normDim(d, nd);

const strides = (shape: readonly number[]): number[] => {
  const st = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    st[i] = s;
    s *= shape[i];
  }
  return st;
};

/** Shares storage with a new shape (ViewBackward0 etc.). */
function alias(t: Tensor, shape: number[], name: string): Tensor {
  const out = Tensor._make(t.data, shape, t.dtype);
  if (t._view !== null) out._view = t._view; // same storage, so the same write-back
  if (!needsGrad(t)) return out;
  const inShape = t.shape.slice();
  return attach(out, name, [t], (g) => [Tensor._make(g.data, inShape, g.dtype)], false);
}

export function reshape(t: Tensor, shape: number[], fn: string): Tensor {
  const n = t.data.length;
  const infer = shape.indexOf(-1);
  if (shape.some((s, i) => !Number.isInteger(s) || s < -1 || (s === -1 && i !== infer))) {
    if (shape.filter((s) => s === -1).length > 1) throw new RuntimeError('only one dimension can be inferred');
    throw new RuntimeError(`invalid shape dimension ${shape.find((s) => !Number.isInteger(s) || s < -1)}`);
  }
  const known = shape.reduce((a, s) => (s === -1 ? a : a * s), 1);
  const out = shape.slice();
  if (infer >= 0) {
    if (known === 0 || n % known !== 0) throw new RuntimeError(`shape '[${shape.join(', ')}]' is invalid for input of size ${n}`);
    out[infer] = n / known;
  } else if (known !== n) {
    throw new RuntimeError(`shape '[${shape.join(', ')}]' is invalid for input of size ${n}`);
  }
  return alias(t, out, fn === 'view' ? 'ViewBackward0' : 'ViewBackward0');
}

export function unsqueeze(t: Tensor, dim: number): Tensor {
  const d = normDim(dim, t.shape.length + 1);
  const shape = t.shape.slice();
  shape.splice(d, 0, 1);
  return alias(t, shape, 'UnsqueezeBackward0');
}

export function squeeze(t: Tensor, dim?: number): Tensor {
  if (dim === undefined || dim === null) return alias(t, t.shape.filter((s) => s !== 1), 'SqueezeBackward0');
  const d = normDim(dim, t.shape.length);
  if (t.shape.length === 0 || t.shape[d] !== 1) return alias(t, t.shape.slice(), 'SqueezeBackward1');
  const shape = t.shape.slice();
  shape.splice(d, 1);
  return alias(t, shape, 'SqueezeBackward1');
}

export function flatten(t: Tensor, start = 0, end = -1): Tensor {
  if (t.shape.length === 0) return alias(t, [1], 'ViewBackward0');
  const s = normDim(start, t.shape.length);
  const e = normDim(end, t.shape.length);
  if (s > e) throw new RuntimeError('flatten() has invalid args: start_dim cannot come after end_dim');
  const shape = [...t.shape.slice(0, s), numelOf(t.shape.slice(s, e + 1)), ...t.shape.slice(e + 1)];
  return alias(t, shape, 'ViewBackward0');
}

export function expand(t: Tensor, shape: number[]): Tensor {
  const full = shape.map((s, i) => (s === -1 ? t.shape[i - (shape.length - t.shape.length)] : s));
  for (let i = 0; i < t.shape.length; i++) {
    const o = full[i + full.length - t.shape.length];
    if (t.shape[i] !== 1 && t.shape[i] !== o) {
      throw new RuntimeError(
        `The expanded size of the tensor (${o}) must match the existing size (${t.shape[i]}) at non-singleton dimension ${i + full.length - t.shape.length}.  Target sizes: [${shape.join(', ')}].  Tensor sizes: [${t.shape.join(', ')}]`,
      );
    }
  }
  const out = expandTo(t, full);
  if (out === t) return alias(t, t.shape.slice(), 'ExpandBackward0');
  if (!needsGrad(t)) return out;
  return attach(Tensor._make(out.data, out.shape, out.dtype), 'ExpandBackward0', [t], (g) => [sumToShape(g, t.shape)], false);
}

/** General permutation copy: out[idx] = t[perm-mapped idx]. */
export function permute(t: Tensor, dims: number[]): Tensor {
  const nd = t.shape.length;
  if (dims.length !== nd) {
    throw new RuntimeError(`permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = ${nd} is not equal to len(dims) = ${dims.length}`);
  }
  const perm = dims.map((d) => normDim(d, nd));
  if (new Set(perm).size !== nd) throw new RuntimeError('permute(): duplicate dims are not allowed.');
  const out = permuteCopy(t, perm);
  out._view = { src: null, dim: 0, idx: [], op: 'permute' };
  if (!needsGrad(t)) return out;
  const inv = new Array<number>(nd);
  perm.forEach((p, i) => (inv[p] = i));
  return attach(out, 'PermuteBackward0', [t], (g) => [permuteCopy(g, inv)], false);
}

function permuteCopy(t: Tensor, perm: number[]): Tensor {
  const nd = t.shape.length;
  const shape = perm.map((p) => t.shape[p]);
  const st = strides(t.shape);
  const pst = perm.map((p) => st[p]);
  const n = t.data.length;
  const out = alloc(t.dtype, n);
  const src = t.data;
  if (nd === 2 && perm[0] === 1) {
    const [r, c] = t.shape;
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = src[i * c + j];
  } else if (n > 0) {
    const cnt = new Array<number>(nd).fill(0);
    let pos = 0;
    for (let i = 0; i < n; i++) {
      out[i] = src[pos];
      for (let d = nd - 1; d >= 0; d--) {
        cnt[d]++;
        pos += pst[d];
        if (cnt[d] < shape[d]) break;
        pos -= pst[d] * shape[d];
        cnt[d] = 0;
      }
    }
  }
  return Tensor._make(out, shape, t.dtype);
}

export function transpose(t: Tensor, d0: number, d1: number): Tensor {
  const nd = t.shape.length;
  if (nd === 0) return alias(t, [], 'TransposeBackward0');
  const a = normDim(d0, nd);
  const b = normDim(d1, nd);
  const perm = t.shape.map((_, i) => i);
  perm[a] = b;
  perm[b] = a;
  const out = permuteCopy(t, perm);
  out._view = { src: null, dim: 0, idx: [], op: 'transpose' };
  if (!needsGrad(t)) return out;
  return attach(out, 'TransposeBackward0', [t], (g) => [permuteCopy(g, perm)], false);
}

export function t(x: Tensor): Tensor {
  if (x.shape.length > 2) throw new RuntimeError(`t() expects a tensor with <= 2 dimensions, but self is ${x.shape.length}D`);
  if (x.shape.length < 2) return alias(x, x.shape.slice(), 'TBackward0');
  const out = permuteCopy(x, [1, 0]);
  out._view = { src: null, dim: 0, idx: [], op: 't' };
  if (!needsGrad(x)) return out;
  return attach(out, 'TBackward0', [x], (g) => [permuteCopy(g, [1, 0])], false);
}

/** Copies the sub-tensor at positions `idx` along `dim` (shared by select / slice / index_select). */
function gather(x: Tensor, dim: number, idx: number[], keepDim: boolean): Tensor {
  const outer = numelOf(x.shape.slice(0, dim));
  const len = x.shape[dim];
  const inner = numelOf(x.shape.slice(dim + 1));
  const out = alloc(x.dtype, outer * idx.length * inner);
  const src = x.data;
  let w = 0;
  for (let o = 0; o < outer; o++) {
    for (const i of idx) {
      const base = (o * len + i) * inner;
      for (let k = 0; k < inner; k++) out[w++] = src[base + k];
    }
  }
  const shape = x.shape.slice();
  if (keepDim) shape[dim] = idx.length;
  else shape.splice(dim, 1);
  return Tensor._make(out, shape, x.dtype);
}

/** Writes a select/slice copy's values back into its source (and on up the chain): in-place ops call this. */
export function writeBack(t: Tensor): void {
  const v = t._view;
  if (v === null || v.src === null) return;
  const src = v.src;
  const outer = numelOf(src.shape.slice(0, v.dim));
  const len = src.shape[v.dim];
  const inner = numelOf(src.shape.slice(v.dim + 1));
  let r = 0;
  for (let o = 0; o < outer; o++) {
    for (const i of v.idx) {
      const base = (o * len + i) * inner;
      for (let k = 0; k < inner; k++) src.data[base + k] = t.data[r++];
    }
  }
  writeBack(src);
}

/** Gradient of gather: scatter-add g back into zeros of the input shape. */
function scatterBack(g: Tensor, inShape: number[], dim: number, idx: number[]): Tensor {
  const outer = numelOf(inShape.slice(0, dim));
  const len = inShape[dim];
  const inner = numelOf(inShape.slice(dim + 1));
  const r = alloc(g.dtype, numelOf(inShape));
  let w = 0;
  for (let o = 0; o < outer; o++) {
    for (const i of idx) {
      const base = (o * len + i) * inner;
      for (let k = 0; k < inner; k++) r[base + k] += g.data[w++];
    }
  }
  return Tensor._make(r, inShape.slice(), g.dtype);
}

export function select(x: Tensor, dim: number, index: number): Tensor {
  if (x.shape.length === 0) throw new IndexError('invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number');
  const d = normDim(dim, x.shape.length);
  const size = x.shape[d];
  if (!Number.isInteger(index) || index < -size || index >= size) {
    throw new IndexError(`index ${index} is out of bounds for dimension ${d} with size ${size}`);
  }
  const i = index < 0 ? index + size : index;
  const out = gather(x, d, [i], false);
  out._view = { src: x, dim: d, idx: [i], op: 'select' };
  if (!needsGrad(x)) return out;
  return attach(out, 'SelectBackward0', [x], (g) => [scatterBack(g, x.shape, d, [i])], false);
}

export function slice(x: Tensor, dim: number, start?: number | null, end?: number | null, step = 1): Tensor {
  const d = normDim(dim, x.shape.length);
  const size = x.shape[d];
  if (!(step > 0)) throw new RuntimeError('slice step must be positive');
  const clampIdx = (v: number | null | undefined, dflt: number): number => {
    if (v === undefined || v === null) return dflt;
    const r = v < 0 ? v + size : v;
    return Math.min(Math.max(r, 0), size);
  };
  const s = clampIdx(start, 0);
  const e = clampIdx(end, size);
  const idx: number[] = [];
  for (let i = s; i < e; i += step) idx.push(i);
  const out = gather(x, d, idx, true);
  out._view = { src: x, dim: d, idx, op: 'slice' };
  if (!needsGrad(x)) return out;
  return attach(out, 'SliceBackward0', [x], (g) => [scatterBack(g, x.shape, d, idx)], false);
}

export function indexSelect(x: Tensor, dim: number, indices: Tensor | number[]): Tensor {
  const d = normDim(dim, x.shape.length);
  const raw = indices instanceof Tensor ? Array.from(indices.data) : indices;
  if (indices instanceof Tensor && indices.dtype !== 'int64' && indices.dtype !== 'bool') {
    throw new IndexError('tensors used as indices must be long, int, byte or bool tensors');
  }
  let idx = raw;
  if (indices instanceof Tensor && indices.dtype === 'bool') idx = raw.flatMap((v, i) => (v ? [i] : []));
  const size = x.shape[d];
  idx = idx.map((i) => {
    if (!Number.isInteger(i) || i < -size || i >= size) throw new IndexError(`index ${i} is out of bounds for dimension ${d} with size ${size}`);
    return i < 0 ? i + size : i;
  });
  const out = gather(x, d, idx, true);
  if (!needsGrad(x)) return out;
  return attach(out, 'IndexBackward0', [x], (g) => [scatterBack(g, x.shape, d, idx)], false);
}

/** `torch.cat(tensors, dim=0)`. */
export function cat(ts: Tensor[], dim = 0): Tensor {
  if (!Array.isArray(ts) || ts.length === 0) throw new RuntimeError('torch.cat(): expected a non-empty list of Tensors');
  const nd = ts[0].shape.length;
  if (nd === 0) throw new RuntimeError('zero-dimensional tensor (at position 0) cannot be concatenated');
  const d = normDim(dim, nd);
  ts.forEach((t, k) => {
    if (t.shape.length !== nd) {
      throw new RuntimeError(`Tensors must have same number of dimensions: got ${nd} and ${t.shape.length}`);
    }
    t.shape.forEach((s, i) => {
      if (i !== d && s !== ts[0].shape[i]) {
        throw new RuntimeError(`Sizes of tensors must match except in dimension ${d}. Expected size ${ts[0].shape[i]} but got size ${s} for tensor number ${k} in the list.`);
      }
    });
  });
  const dtype = ts.reduce((a, t) => (a === 'float64' || t.dtype === 'float64' ? 'float64' : a === 'float32' || t.dtype === 'float32' ? 'float32' : a), ts[0].dtype);
  const outer = numelOf(ts[0].shape.slice(0, d));
  const inner = numelOf(ts[0].shape.slice(d + 1));
  const total = ts.reduce((a, t) => a + t.shape[d], 0);
  const out = alloc(dtype, outer * total * inner);
  let off = 0;
  for (const t of ts) {
    const chunk = t.shape[d] * inner;
    for (let o = 0; o < outer; o++) out.set(t.data.subarray(o * chunk, (o + 1) * chunk), o * total * inner + off);
    off += chunk;
  }
  const shape = ts[0].shape.slice();
  shape[d] = total;
  const res = Tensor._make(out, shape, dtype);
  if (!ts.some((t) => needsGrad(t))) return res;
  return attach(res, 'CatBackward0', ts, (g) => {
    let start = 0;
    return ts.map((t) => {
      const s = start;
      start += t.shape[d];
      return t.requires_grad ? slice(g, d, s, s + t.shape[d]) : null;
    });
  }, false);
}

/** `torch.stack(tensors, dim=0)`. */
export function stack(ts: Tensor[], dim = 0): Tensor {
  if (!Array.isArray(ts) || ts.length === 0) throw new RuntimeError('stack expects a non-empty TensorList');
  ts.forEach((t, k) => {
    if (t.shape.join() !== ts[0].shape.join()) {
      throw new RuntimeError(`stack expects each tensor to be equal size, but got [${ts[0].shape.join(', ')}] at entry 0 and [${t.shape.join(', ')}] at entry ${k}`);
    }
  });
  const d = normDim(dim, ts[0].shape.length + 1);
  const r = cat(ts.map((t) => unsqueeze(t, d)), d);
  if (r.grad_fn) (r.grad_fn as { name: string }).name = 'StackBackward0';
  return r;
}
