/**
 * PyTorch's CPU generator, bit for bit: MT19937 (`torch.manual_seed`) and the sampling kernels of
 * aten/src/ATen/native/cpu/DistributionTemplates.h / DistributionKernels.cpp (x86-64, AVX2 dispatch).
 *
 *   uniform float32:  (next32() & 0xFFFFFF) * 2^-24          uniform float64: 53 bits of (hi32 << 32 | lo32)
 *   normal, numel < 16 (or non-contiguous): Box–Muller in double per element; the sine half is cached in the
 *     generator and consumed by the next normal sample (so randn(3) uses 2 pairs, and a following randn(1)
 *     uses the cached value).
 *   normal, numel >= 16: fill with uniforms, then Box–Muller on blocks of 16 (j, j+8); the tail is refilled
 *     and the last 16 recomputed. float32 uses PyTorch's AVX2 kernel (avx_mathfun.h log/sincos in float,
 *     with fused multiply-adds), float64 uses libm in double.
 */
const N = 624;
/** Like PyTorch 2.x, an unseeded process starts from a random seed (torch.initial_seed() reports it). */
const randomSeed = (): number => Math.floor(Math.random() * 2 ** 52);

export class Generator {
  private mt = new Uint32Array(N);
  private mti = N;
  private seed_ = 0;
  /** Cached second Box–Muller value (at::normal_distribution<double>). */
  nextDoubleNormal: number | null = null;

  constructor(seed = randomSeed()) {
    this.manual_seed(seed);
  }

