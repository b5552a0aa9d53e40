/**
 * Matrix products: mm, matmul (1-D/2-D/batched like torch.matmul), dot, and the fused linear layer
 * (x·Wᵀ + b, AddmmBackward0). Kernels never transpose by copying:
 *   nn: C = A·B   (i-k-j loop over a Float64Array row)     nt: C = A·Bᵀ (row-by-row dot products)
 *   tn: C = Aᵀ·B (rank-1 updates)
 * float64 accumulates in double. float32 accumulates as the reference BLAS that Debian's PyTorch 2.x calls
 * (BLAS_INFO=generic): each product rounded to float32, added to a float32 sum in k order (measured: every
 * [1×K]·[K×1] product for K = 5…1000 equals that, bit for bit). An optimised BLAS (MKL, OpenBLAS) may
 * sum in another order, so float32 products can differ from a given PyTorch install in the last bit.
 * float32 products run in WebAssembly (ops/gemm-wasm.ts: the same serial sums in f32 arithmetic, several outputs
 * at a time, tested bit for bit against these loops in gemm-wasm.test.ts); the loops below are the fallback for
 * the smallest products and where WebAssembly does not load.
 */
import { attach, needsGrad } from '../autograd/function';
import { promote } from '../dtype';
import { RuntimeError } from '../errors';
import { Tensor, type DType, type Storage } from '../tensor';
import { sumToShape } from './broadcast';
import { gemmWasm } from './gemm-wasm';
import { alloc } from './util';

/** float32 in WebAssembly when it loads and the product repays the copies (ops/gemm-wasm.ts). */
const inWasm = (kind: 'nn' | 'nt' | 'tn', a: Storage, b: Storage, m: number, k: number, n: number, c: Storage): boolean =>
  c instanceof Float32Array && a instanceof Float32Array && b instanceof Float32Array && gemmWasm(kind, a, b, m, k, n, c);

/** C (m×n) = A (m×k) · B (k×n). */
export function kernelNN(a: Storage, b: Storage, m: number, k: number, n: number, dtype: DType): Storage {
  const c = alloc(dtype, m * n);
  if (inWasm('nn', a, b, m, k, n, c)) return c;
  const row = new Float64Array(n);
  const f32 = dtype === 'float32';
  for (let i = 0; i < m; i++) {
    row.fill(0);
    const ai = i * k;
    for (let p = 0; p < k; p++) {
      const av = a[ai + p];
      if (av === 0) continue;
      const bp = p * n;
      if (f32) for (let j = 0; j < n; j++) row[j] = Math.fround(row[j] + Math.fround(av * b[bp + j]));
      else for (let j = 0; j < n; j++) row[j] += av * b[bp + j];
    }
    c.set(row, i * n);
  }
  return c;
}

/** C (m×n) = A (m×k) · Bᵀ where B is (n×k). */
export function kernelNT(a: Storage, b: Storage, m: number, k: number, n: number, dtype: DType): Storage {
  const c = alloc(dtype, m * n);
  if (inWasm('nt', a, b, m, k, n, c)) return c;
  const f32 = dtype === 'float32';
  for (let i = 0; i < m; i++) {
    const ai = i * k;
    for (let j = 0; j < n; j++) {
      const bj = j * k;
      let s = 0;
      let p = 0;
      if (f32) {
        for (; p < k; p++) s = Math.fround(s + Math.fround(a[ai + p] * b[bj + p]));
        c[i * n + j] = s;
        continue;
      }
      for (; p + 3 < k; p += 4) {
        s += a[ai + p] * b[bj + p] + a[ai + p + 1] * b[bj + p + 1] + a[ai + p + 2] * b[bj + p + 2] + a[ai + p + 3] * b[bj + p + 3];
      }
      for (; p < k; p++) s += a[ai + p] * b[bj + p];
      c[i * n + j] = s;
    }
  }
  return c;
}

/** C (m×n) = Aᵀ · B where A is (k×m) and B is (k×n). */
export function kernelTN(a: Storage, b: Storage, m: number, k: number, n: number, dtype: DType): Storage {
  const c = alloc(dtype, m * n);
  if (inWasm('tn', a, b, m, k, n, c)) return c;
  const acc = new Float64Array(m * n);
  const f32 = dtype === 'float32';
  for (let p = 0; p < k; p++) {
    const ap = p * m;
    const bp = p * n;
    for (let i = 0; i < m; i++) {
      const av = a[ap + i];
      if (av === 0) continue;
      const ci = i * n;
      if (f32) for (let j = 0; j < n; j++) acc[ci + j] = Math.fround(acc[ci + j] + Math.fround(av * b[bp + j]));
      else for (let j = 0; j < n; j++) acc[ci + j] += av * b[bp + j];
    }
  }
  c.set(acc);
  return c;
}

function check2d(a: Tensor, b: Tensor): void {
  if (a.shape.length !== 2) throw new RuntimeError(`self must be a matrix`);
  if (b.shape.length !== 2) throw new RuntimeError(`mat2 must be a matrix`);
  if (a.shape[1] !== b.shape[0]) throw mmError(a.shape[0], a.shape[1], b.shape[0], b.shape[1]);
}

function castPair(a: Tensor, b: Tensor, fn: string): [Storage, Storage, DType] {
  if (a.dtype !== b.dtype) {
    throw new RuntimeError(`expected m1 and m2 to have the same dtype, but got: ${pyName(a.dtype)} != ${pyName(b.dtype)}` + (fn ? '' : ''));
  }
  return [a.data, b.data, promote(a.dtype, b.dtype)];
}

const pyName = (d: DType): string => ({ float32: 'float', float64: 'double', int64: 'long int', bool: 'bool' })[d];

