/**
 * The float32 matrix products in WebAssembly (gemm-wasm-bytes.ts, made by scripts/wasm/gemm.mjs). f32.mul and
 * f32.add round each product and each sum once, exactly as the serial loops in matmul.ts do with Math.fround
 * (a product of two float32 values is exact in double; double rounding is innocuous for + and ·), but without
 * converting every value to double and back; nt runs four rows' dot products at once, nn/tn move four lanes of a
 * row of C at a time; every sum keeps its k order and skips zero operands where the loops do. Operands are copied
 * into the module's memory in cache-sized chunks and the result copied out. Where WebAssembly is unavailable (a
 * CSP without 'wasm-unsafe-eval'), too old (no SIMD), the product tiny or the operands do not fit the module's
 * fixed 4 MB (never grown: growing detaches the old ArrayBuffer, after which V8 checks every typed-array access
 * in the page for detachment, measured 1.5× slower loops), `gemmWasm` returns false and the loops run.
 */
import { GEMM_WASM } from './gemm-wasm-bytes';

interface Gemm {
  mem: WebAssembly.Memory;
  nt(a: number, b: number, c: number, m: number, k: number, n: number): void;
  acc(a: number, b: number, c: number, m: number, k: number, n: number, rs: number, ps: number): void;
}

/** Below this many multiply-adds the call and copies cost more than the JavaScript loop. */
const WASM_MIN_WORK = 1 << 9;
let gemm: Gemm | null | undefined;

function load(): Gemm | null {
  if (gemm !== undefined) return gemm;
  try {
    const bytes = Uint8Array.from(GEMM_WASM.match(/../g)!, (h) => parseInt(h, 16));
    gemm = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports as unknown as Gemm;
  } catch {
    gemm = null;
  }
  return gemm;
}

const align16 = (bytes: number): number => (bytes + 15) & ~15;
/** Floats per copied chunk of the streamed operand: small enough to stay in cache between copy and use. */
const CHUNK = 1 << 16;

/**
 * c = a·b (nn), a·bᵀ (nt) or aᵀ·b (tn) with the shapes of matmul.ts's kernels; true when done here. The
 * large operand streams through the module in chunks of rows (of a and c for nn/nt, of a and b for tn: the
 * sums keep their k order, c stays in the module between chunks). `force` skips the size threshold (tests).
 */
export function gemmWasm(kind: 'nn' | 'nt' | 'tn', a: Float32Array, b: Float32Array, m: number, k: number, n: number, c: Float32Array, force = false): boolean {
  if (!force && m * k * n < WASM_MIN_WORK) return false;
  const g = load();
  if (!g) return false;
  if (kind === 'tn') {
    // rows p of a (k×m) and b (k×n) stream; c (m×n) accumulates
    const rows = Math.max(1, Math.floor(CHUNK / (m + n)));
    const offB = align16(rows * m * 4), offC = offB + align16(rows * n * 4);
    const buf = g.mem.buffer;
    if (offC + c.length * 4 > buf.byteLength) return false;
    const out = new Float32Array(buf, offC, c.length).fill(0);
    for (let p = 0; p < k; p += rows) {
      const r = Math.min(rows, k - p);
      new Float32Array(buf, 0, r * m).set(a.subarray(p * m, (p + r) * m));
      new Float32Array(buf, offB, r * n).set(b.subarray(p * n, (p + r) * n));
      g.acc(0, offB, offC, m, r, n, 1, m);
    }
    c.set(out);
    return true;
  }
  // rows i of a (m×k) and c (m×n) stream; b stays
  const rows = Math.max(1, Math.floor(CHUNK / (k + n)));
  const offA = align16(b.length * 4), offC = offA + align16(rows * k * 4), end = offC + rows * n * 4;
  const buf = g.mem.buffer;
  if (end > buf.byteLength) return false;
  new Float32Array(buf, 0, b.length).set(b);
  for (let i = 0; i < m; i += rows) {
    const r = Math.min(rows, m - i);
    new Float32Array(buf, offA, r * k).set(a.subarray(i * k, (i + r) * k));
    const out = new Float32Array(buf, offC, r * n);
    if (kind === 'nt') g.nt(offA, 0, offC, r, k, n);
    else {
      out.fill(0);
      g.acc(offA, 0, offC, r, k, n, k, 1);
    }
    c.set(out, i * n);
  }
  return true;
}
