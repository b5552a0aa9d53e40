/**
 * float32 matrix-product kernels, bit-identical to the reference BLAS's serial loop (ops/matmul.ts): every
 * output is s = fround(s + fround(a·b)) over k in order, from s = +0. They are fast because several
 * independent outputs advance together (the rounding chains overlap instead of waiting on each other) and
 * each loaded value serves several of them. Equivalences they rely on:
 *   - a product of two float32 values is exact in double, so fround(a·b) is float32's own product;
 *   - s + p of two float32 values in double, rounded once, is float32's own sum (double rounding is innocuous
 *     for + and ·), so storing s + fround(a·b) into a Float32Array is the rounded sum;
 *   - a zero operand adds nothing and is skipped as the serial loops skip it (the nn/tn loops test a ≠ 0;
 *     that decides between inf and nan once values overflow), so a block holding a zero runs serially.
 */
import type { Storage } from '../tensor';

const fr = Math.fround;

/** c[ci…ci+n) += a[ai + p·as]·b[p·n…] for p in [p0, p1), one row, skipping zero a (the serial order). */
function axpyRange(c: Float32Array, ci: number, a: Storage, ai: number, as: number, b: Storage, p0: number, p1: number, n: number): void {
  for (let p = p0; p < p1; p++) {
    const av = a[ai + p * as];
    if (av === 0) continue;
    const bp = p * n;
    for (let j = 0; j < n; j++) c[ci + j] = c[ci + j] + fr(av * b[bp + j]);
  }
}

/** One row: c[ci…ci+n) += x0·B[p] + x1·B[p+1] + x2·B[p+2] + x3·B[p+3] in that order, no zero among the x (B[q] = b[q·n…]). */
function axpy4(c: Float32Array, ci: number, x0: number, x1: number, x2: number, x3: number, b: Storage, b0: number, n: number): void {
  const b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
  for (let j = 0; j < n; j++) {
    let s = c[ci + j];
    s = fr(s + fr(x0 * b[b0 + j]));
    s = fr(s + fr(x1 * b[b1 + j]));
    s = fr(s + fr(x2 * b[b2 + j]));
    c[ci + j] = s + fr(x3 * b[b3 + j]);
  }
}

/**
 * Rows of C (m×n) += Σ_p a(i, p)·B[p, :] in p order, with a(i, p) = a[i·rs + p·ps]: two rows of C advance four
 * steps of k per pass over four rows of B. nn reads A (m×k) as rs = k, ps = 1; tn reads A (k×m) as rs = 1, ps = m.
 */
function accumulateF32(a: Storage, rs: number, ps: number, b: Storage, m: number, k: number, n: number, c: Float32Array): void {
  const k4 = k - (k % 4);
  let i = 0;
  for (; i + 1 < m; i += 2) {
    const ai = i * rs, ak = ai + rs, ci = i * n, cn = ci + n;
    for (let p = 0; p < k4; p += 4) {
      const o = ai + p * ps, q = ak + p * ps;
      const x0 = a[o], x1 = a[o + ps], x2 = a[o + 2 * ps], x3 = a[o + 3 * ps];
      const z0 = a[q], z1 = a[q + ps], z2 = a[q + 2 * ps], z3 = a[q + 3 * ps];
      if (x0 === 0 || x1 === 0 || x2 === 0 || x3 === 0 || z0 === 0 || z1 === 0 || z2 === 0 || z3 === 0) {
        axpyRange(c, ci, a, ai, ps, b, p, p + 4, n);
        axpyRange(c, cn, a, ak, ps, b, p, p + 4, n);
        continue;
      }
      const b0 = p * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
      for (let j = 0; j < n; j++) {
        const y0 = b[b0 + j], y1 = b[b1 + j], y2 = b[b2 + j], y3 = b[b3 + j];
        let s = c[ci + j];
        s = fr(s + fr(x0 * y0));
        s = fr(s + fr(x1 * y1));
        s = fr(s + fr(x2 * y2));
        c[ci + j] = s + fr(x3 * y3);
        let t = c[cn + j];
        t = fr(t + fr(z0 * y0));
        t = fr(t + fr(z1 * y1));
        t = fr(t + fr(z2 * y2));
        c[cn + j] = t + fr(z3 * y3);
      }
    }
    axpyRange(c, ci, a, ai, ps, b, k4, k, n);
    axpyRange(c, cn, a, ak, ps, b, k4, k, n);
  }
  if (i === m) return;
  const ai = i * rs, ci = i * n;
  for (let p = 0; p < k4; p += 4) {
    const o = ai + p * ps;
    const x0 = a[o], x1 = a[o + ps], x2 = a[o + 2 * ps], x3 = a[o + 3 * ps];
    if (x0 === 0 || x1 === 0 || x2 === 0 || x3 === 0) axpyRange(c, ci, a, ai, ps, b, p, p + 4, n);
    else axpy4(c, ci, x0, x1, x2, x3, b, p * n, n);
  }
  axpyRange(c, ci, a, ai, ps, b, k4, k, n);
}

