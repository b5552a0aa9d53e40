/**
 * The float32 matrix products in WebAssembly (gemm-wasm-bytes.ts, made by scripts/wasm/gemm.mjs): f32
 * arithmetic rounds each product and sum once, as the JavaScript kernels (gemm-f32.ts) do with fround, but
 * without converting every value to double and back, and the nn/tn rows move four lanes at a time. Operands
 * are copied into the module's memory and the result copied out, so only products large enough to repay the
 * copies come here; where WebAssembly is unavailable (a CSP without 'wasm-unsafe-eval'), too old (no SIMD) or
 * the operands do not fit the module's fixed 4 MB (never grown: growing detaches the old ArrayBuffer, after
 * which V8 checks every typed-array access in the page for detachment, measured 1.5× slower loops),
 * `gemmWasm` returns false and the caller runs the JavaScript kernel.
 */
import { GEMM_WASM } from './gemm-wasm-bytes';

type Kernel = (a: number, b: number, c: number, m: number, k: number, n: number) => void;
interface Gemm { mem: WebAssembly.Memory; nt: Kernel; nn: Kernel; tn: Kernel }

/** Below this many multiply-adds the copies cost more than the JavaScript kernel. */
const WASM_MIN_WORK = 1 << 15;
let gemm: Gemm | null | undefined;

function load(): Gemm | null {
  if (gemm !== undefined) return gemm;
  try {
    const bytes = Uint8Array.from(atob(GEMM_WASM), (ch) => ch.charCodeAt(0));
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
 * c = a·b (nn), a·bᵀ (nt) or aᵀ·b (tn) with the shapes of the JavaScript kernels; true when done here. The
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
      g.tn(0, offB, offC, m, r, n);
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
    if (kind === 'nn') out.fill(0);
    g[kind](offA, 0, offC, r, k, n);
    c.set(out, i * n);
  }
  return true;
}
