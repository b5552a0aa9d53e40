/**
 * Hand-written reference workloads: Float64Array loops with analytic gradients (no engine), used by run.ts
 * as the speed baseline. Each mirrors one engine workload exactly (same data, same optimizer maths).
 */

export type Adam = { m: Float64Array; v: Float64Array; t: number };
export const adamState = (n: number): Adam => ({ m: new Float64Array(n), v: new Float64Array(n), t: 0 });

/** PyTorch's Adam for one parameter array (lr, betas 0.9/0.999, eps 1e-8). */
export function adamStep(p: Float64Array, g: Float64Array, s: Adam, lr: number, wdDecoupled = 0): void {
  s.t++;
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  const bc1 = 1 - b1 ** s.t, bc2 = Math.sqrt(1 - b2 ** s.t);
  const stepSize = lr / bc1;
  if (wdDecoupled) for (let i = 0; i < p.length; i++) p[i] *= 1 - lr * wdDecoupled;
  for (let i = 0; i < p.length; i++) {
    s.m[i] = b1 * s.m[i] + (1 - b1) * g[i];
    s.v[i] = b2 * s.v[i] + (1 - b2) * g[i] * g[i];
    p[i] -= (stepSize * s.m[i]) / (Math.sqrt(s.v[i]) / bc2 + eps);
  }
}

/** W1: Linear(10→1) on x (100×10), y (100), MSE, Adam. */
export function w1(x: Float64Array, y: Float64Array, w0: Float64Array, b0: number, steps: number): number {
  const n = 100, d = 10;
  const w = w0.slice(), b = new Float64Array([b0]);
  const sw = adamState(d), sb = adamState(1);
  const gw = new Float64Array(d), gb = new Float64Array(1), r = new Float64Array(n);
  let loss = 0;
  for (let s = 0; s < steps; s++) {
    loss = 0;
    for (let i = 0; i < n; i++) {
      let p = b[0];
      for (let j = 0; j < d; j++) p += x[i * d + j] * w[j];
      r[i] = p - y[i];
      loss += r[i] * r[i];
    }
    loss /= n;
    gw.fill(0);
    gb[0] = 0;
    for (let i = 0; i < n; i++) {
      const gi = (2 * r[i]) / n;
      for (let j = 0; j < d; j++) gw[j] += gi * x[i * d + j];
      gb[0] += gi;
    }
    adamStep(w, gw, sw, 1e-3);
    adamStep(b, gb, sb, 1e-3);
  }
  return loss;
}

/** Dense layer forward: out (n×o) = in (n×k) · Wᵀ + b, W (o×k). */
function dense(inp: Float64Array, W: Float64Array, b: Float64Array, n: number, k: number, o: number, out: Float64Array): void {
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < o; j++) {
      let s = b[j];
      for (let p = 0; p < k; p++) s += inp[i * k + p] * W[j * k + p];
      out[i * o + j] = s;
    }
  }
}

/** Dense layer backward: gW += gOutᵀ·in, gb += Σ gOut, gIn = gOut·W. */
function denseBack(inp: Float64Array, W: Float64Array, gOut: Float64Array, n: number, k: number, o: number, gW: Float64Array, gb: Float64Array, gIn: Float64Array | null): void {
  gW.fill(0);
  gb.fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < o; j++) {
      const g = gOut[i * o + j];
      gb[j] += g;
      for (let p = 0; p < k; p++) gW[j * k + p] += g * inp[i * k + p];
    }
  }
  if (gIn) {
    gIn.fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < o; j++) {
      const g = gOut[i * o + j];
      for (let p = 0; p < k; p++) gIn[i * k + p] += g * W[j * k + p];
    }
  }
}

