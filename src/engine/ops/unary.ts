/**
 * Unary elementwise ops with fused backward kernels (one pass each way, no per-element closures):
 * neg exp log sqrt abs tanh sigmoid relu sin cos reciprocal, pow with a number exponent, clamp; plus
 * dtype conversion, clone, sign, isnan, isfinite. Float ops on int64 tensors give the default float dtype.
 */
import { attach, needsGrad } from '../autograd/function';
import { result1 } from '../autograd/node';
import { get_default_dtype, isFloating } from '../dtype';
import { RuntimeError } from '../errors';
import { checkOptions } from '../options';
import { Tensor, type DType, type Storage } from '../tensor';
import { alloc } from './util';

const NEG = 0, EXP = 1, LOG = 2, SQRT = 3, ABS = 4, TANH = 5, SIGMOID = 6, RELU = 7, SIN = 8, COS = 9, RECIP = 10, POW = 11, CLAMP = 12;
const NAMES = ['NegBackward0', 'ExpBackward0', 'LogBackward0', 'SqrtBackward0', 'AbsBackward0', 'TanhBackward0',
  'SigmoidBackward0', 'ReluBackward0', 'SinBackward0', 'CosBackward0', 'ReciprocalBackward0', 'PowBackward0', 'ClampBackward1'];

function fwd(op: number, o: Storage, x: Storage, p: number, q: number): void {
  const n = o.length;
  switch (op) {
    case NEG: for (let i = 0; i < n; i++) o[i] = -x[i]; break;
    case EXP: for (let i = 0; i < n; i++) o[i] = Math.exp(x[i]); break;
    case LOG: for (let i = 0; i < n; i++) o[i] = Math.log(x[i]); break;
    case SQRT: for (let i = 0; i < n; i++) o[i] = Math.sqrt(x[i]); break;
    case ABS: for (let i = 0; i < n; i++) o[i] = Math.abs(x[i]); break;
    case TANH: for (let i = 0; i < n; i++) o[i] = Math.tanh(x[i]); break;
    case SIGMOID: for (let i = 0; i < n; i++) o[i] = 1 / (1 + Math.exp(-x[i])); break;
    case RELU: for (let i = 0; i < n; i++) { const v = x[i]; o[i] = v > 0 || v !== v ? v : 0; } break;
    case SIN: for (let i = 0; i < n; i++) o[i] = Math.sin(x[i]); break;
    case COS: for (let i = 0; i < n; i++) o[i] = Math.cos(x[i]); break;
    case RECIP: for (let i = 0; i < n; i++) o[i] = 1 / x[i]; break;
    case POW:
      if (p === 2) for (let i = 0; i < n; i++) o[i] = x[i] * x[i];
      else for (let i = 0; i < n; i++) o[i] = Math.pow(x[i], p);
      break;
    default: // CLAMP(min p, max q); NaN passes through
      for (let i = 0; i < n; i++) { const v = x[i]; o[i] = v !== v ? v : Math.min(Math.max(v, p), q); }
  }
}

/** Gradient kernel: r = dL/dx from g = dL/dy, input x, output y. */
function bwd(op: number, r: Storage, g: Storage, x: Storage, y: Storage, p: number, q: number): void {
  const n = r.length;
  switch (op) {
    case NEG: for (let i = 0; i < n; i++) r[i] = -g[i]; break;
    case EXP: for (let i = 0; i < n; i++) r[i] = g[i] * y[i]; break;
    case LOG: for (let i = 0; i < n; i++) r[i] = g[i] / x[i]; break;
    case SQRT: for (let i = 0; i < n; i++) r[i] = g[i] / (2 * y[i]); break;
    case ABS: for (let i = 0; i < n; i++) r[i] = g[i] * Math.sign(x[i]); break;
    case TANH: for (let i = 0; i < n; i++) r[i] = g[i] * (1 - y[i] * y[i]); break;
    case SIGMOID: for (let i = 0; i < n; i++) r[i] = g[i] * (1 - y[i]) * y[i]; break;
    case RELU: for (let i = 0; i < n; i++) r[i] = y[i] > 0 ? g[i] : 0; break;
    case SIN: for (let i = 0; i < n; i++) r[i] = g[i] * Math.cos(x[i]); break;
    case COS: for (let i = 0; i < n; i++) r[i] = g[i] * -Math.sin(x[i]); break;
    case RECIP: for (let i = 0; i < n; i++) r[i] = -g[i] * (y[i] * y[i]); break;
    case POW:
      if (p === 0) r.fill(0);
      else if (p === 2) for (let i = 0; i < n; i++) r[i] = g[i] * (2 * x[i]);
      else for (let i = 0; i < n; i++) r[i] = g[i] * (p * Math.pow(x[i], p - 1));
      break;
    default:
      // PyTorch 2.x: no gradient at the bounds themselves (1.13 passed it through)
      for (let i = 0; i < n; i++) { const v = x[i]; r[i] = v > p && v < q ? g[i] : 0; }
  }
}

/** Ops whose result on an int64 tensor is an int64 tensor. */
const KEEPS_INT = new Set([NEG, ABS, RELU, CLAMP]);