/** C (m×n) = A (m×k) · B (k×n), into a zeroed c. */
export function nnF32(a: Storage, b: Storage, m: number, k: number, n: number, c: Float32Array): void {
  accumulateF32(a, k, 1, b, m, k, n, c);
}

/** C (m×n) = Aᵀ · B with A (k×m), B (k×n), into a zeroed c. */
export function tnF32(a: Storage, b: Storage, m: number, k: number, n: number, c: Float32Array): void {
  accumulateF32(a, 1, m, b, m, k, n, c);
}

/** C (m×n) = A (m×k) · Bᵀ with B (n×k): 4 rows × 2 columns of C (eight dot products) share each load. */
export function ntF32(a: Storage, b: Storage, m: number, k: number, n: number, c: Float32Array): void {
  let i = 0;
  for (; i + 3 < m; i += 4) {
    const a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
    let j = 0;
    for (; j + 1 < n; j += 2) {
      const b0 = j * k, b1 = b0 + k;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
      for (let p = 0; p < k; p++) {
        const y0 = b[b0 + p], y1 = b[b1 + p];
        const x0 = a[a0 + p], x1 = a[a1 + p], x2 = a[a2 + p], x3 = a[a3 + p];
        s0 = fr(s0 + fr(x0 * y0));
        s1 = fr(s1 + fr(x1 * y0));
        s2 = fr(s2 + fr(x2 * y0));
        s3 = fr(s3 + fr(x3 * y0));
        t0 = fr(t0 + fr(x0 * y1));
        t1 = fr(t1 + fr(x1 * y1));
        t2 = fr(t2 + fr(x2 * y1));
        t3 = fr(t3 + fr(x3 * y1));
      }
      const c0 = i * n + j;
      c[c0] = s0; c[c0 + n] = s1; c[c0 + 2 * n] = s2; c[c0 + 3 * n] = s3;
      c[c0 + 1] = t0; c[c0 + n + 1] = t1; c[c0 + 2 * n + 1] = t2; c[c0 + 3 * n + 1] = t3;
    }
    if (j < n) {
      const bj = j * k;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let p = 0; p < k; p++) {
        const y = b[bj + p];
        s0 = fr(s0 + fr(a[a0 + p] * y));
        s1 = fr(s1 + fr(a[a1 + p] * y));
        s2 = fr(s2 + fr(a[a2 + p] * y));
        s3 = fr(s3 + fr(a[a3 + p] * y));
      }
      const c0 = i * n + j;
      c[c0] = s0; c[c0 + n] = s1; c[c0 + 2 * n] = s2; c[c0 + 3 * n] = s3;
    }
  }
  for (; i < m; i++) {
    const ai = i * k;
    for (let j = 0; j < n; j++) {
      const bj = j * k;
      let s = 0;
      for (let p = 0; p < k; p++) s = fr(s + fr(a[ai + p] * b[bj + p]));
      c[i * n + j] = s;
    }
  }
}
