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

/**
 * W2: MLP 2→64→64→1 with tanh, MSE, Adam. `params` = [W1, b1, W2, b2, W3, b3] (copied). The fastest loop we could
 * write: forward and backward fused per sample (every activation stays in a 64-element scratch array, W2 and its
 * gradient are walked once per sample for both the outer product and the back-propagated error).
 */
export function w2(x: Float64Array, y: Float64Array, params: Float64Array[], steps: number): number {
  const n = y.length, H = 64;
  const P = params.map((p) => p.slice());
  const [W1, b1, W2, b2, W3, b3] = P as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  const S = P.map((p) => adamState(p.length));
  const G = P.map((p) => new Float64Array(p.length));
  const [gW1, gb1, gW2, gb2, gW3, gb3] = G as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  const a1 = new Float64Array(H), a2 = new Float64Array(H), d1 = new Float64Array(H), d2 = new Float64Array(H);
  let loss = 0;
  for (let s = 0; s < steps; s++) {
    for (const g of G) g.fill(0);
    loss = 0;
    for (let i = 0; i < n; i++) {
      const x0 = x[2 * i], x1 = x[2 * i + 1];
      for (let j = 0; j < H; j++) a1[j] = Math.tanh(b1[j] + W1[2 * j] * x0 + W1[2 * j + 1] * x1);
      let out = b3[0];
      for (let j = 0; j < H; j++) {
        const row = j * H;
        // four partial sums: the additions do not wait on each other (H is a multiple of 4)
        let z0 = 0, z1 = 0, z2 = 0, z3 = 0;
        for (let p = 0; p < H; p += 4) {
          z0 += W2[row + p] * a1[p];
          z1 += W2[row + p + 1] * a1[p + 1];
          z2 += W2[row + p + 2] * a1[p + 2];
          z3 += W2[row + p + 3] * a1[p + 3];
        }
        const a = Math.tanh(b2[j] + ((z0 + z1) + (z2 + z3)));
        a2[j] = a;
        out += W3[j] * a;
      }
      const r = out - y[i];
      loss += r * r;
      const g = (2 * r) / n;
      gb3[0] += g;
      d1.fill(0);
      for (let j = 0; j < H; j++) {
        const a = a2[j];
        gW3[j] += g * a;
        const d = g * W3[j] * (1 - a * a);
        gb2[j] += d;
        const row = j * H;
        for (let p = 0; p < H; p++) {
          gW2[row + p] += d * a1[p];
          d1[p] += d * W2[row + p];
        }
      }
      for (let p = 0; p < H; p++) {
        const d = d1[p] * (1 - a1[p] * a1[p]);
        gb1[p] += d;
        gW1[2 * p] += d * x0;
        gW1[2 * p + 1] += d * x1;
      }
    }
    loss /= n;
    for (let k = 0; k < 6; k++) adamStep(P[k]!, G[k]!, S[k]!, 1e-3);
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

/**
 * W4: linear regression X (n×d), y (n), SGD lr 0.1, MSE. X stays in float32 storage, as the engine keeps it
 * (half the memory traffic of a Float64Array copy), sums in double. The fastest we found: forward and backward
 * fused per pair of rows, so X is read from memory once per step (the gradient reuses the two rows while they
 * are in cache), and the two rows' dot products share the loads of w.
 */
export function w4(X: Float32Array, y: Float64Array, n: number, d: number, steps: number): number {
  const w = new Float64Array(d), gw = new Float64Array(d);
  let b = 0, loss = 0;
  for (let s = 0; s < steps; s++) {
    loss = 0;
    gw.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i += 2) {
      const o = i * d, o1 = i + 1 < n ? o + d : o; // an odd last row pairs with itself, counted once below
      let p0 = 0, p1 = 0, q0 = 0, q1 = 0, j = 0;
      for (; j + 1 < d; j += 2) {
        const w0 = w[j], w1 = w[j + 1];
        p0 += X[o + j] * w0;
        p1 += X[o + j + 1] * w1;
        q0 += X[o1 + j] * w0;
        q1 += X[o1 + j + 1] * w1;
      }
      if (j < d) {
        p0 += X[o + j] * w[j];
        q0 += X[o1 + j] * w[j];
      }
      const r0 = b + (p0 + p1) - y[i];
      const r1 = o1 !== o ? b + (q0 + q1) - y[i + 1] : 0;
      loss += r0 * r0 + r1 * r1;
      const g0 = (2 * r0) / n, g1 = (2 * r1) / n;
      for (let j = 0; j < d; j++) gw[j] += g0 * X[o + j] + g1 * X[o1 + j];
      gb += g0 + g1;
    }
    loss /= n;
    for (let j = 0; j < d; j++) w[j] -= 0.1 * gw[j];
    b -= 0.1 * gb;
  }
  return loss;
}