/** W2: MLP 2→64→64→1 with tanh, MSE, Adam. `params` = [W1, b1, W2, b2, W3, b3] (copied). */
export function w2(x: Float64Array, y: Float64Array, params: Float64Array[], steps: number): number {
  const n = y.length, H = 64;
  const P = params.map((p) => p.slice());
  const [W1, b1, W2, b2, W3, b3] = P;
  const S = P.map((p) => adamState(p.length));
  const G = P.map((p) => new Float64Array(p.length));
  const z1 = new Float64Array(n * H), a1 = new Float64Array(n * H), z2 = new Float64Array(n * H), a2 = new Float64Array(n * H);
  const out = new Float64Array(n), g3 = new Float64Array(n), ga2 = new Float64Array(n * H), ga1 = new Float64Array(n * H);
  let loss = 0;
  for (let s = 0; s < steps; s++) {
    dense(x, W1, b1, n, 2, H, z1);
    for (let i = 0; i < z1.length; i++) a1[i] = Math.tanh(z1[i]);
    dense(a1, W2, b2, n, H, H, z2);
    for (let i = 0; i < z2.length; i++) a2[i] = Math.tanh(z2[i]);
    dense(a2, W3, b3, n, H, 1, out);
    loss = 0;
    for (let i = 0; i < n; i++) {
      const r = out[i] - y[i];
      loss += r * r;
      g3[i] = (2 * r) / n;
    }
    loss /= n;
    denseBack(a2, W3, g3, n, H, 1, G[4], G[5], ga2);
    for (let i = 0; i < ga2.length; i++) ga2[i] *= 1 - a2[i] * a2[i];
    denseBack(a1, W2, ga2, n, H, H, G[2], G[3], ga1);
    for (let i = 0; i < ga1.length; i++) ga1[i] *= 1 - a1[i] * a1[i];
    denseBack(x, W1, ga1, n, 2, H, G[0], G[1], null);
    for (let k = 0; k < 6; k++) adamStep(P[k], G[k], S[k], 1e-3);
  }
  return loss;
}

/** W3: Rosenbrock (1−x)² + 100(y−x²)² from (−1.5, 2) for one optimizer config; returns the final point. */
export function w3(opt: string, steps: number): [number, number] {
  const p = new Float64Array([-1.5, 2]);
  const g = new Float64Array(2);
  const buf = new Float64Array(2), acc = new Float64Array(2);
  const st = adamState(2);
  for (let s = 1; s <= steps; s++) {
    const [x, y] = p;
    g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
    g[1] = 200 * (y - x * x);
    switch (opt) {
      case 'sgd': for (let i = 0; i < 2; i++) p[i] -= 1e-3 * g[i]; break;
      case 'momentum':
        for (let i = 0; i < 2; i++) { buf[i] = s === 1 ? g[i] : 0.9 * buf[i] + g[i]; p[i] -= 1e-4 * buf[i]; }
        break;
      case 'adagrad':
        for (let i = 0; i < 2; i++) { acc[i] += g[i] * g[i]; p[i] -= (0.5 * g[i]) / (Math.sqrt(acc[i]) + 1e-10); }
        break;
      case 'rmsprop':
        for (let i = 0; i < 2; i++) { acc[i] = 0.99 * acc[i] + 0.01 * g[i] * g[i]; p[i] -= (1e-2 * g[i]) / (Math.sqrt(acc[i]) + 1e-8); }
        break;
      case 'adam': adamStep(p, g, st, 5e-2); break;
      default: adamStep(p, g, st, 5e-2, 1e-2);
    }
  }
  return [p[0], p[1]];
}

/** W4: linear regression X (n×d), y (n), SGD lr 0.1, MSE. */
export function w4(X: Float64Array, y: Float64Array, n: number, d: number, steps: number): number {
  const w = new Float64Array(d), gw = new Float64Array(d), r = new Float64Array(n);
  let b = 0, loss = 0;
  for (let s = 0; s < steps; s++) {
    loss = 0;
    for (let i = 0; i < n; i++) {
      let p = b;
      const o = i * d;
      for (let j = 0; j < d; j++) p += X[o + j] * w[j];
      r[i] = p - y[i];
      loss += r[i] * r[i];
    }
    loss /= n;
    gw.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const gi = (2 * r[i]) / n;
      const o = i * d;
      for (let j = 0; j < d; j++) gw[j] += gi * X[o + j];
      gb += gi;
    }
    for (let j = 0; j < d; j++) w[j] -= 0.1 * gw[j];
    b -= 0.1 * gb;
  }
  return loss;
}