function unary(op: number, t: Tensor, p = 0, q = 0, name?: string): Tensor {
  if (!(t instanceof Tensor)) throw new TypeError(`${name ?? 'op'}(): argument 'input' must be Tensor, not ${typeof t}`);
  let dtype: DType = t.dtype;
  if (!isFloating(dtype) && !(KEEPS_INT.has(op) || (op === POW && Number.isInteger(p) && p >= 0))) dtype = get_default_dtype();
  if (dtype === 'bool' && op === NEG) throw new RuntimeError('Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.');
  const out = alloc(dtype === 'bool' ? 'int64' : dtype, t.data.length);
  let pp = p, qq = q;
  if (dtype === 'float32') { pp = Math.fround(p); qq = Math.fround(q); }
  fwd(op, out, t.data, pp, qq);
  const res = Tensor._make(out, t.shape, dtype === 'bool' ? 'int64' : dtype);
  if (!needsGrad(t)) return res;
  const saves = op !== NEG;
  return attach(res, NAMES[op], [t], (g) => {
    const r = alloc(g.dtype, g.data.length);
    bwd(op, r, g.data, t.data, res.data, pp, qq);
    return result1(Tensor._make(r, g.shape, g.dtype));
  }, saves);
}

export const neg = (t: Tensor): Tensor => unary(NEG, t, 0, 0, 'neg');
export const exp = (t: Tensor): Tensor => unary(EXP, t, 0, 0, 'exp');
export const log = (t: Tensor): Tensor => unary(LOG, t, 0, 0, 'log');
export const sqrt = (t: Tensor): Tensor => unary(SQRT, t, 0, 0, 'sqrt');
export const abs = (t: Tensor): Tensor => unary(ABS, t, 0, 0, 'abs');
export const tanh = (t: Tensor): Tensor => unary(TANH, t, 0, 0, 'tanh');
export const sigmoid = (t: Tensor): Tensor => unary(SIGMOID, t, 0, 0, 'sigmoid');
export const relu = (t: Tensor): Tensor => unary(RELU, t, 0, 0, 'relu');
export const sin = (t: Tensor): Tensor => unary(SIN, t, 0, 0, 'sin');
export const cos = (t: Tensor): Tensor => unary(COS, t, 0, 0, 'cos');
export const reciprocal = (t: Tensor): Tensor => unary(RECIP, t, 0, 0, 'reciprocal');

/** `t ** p` for a number p (PowBackward0). */
export function pow(t: Tensor, p: number): Tensor {
  if (typeof p !== 'number') throw new TypeError(`pow(): argument 'exponent' must be Number or Tensor`);
  if (!isFloating(t.dtype) && Number.isInteger(p) && p < 0) {
    throw new RuntimeError('Integers to negative integer powers are not allowed.');
  }
  return unary(POW, t, p, 0, 'pow');
}

type ClampArg = number | null | undefined | { min?: number | null; max?: number | null };

/** `clamp(min=None, max=None)` (positional or `{ min, max }`). */
export function clamp(t: Tensor, min?: ClampArg, max?: number | null): Tensor {
  if (min !== null && typeof min === 'object') {
    const o = checkOptions('clamp', min, ['min', 'max']);
    max = o.max;
    min = o.min;
  }
  const lo = min ?? null;
  const hi = max ?? null;
  if (lo === null && hi === null) throw new RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None");
  return unary(CLAMP, t, lo ?? -Infinity, hi ?? Infinity, 'clamp');
}

/** A copy in another dtype (ToCopyBackward0 when it carries a gradient). */
export function toDtype(t: Tensor, dtype: DType): Tensor {
  if (dtype === t.dtype) return t;
  const out = alloc(dtype, t.data.length);
  const src = t.data;
  if (dtype === 'int64') for (let i = 0; i < src.length; i++) out[i] = Math.trunc(src[i]);
  else if (dtype === 'bool') for (let i = 0; i < src.length; i++) out[i] = src[i] !== 0 ? 1 : 0;
  else out.set(src);
  const res = Tensor._make(out, t.shape.slice(), dtype);
  if (needsGrad(t) && isFloating(dtype)) {
    return attach(res, 'ToCopyBackward0', [t], (g) => [toDtype(g, t.dtype)], false);
  }
  return res;
}

/** A copy with its own storage (CloneBackward0). */
export function clone(t: Tensor): Tensor {
  const res = Tensor._make(t.data.slice(), t.shape.slice(), t.dtype);
  return needsGrad(t) ? attach(res, 'CloneBackward0', [t], (g) => [g], false) : res;
}

function predicate(t: Tensor, f: (v: number) => boolean): Tensor {
  const out = new Float64Array(t.data.length);
  for (let i = 0; i < out.length; i++) out[i] = f(t.data[i]) ? 1 : 0;
  return Tensor._make(out, t.shape.slice(), 'bool');
}
export const isnan = (t: Tensor): Tensor => predicate(t, (v) => v !== v);
export const isfinite = (t: Tensor): Tensor => predicate(t, Number.isFinite);

/** sign(x) ∈ {-1, 0, 1} (zero gradient). */
export function sign(t: Tensor): Tensor {
  const out = alloc(t.dtype === 'bool' ? 'int64' : t.dtype, t.data.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.sign(t.data[i]);
  const res = Tensor._make(out, t.shape.slice(), t.dtype === 'bool' ? 'int64' : t.dtype);
  return needsGrad(t) ? attach(res, 'SignBackward0', [t], (g) => [Tensor._make(alloc(g.dtype, g.data.length), g.shape, g.dtype)], false) : res;
}