/** `torch.mm(a, b)` for 2-D tensors. */
export function mm(a: Tensor, b: Tensor): Tensor {
  check2d(a, b);
  const [x, y, dtype] = castPair(a, b, 'mm');
  const [m, k] = a.shape;
  const n = b.shape[1];
  const out = Tensor._make(kernelNN(x, y, m, k, n, dtype), [m, n], dtype);
  if (!needsGrad(a, b)) return out;
  return attach(out, 'MmBackward0', [a, b], (g) => [
    a.requires_grad ? Tensor._make(kernelNT(g.data, b.data, m, n, k, g.dtype), [m, k], g.dtype) : null,
    b.requires_grad ? Tensor._make(kernelTN(a.data, g.data, k, m, n, g.dtype), [k, n], g.dtype) : null,
  ]);
}

/** `torch.dot(a, b)` for 1-D tensors. */
export function dot(a: Tensor, b: Tensor): Tensor {
  if (a.shape.length !== 1 || b.shape.length !== 1) {
    throw new RuntimeError(`1D tensors expected, but got ${a.shape.length}D and ${b.shape.length}D tensors`);
  }
  if (a.shape[0] !== b.shape[0]) {
    throw new RuntimeError(
      `inconsistent tensor size, expected tensor [${a.shape[0]}] and src [${b.shape[0]}] to have the same number of elements, but got ${a.shape[0]} and ${b.shape[0]} elements respectively`,
    );
  }
  const [x, y, dtype] = castPair(a, b, 'dot');
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * y[i];
  const d = alloc(dtype, 1);
  d[0] = s;
  const out = Tensor._make(d, [], dtype);
  if (!needsGrad(a, b)) return out;
  return attach(out, 'DotBackward0', [a, b], (g) => [a.requires_grad ? b.mul(g) : null, b.requires_grad ? a.mul(g) : null]);
}

/** `torch.matmul(a, b)` / `a @ b`. */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (!(b instanceof Tensor)) throw new TypeError(`matmul(): argument 'other' must be Tensor, not ${typeof b}`);
  const da = a.shape.length;
  const db = b.shape.length;
  if (da === 0 || db === 0) {
    throw new RuntimeError(`both arguments to matmul need to be at least 1D, but they are ${da}D and ${db}D`);
  }
  if (da === 1 && db === 1) return dot(a, b);
  if (da === 2 && db === 2) return mm(a, b);
  if (da === 2 && db === 1) {
    if (a.shape[1] !== b.shape[0]) throw new RuntimeError(`size mismatch, got input (${a.shape[0]}), mat (${a.shape[0]}x${a.shape[1]}), vec (${b.shape[0]})`);
    return mm(a, b.unsqueeze(1)).squeeze(1);
  }
  if (da === 1 && db === 2) {
    if (a.shape[0] !== b.shape[0]) throw mmError(1, a.shape[0], b.shape[0], b.shape[1]);
    return mm(a.unsqueeze(0), b).squeeze(0);
  }
  // (…, m, k) @ (k, n): fold the batch into the rows
  if (db > 2) throw new RuntimeError(`matmul with a ${db}-D right operand (batched matmul) is not supported by this engine`);
  const k = a.shape[da - 1];
  const b2 = db === 1 ? b.unsqueeze(1) : b;
  if (k !== b2.shape[0]) throw mmError(a.data.length / k, k, b2.shape[0], b2.shape[1]);
  const r = mm(a.reshape(-1, k), b2);
  return r.reshape([...a.shape.slice(0, -1), ...(db === 1 ? [] : [b2.shape[1]])]);
}

const mmError = (m: number, k: number, k2: number, n: number): RuntimeError =>
  new RuntimeError(`mat1 and mat2 shapes cannot be multiplied (${m}x${k} and ${k2}x${n})`);

/** `F.linear(x, weight, bias)`: x·Wᵀ + b with weight (out, in); AddmmBackward0 for 2-D input with bias. */
export function linear(x: Tensor, w: Tensor, b?: Tensor | null): Tensor {
  if (x.shape.length !== 2) {
    const inF = w.shape[1];
    const last = x.shape[x.shape.length - 1] ?? 1;
    if (last !== inF) throw mmError(x.data.length / (last || 1), last, w.shape[1], w.shape[0]);
    const r = linear(x.reshape(-1, inF), w, b);
    return r.reshape([...x.shape.slice(0, -1), w.shape[0]]);
  }
  const [m, k] = x.shape;
  const n = w.shape[0];
  if (w.shape[1] !== k) throw mmError(m, k, w.shape[1], w.shape[0]);
  const [xd, wd, dtype] = castPair(x, w, 'linear');
  const c = kernelNT(xd, wd, m, k, n, dtype);
  if (b) {
    if (b.data.length !== n && b.data.length !== 1) throw new RuntimeError(`The size of tensor a (${n}) must match the size of tensor b (${b.data.length}) at non-singleton dimension 1`);
    const bd = b.data;
    if (bd.length === 1) for (let i = 0; i < c.length; i++) c[i] += bd[0];
    else for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) c[i * n + j] += bd[j];
  }
  const out = Tensor._make(c, [m, n], dtype);
  if (!needsGrad(x, w) && !(b && needsGrad(b))) return out;
  const inputs = b ? [x, w, b] : [x, w];
  return attach(out, b ? 'AddmmBackward0' : 'MmBackward0', inputs, (g) => [
    x.requires_grad ? Tensor._make(kernelNN(g.data, w.data, m, n, k, g.dtype), [m, k], g.dtype) : null,
    w.requires_grad ? Tensor._make(kernelTN(g.data, x.data, n, m, k, g.dtype), [n, k], g.dtype) : null,
    b && b.requires_grad ? sumToShape(g, b.shape) : null,
  ]);
}
