import { describe, expect, it } from 'vitest';
import { gemmWasm } from './gemm-wasm';
import { kernelNN, kernelNT, kernelTN } from './matmul';

// The plain serial loops of the reference BLAS (one output at a time, k in order, zero a skipped in nn/tn):
// the WebAssembly kernels, and matmul.ts's kernels whichever path they take, must equal them bit for bit.
const fr = Math.fround;
function nnSerial(a: Float32Array, b: Float32Array, m: number, k: number, n: number): Float32Array {
  const c = new Float32Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) if (a[i * k + p] !== 0) s = fr(s + fr(a[i * k + p] * b[p * n + j]));
      c[i * n + j] = s;
    }
  }
  return c;
}
function ntSerial(a: Float32Array, b: Float32Array, m: number, k: number, n: number): Float32Array {
  const c = new Float32Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s = fr(s + fr(a[i * k + p] * b[j * k + p]));
      c[i * n + j] = s;
    }
  }
  return c;
}
function tnSerial(a: Float32Array, b: Float32Array, m: number, k: number, n: number): Float32Array {
  const c = new Float32Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) if (a[p * m + i] !== 0) s = fr(s + fr(a[p * m + i] * b[p * n + j]));
      c[i * n + j] = s;
    }
  }
  return c;
}

/** Deterministic float32 data: mostly values of mixed magnitude, with zeros, ±inf, nan and near-overflow values. */
function data(len: number, seed: number, special: boolean): Float32Array {
  let x = seed >>> 0 || 1;
  const next = () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const out = new Float32Array(len);
  for (let i = 0; i < len; i++) {
    const u = next();
    if (special && u < 0.08) out[i] = 0;
    else if (special && u < 0.1) out[i] = [Infinity, -Infinity, NaN, 3e38, -3e38, -0][Math.floor(next() * 6)];
    else out[i] = (next() * 2 - 1) * 2 ** Math.floor(next() * 40 - 20);
  }
  return out;
}

function firstDifference(x: Float32Array, y: Float32Array): string | null {
  if (x.length !== y.length) return `length ${x.length} vs ${y.length}`;
  for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return `index ${i}: ${x[i]} vs ${y[i]}`;
  return null;
}

const SIZES = [1, 3, 5, 17, 64, 65];
type Kernel = (a: Float32Array, b: Float32Array, m: number, k: number, n: number, c: Float32Array) => void;
const wasm = (kind: 'nn' | 'nt' | 'tn'): Kernel => (a, b, m, k, n, c) => {
  if (!gemmWasm(kind, a, b, m, k, n, c, true)) throw new Error('WebAssembly kernel did not run');
};
const viaMatmul = (kernel: typeof kernelNN): Kernel => (a, b, m, k, n, c) => c.set(kernel(a, b, m, k, n, 'float32'));
const KERNELS: [string, Kernel, typeof nnSerial, (m: number, k: number, n: number) => number[]][] = [
  ['nn (wasm)', wasm('nn'), nnSerial, (m, k, n) => [m * k, k * n]],
  ['nt (wasm)', wasm('nt'), ntSerial, (m, k, n) => [m * k, n * k]],
  ['tn (wasm)', wasm('tn'), tnSerial, (m, k, n) => [k * m, k * n]],
  ['kernelNN', viaMatmul(kernelNN), nnSerial, (m, k, n) => [m * k, k * n]],
  ['kernelNT', viaMatmul(kernelNT), ntSerial, (m, k, n) => [m * k, n * k]],
  ['kernelTN', viaMatmul(kernelTN), tnSerial, (m, k, n) => [k * m, k * n]],
];

describe('float32 matrix products equal the serial reference-BLAS loops bit for bit', () => {
  for (const [name, fast, serial, lens] of KERNELS) {
    for (const special of [false, true]) {
      it(`${name}, every m, k, n in ${SIZES.join(', ')}${special ? ', with zeros, ±inf, nan, ±3e38 and -0' : ''}`, () => {
        let seed = special ? 7 : 1;
        for (const m of SIZES) {
          for (const k of SIZES) {
            for (const n of SIZES) {
              const [la, lb] = lens(m, k, n);
              const a = data(la, seed++, special);
              const b = data(lb, seed++, special);
              const c = new Float32Array(m * n);
              fast(a, b, m, k, n, c);
              expect(firstDifference(c, serial(a, b, m, k, n)), `${name} m=${m} k=${k} n=${n}`).toBeNull();
            }
          }
        }
      });
    }
  }

  it('streams operands larger than one chunk through WebAssembly with the same sums', () => {
    // 300 × 700 rows of 700 floats: several chunks of a (nt, nn) and of a and b (tn)
    const [m, k, n] = [300, 700, 3];
    for (const [name, fast, serial, lens] of KERNELS.filter(([name]) => name.endsWith('(wasm)'))) {
      const [la, lb] = lens(m, k, n);
      const a = data(la, 11, true), b = data(lb, 12, false);
      const c = new Float32Array(m * n);
      fast(a, b, m, k, n, c);
      expect(firstDifference(c, serial(a, b, m, k, n)), name).toBeNull();
    }
  });

  it('leaves operands larger than its fixed memory to the JavaScript loops', () => {
    const [m, k, n] = [2, 1000, 1100]; // b alone is 4.4 MB
    const a = data(m * k, 21, false), b = data(n * k, 22, false), c = new Float32Array(m * n);
    expect(gemmWasm('nt', a.subarray(0, 1), b.subarray(0, 1), 1, 1, 1, new Float32Array(1), true)).toBe(true); // the module is there
    expect(gemmWasm('nt', a, b, m, k, n, c, true)).toBe(false);
    expect(c.every((v) => v === 0)).toBe(true);
    expect(firstDifference(kernelNT(a, b, m, k, n, 'float32') as Float32Array, ntSerial(a, b, m, k, n))).toBeNull();
  });

  it('the special-value data really produces nan, ±inf and zeros in the products', () => {
    const a = data(65 * 65, 3, true), b = data(65 * 65, 4, true);
    const c = ntSerial(a, b, 65, 65, 65);
    expect(c.some(Number.isNaN)).toBe(true);
    expect(c.some((v) => v === Infinity || v === -Infinity)).toBe(true);
    expect(c.some((v) => Number.isFinite(v))).toBe(true);
  });
});
