/**
 * Hand-written baselines that use the engine's own float32 WebAssembly matrix kernels (src/engine/ops/gemm-wasm.ts)
 * for their matrix products, and plain loops for everything else: no tensors, no autograd, analytic gradients.
 * The engine runs its float32 products in WebAssembly, so the fastest hand-written code has that kernel too;
 * run.ts measures W2 and W4 against the faster of this and the pure JavaScript loop (hand.ts). Storage is float32
 * like the engine's; element-wise work and the optimizer run in double on float32 arrays.
 */
import { gemmWasm } from '../../src/engine/ops/gemm-wasm';

/** c = a·bᵀ (nt), a·b (nn) or aᵀ·b (tn), shapes as in matmul.ts; the kernel must be there (no silent fallback). */
function gemm(kind: 'nn' | 'nt' | 'tn', a: Float32Array, b: Float32Array, m: number, k: number, n: number, c: Float32Array): void {
  if (!gemmWasm(kind, a, b, m, k, n, c, true)) throw new Error(`WebAssembly gemm unavailable for ${kind} ${m}×${k}×${n}`);
}

type Adam = { m: Float64Array; v: Float64Array; t: number };
const adamState = (n: number): Adam => ({ m: new Float64Array(n), v: new Float64Array(n), t: 0 });
function adamStep(p: Float32Array, g: Float32Array, s: Adam, lr: number): void {
  s.t++;
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  const bc1 = 1 - b1 ** s.t, bc2 = Math.sqrt(1 - b2 ** s.t), stepSize = lr / bc1;
  for (let i = 0; i < p.length; i++) {
    s.m[i] = b1 * s.m[i]! + (1 - b1) * g[i]!;
    s.v[i] = b2 * s.v[i]! + (1 - b2) * g[i]! * g[i]!;
    p[i] = p[i]! - (stepSize * s.m[i]!) / (Math.sqrt(s.v[i]!) / bc2 + eps);
  }
}

/** z (rows×n) += bias (n), then tanh in place. */
function biasTanh(z: Float32Array, bias: Float32Array, rows: number, n: number): void {
  for (let i = 0; i < rows; i++) for (let j = 0, o = i * n; j < n; j++) z[o + j] = Math.tanh(z[o + j]! + bias[j]!);
}

/** d = g·(1 − a²) element-wise, and the column sums of d into gb (n). */
function tanhBack(g: Float32Array, a: Float32Array, rows: number, n: number, gb: Float32Array): void {
  gb.fill(0);
  for (let i = 0; i < rows; i++) {
    for (let j = 0, o = i * n; j < n; j++) {
      const d = g[o + j]! * (1 - a[o + j]! * a[o + j]!);
      g[o + j] = d;
      gb[j] = gb[j]! + d;
    }
  }
}

/** MSE of `p + bias` against `y`: writes the gradient 2(p + bias − y)/n into `g`; returns [loss, Σ g]. */
function mse(p: Float32Array, bias: number, y: Float32Array, g: Float32Array): [number, number] {
  const n = y.length;
  let loss = 0, sum = 0;
  for (let i = 0; i < n; i++) {
    const r = p[i]! + bias - y[i]!;
    loss += r * r;
    g[i] = (2 * r) / n;
    sum += g[i]!;
  }
  return [loss / n, sum];
}

/** W2 (MLP 2→64→64→1 tanh, MSE, Adam) layer by layer; `params` = [W1, b1, W2, b2, W3, b3] (copied). */
export function w2(x: Float32Array, y: Float32Array, params: Float32Array[], steps: number): number {
  const n = y.length, H = 64;
  const P = params.map((p) => p.slice());
  const [W1, b1, W2, b2, W3, b3] = P as [Float32Array, Float32Array, Float32Array, Float32Array, Float32Array, Float32Array];
  const G = P.map((p) => new Float32Array(p.length));
  const [gW1, gb1, gW2, gb2, gW3] = G as [Float32Array, Float32Array, Float32Array, Float32Array, Float32Array];
  const S = P.map((p) => adamState(p.length));
  const a1 = new Float32Array(n * H), a2 = new Float32Array(n * H), out = new Float32Array(n), g = new Float32Array(n);
  const g2 = new Float32Array(n * H), g1 = new Float32Array(n * H);
  let loss = 0;
  for (let s = 0; s < steps; s++) {
    gemm('nt', x, W1, n, 2, H, a1);
    biasTanh(a1, b1, n, H);
    gemm('nt', a1, W2, n, H, H, a2);
    biasTanh(a2, b2, n, H);
    gemm('nt', a2, W3, n, H, 1, out);
    let gb3: number;
    [loss, gb3] = mse(out, b3[0]!, y, g);
    G[5]![0] = gb3;
    gemm('tn', g, a2, 1, n, H, gW3);
    gemm('nn', g, W3, n, 1, H, g2);
    tanhBack(g2, a2, n, H, gb2);
    gemm('tn', g2, a1, H, n, H, gW2);
    gemm('nn', g2, W2, n, H, H, g1);
    tanhBack(g1, a1, n, H, gb1);
    gemm('tn', g1, x, H, n, 2, gW1);
    for (let k = 0; k < 6; k++) adamStep(P[k]!, G[k]!, S[k]!, 1e-3);
  }
  return loss;
}

/** W4 (linear regression X n×d, SGD lr 0.1, MSE): X·w and Xᵀ·g in the kernel, the rest in loops. */
export function w4(X: Float32Array, y: Float32Array, n: number, d: number, steps: number): number {
  const w = new Float32Array(d), gw = new Float32Array(d), p = new Float32Array(n), g = new Float32Array(n);
  let b = 0, loss = 0;
  for (let s = 0; s < steps; s++) {
    gemm('nt', X, w, n, d, 1, p);
    let gb: number;
    [loss, gb] = mse(p, b, y, g);
    gemm('tn', g, X, 1, n, d, gw);
    for (let j = 0; j < d; j++) w[j] = w[j]! - 0.1 * gw[j]!;
    b -= 0.1 * gb;
  }
  return loss;
}

/** W1 (Linear 10→1 on x 100×10, MSE, Adam lr 1e-3) with x·wᵀ and xᵀ·g in the kernel. */
export function w1(x: Float32Array, y: Float32Array, w0: Float32Array, b0: number, steps: number): number {
  const n = 100, d = 10;
  const w = w0.slice(), b = new Float32Array([b0]);
  const sw = adamState(d), sb = adamState(1);
  const p = new Float32Array(n), g = new Float32Array(n), gw = new Float32Array(d), gb = new Float32Array(1);
  let loss = 0;
  for (let s = 0; s < steps; s++) {
    gemm('nt', x, w, n, d, 1, p);
    [loss, gb[0]] = mse(p, b[0]!, y, g);
    gemm('tn', g, x, 1, n, d, gw);
    adamStep(w, gw, sw, 1e-3);
    adamStep(b, gb, sb, 1e-3);
  }
  return loss;
}