  manual_seed(seed: number | bigint): this {
    let s: number;
    if (typeof seed === 'bigint') s = Number(BigInt.asUintN(32, seed));
    else {
      if (!Number.isInteger(seed)) throw new TypeError(`manual_seed expected an integer seed, got ${seed}`);
      // seed & 0xffffffff, also for seeds above 2^32 and negative seeds (two's complement, as uint64)
      s = Number(BigInt.asUintN(32, BigInt(seed)));
    }
    this.seed_ = seed as number;
    const mt = this.mt;
    mt[0] = s;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      // 1812433253 * prev + i, modulo 2^32 (split the multiply to stay exact)
      mt[i] = ((((prev & 0xffff0000) >>> 16) * 1812433253) << 16) + (prev & 0x0000ffff) * 1812433253 + i;
    }
    this.mti = N;
    this.nextDoubleNormal = null;
    return this;
  }

  initial_seed(): number {
    return this.seed_;
  }

  private twist(): void {
    const mt = this.mt;
    for (let i = 0; i < N; i++) {
      const y = (mt[i] & 0x80000000) | (mt[(i + 1) % N] & 0x7fffffff);
      mt[i] = mt[(i + 397) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.mti = 0;
  }

  /** Next tempered 32-bit output (uint32 as a JS number). */
  next32(): number {
    if (this.mti >= N) this.twist();
    let y = this.mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** Uniform [0, 1) with 24 random bits (float32 kernels). */
  uniform24(): number {
    return (this.next32() & 0xffffff) * 5.9604644775390625e-8;
  }

  /** Uniform [0, 1) with 53 random bits: ((hi << 32) | lo) & (2^53 - 1), times 2^-53. */
  uniform53(): number {
    const hi = this.next32() & 0x1fffff;
    const lo = this.next32();
    return (hi * 4294967296 + lo) * 1.1102230246251565e-16;
  }

  /** at::normal_distribution<double> (with the cached sine half). */
  normalDouble(mean: number, std: number): number {
    if (this.nextDoubleNormal !== null) {
      const r = this.nextDoubleNormal * std + mean;
      this.nextDoubleNormal = null;
      return r;
    }
    const u1 = this.uniform53();
    const u2 = this.uniform53();
    const r = Math.sqrt(-2 * Math.log(1 - u2));
    const theta = 2 * Math.PI * u1;
    this.nextDoubleNormal = r * Math.sin(theta);
    return r * Math.cos(theta) * std + mean;
  }
}

/** The default CPU generator (torch.manual_seed reseeds it). */
export const defaultGenerator = new Generator();

/** `torch.manual_seed(seed)`. */
export function manual_seed(seed: number | bigint): Generator {
  return defaultGenerator.manual_seed(seed);
}

/** `torch.initial_seed()`. */
export function initial_seed(): number {
  return defaultGenerator.initial_seed();
}

// ---- sampling kernels (fill a storage array in place) ----------------------------------------------------

const f = Math.fround;

/** uniform_(lo, hi): float32 rounds once at the end (the kernel uses an FMA), float64 computes in double. */
export function fillUniform(g: Generator, out: Float32Array | Float64Array, lo: number, hi: number): void {
  const n = out.length;
  if (out instanceof Float32Array) {
    const l = f(lo);
    const range = f(hi) - l;
    for (let i = 0; i < n; i++) out[i] = g.uniform24() * range + l;
  } else {
    const range = hi - lo;
    for (let i = 0; i < n; i++) out[i] = g.uniform53() * range + lo;
  }
}

// avx_mathfun.h (log256_ps, sincos256_ps) in float32, as compiled for PyTorch's AVX2 kernels (mul+add pairs
// contracted to FMA where GCC does it; `fma` below rounds once).
const fma = (a: number, b: number, c: number): number => f(a * b + c);
const LOG_P = [
  7.0376836292e-2, -1.151461031e-1, 1.167699874e-1, -1.2420140846e-1, 1.4249322787e-1, -1.6668057665e-1,
  2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1,
].map(f);
const SQRTHF = f(0.707106781186547524);
const LOG_Q1 = f(-2.12194440e-4);
const LOG_Q2 = f(0.693359375);
const f32buf = new Float32Array(1);
const u32buf = new Uint32Array(f32buf.buffer);

function log256(x: number): number {
  if (x <= 0) return NaN;
  f32buf[0] = x;
  const bits = u32buf[0];
  let e = f(((bits >>> 23) - 0x7f) + 1);
  u32buf[0] = (bits & ~0x7f800000) | 0x3f000000; // mantissa in [0.5, 1)
  let m = f32buf[0];
  if (m < SQRTHF) {
    e = f(e - 1);
    m = f(f(m - 1) + m);
  } else m = f(m - 1);
  const z = f(m * m);
  let y = LOG_P[0];
  for (let i = 1; i < 9; i++) y = fma(y, m, LOG_P[i]);
  // GCC contracts `y*z + e*q1` into fma(y, z, e*q1) and `y - z*0.5` into fnmadd (verified on 200k samples)
  y = fma(f(y * m), z, f(e * LOG_Q1));
  y = fma(-z, 0.5, y);
  m = f(m + y);
  return fma(e, LOG_Q2, m);
}

const FOPI = f(1.27323954473516);
const DP1 = f(-0.78515625);
const DP2 = f(-2.4187564849853515625e-4);
const DP3 = f(-3.77489497744594108e-8);
const SIN_P = [-1.9515295891e-4, 8.3321608736e-3, -1.6666654611e-1].map(f);
const COS_P = [2.443315711809948e-5, -1.388731625493765e-3, 4.166664568298827e-2].map(f);

/** Writes [sin, cos] of a float32 angle into `out`. */
function sincos256(xIn: number, out: number[]): void {
  const neg = xIn < 0;
  let x = Math.abs(xIn);
  let j = Math.trunc(f(x * FOPI));
  j = (j + 1) & ~1;
  const y = j;
  const swapSin = (j & 4) !== 0;
  const polyMask = (j & 2) === 0;
  x = fma(y, DP1, x);
  x = fma(y, DP2, x);
  x = fma(y, DP3, x);
  const cosNeg = ((~(j - 2)) & 4) !== 0;
  const z = f(x * x);
  let c = COS_P[0];
  c = fma(c, z, COS_P[1]);
  c = fma(c, z, COS_P[2]);
  c = f(c * z);
  c = fma(c, z, -f(z * 0.5));
  c = f(c + 1);
  let s = SIN_P[0];
  s = fma(s, z, SIN_P[1]);
  s = fma(s, z, SIN_P[2]);
  s = f(s * z);
  s = fma(s, x, x);
  let sin = polyMask ? s : c;
  let cos = polyMask ? c : s;
  if (neg !== swapSin) sin = -sin;
  if (cosNeg) cos = -cos;
  out[0] = sin;
  out[1] = cos;
}

const sc = [0, 0];
const TWO_PI_F = f(2 * Math.PI);

function normal16f32(d: Float32Array, o: number, mean: number, std: number): void {
  for (let j = 0; j < 8; j++) {
    const u1 = f(1 - d[o + j]);
    const u2 = d[o + j + 8];
    const radius = f(Math.sqrt(f(-2 * log256(u1))));
    const theta = f(TWO_PI_F * u2);
    sincos256(theta, sc);
    d[o + j] = fma(f(radius * sc[1]), std, mean);
    d[o + j + 8] = fma(f(radius * sc[0]), std, mean);
  }
}

function normal16f64(d: Float64Array, o: number, mean: number, std: number): void {
  for (let j = 0; j < 8; j++) {
    const u1 = 1 - d[o + j];
    const u2 = d[o + j + 8];
    const radius = Math.sqrt(-2 * Math.log(u1));
    const theta = 2 * Math.PI * u2;
    d[o + j] = radius * Math.cos(theta) * std + mean;
    d[o + j + 8] = radius * Math.sin(theta) * std + mean;
  }
}

/** normal_(mean, std) on a contiguous tensor's storage. */
export function fillNormal(g: Generator, out: Float32Array | Float64Array, mean: number, std: number): void {
  const n = out.length;
  if (n < 16) {
    for (let i = 0; i < n; i++) out[i] = g.normalDouble(mean, std);
    return;
  }
  const is32 = out instanceof Float32Array;
  const m = is32 ? f(mean) : mean;
  const s = is32 ? f(std) : std;
  const fill = (from: number): void => {
    for (let i = from; i < n; i++) out[i] = is32 ? g.uniform24() : g.uniform53();
  };
  const block = (o: number): void =>
    is32 ? normal16f32(out as Float32Array, o, m, s) : normal16f64(out as Float64Array, o, m, s);
  fill(0);
  for (let i = 0; i + 16 <= n; i += 16) block(i);
  if (n % 16 !== 0) {
    fill(n - 16);
    block(n - 16);
  }
}

/** random_(low, high) for int64/float: (next32 % range) + low, or 64 bits when range >= 2^32. */
export function fillRandint(g: Generator, out: Float32Array | Float64Array, low: number, high: number): void {
  const range = high - low;
  for (let i = 0; i < out.length; i++) {
    if (range >= 4294967296) {
      const v = (BigInt(g.next32()) << 32n) | BigInt(g.next32());
      out[i] = Number(v % BigInt(range)) + low;
    } else out[i] = (g.next32() % range) + low;
  }
}

/** randperm(n) on CPU: Fisher–Yates from the front with `next32() % (n - i)`. */
export function fillRandperm(g: Generator, out: Float32Array | Float64Array): void {
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = 0; i < n - 1; i++) {
    const z = g.next32() % (n - i);
    const t = out[i];
    out[i] = out[z + i];
    out[z + i] = t;
  }
}
