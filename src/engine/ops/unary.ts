/**
 * Unary elementwise ops with fused backward kernels (one pass each way, no per-element closures):
 * neg exp log sqrt abs tanh sigmoid relu sin cos reciprocal, pow with a number exponent, clamp; plus
 * dtype conversion, clone, sign, isnan, isfinite. Float ops on int64 tensors give the default float dtype.
 */
import { attach, needsGrad } from '../autograd/function';
import { scalarIn, SG } from '../autograd/backward';
import { Node, result1, scratch1 } from '../autograd/node';
import { get_default_dtype, isFloating } from '../dtype';
import { RuntimeError } from '../errors';
import { checkOptions } from '../options';
import { elementCount, Tensor, value1, type DType, type Storage } from '../tensor';
import { alloc } from './util';

/**
 * One record per unary op, beside its code: forward and gradient loops (r = dL/dx from g = dL/dy, input x,
 * output y; p, q = the op's number arguments), PyTorch's grad_fn name, what backward reads (`saves`: 'input',
 * 'result' or nothing, which decides the "backward through the graph a second time" error) and whether int64
 * inputs keep their dtype.
 */
export interface UnaryOp {
  readonly name: string;
  readonly grad_fn: string;
  readonly saves: 'input' | 'result' | null;
  readonly keepsInt?: boolean;
  forward(o: Storage, x: Storage, p: number, q: number): void;
  backward(r: Storage, g: Storage, x: Storage, y: Storage, p: number, q: number): void;
  /** Optional one-element forms of forward and backward (the same double arithmetic; the caller rounds to the dtype). */
  f1?(x: number, p: number): number;
  b1?(g: number, x: number, p: number): number;
}

const NEG: UnaryOp = {
  name: 'neg', grad_fn: 'NegBackward0', saves: null, keepsInt: true,
  forward(o, x) { for (let i = 0; i < o.length; i++) o[i] = -x[i]; },
  backward(r, g) { for (let i = 0; i < r.length; i++) r[i] = -g[i]; },
};
const EXP: UnaryOp = {
  name: 'exp', grad_fn: 'ExpBackward0', saves: 'result',
  forward(o, x) { for (let i = 0; i < o.length; i++) o[i] = Math.exp(x[i]); },
  backward(r, g, _x, y) { for (let i = 0; i < r.length; i++) r[i] = g[i] * y[i]; },
};
const LOG: UnaryOp = {
  name: 'log', grad_fn: 'LogBackward0', saves: 'input',
  forward(o, x) { for (let i = 0; i < o.length; i++) o[i] = Math.log(x[i]); },
  backward(r, g, x) { for (let i = 0; i < r.length; i++) r[i] = g[i] / x[i]; },
};
const SQRT: UnaryOp = {
  name: 'sqrt', grad_fn: 'SqrtBackward0', saves: 'result',
  forward(o, x) { for (let i = 0; i < o.length; i++) o[i] = Math.sqrt(x[i]); },
  backward(r, g, _x, y) { for (let i = 0; i < r.length; i++) r[i] = g[i] / (2 * y[i]); },
};
const ABS: UnaryOp = {
  name: 'abs', grad_fn: 'AbsBackward0', saves: 'input', keepsInt: true,
  forward(o, x) { for (let i = 0; i < o.length; i++) o[i] = Math.abs(x[i]); },
  backward(r, g, x) { for (let i = 0; i < r.length; i++) r[i] = g[i] * Math.sign(x[i]); },
};
const f32 = Math.fround;
const TANH: UnaryOp = {
  name: 'tanh', grad_fn: 'TanhBackward0', saves: 'result',
  forward(o, x) { for (let i = 0; i < o.length; i++) o[i] = Math.tanh(x[i]); },
  backward(r, g, _x, y) {
    // float32: ATen's g · (1 − y²) with 1 − y² fused (one rounding; y² is exact in double)
    if (r instanceof Float32Array) for (let i = 0; i < r.length; i++) r[i] = g[i] * f32(1 - y[i] * y[i]);
    else for (let i = 0; i < r.length; i++) r[i] = g[i] * (1 - y[i] * y[i]);
  },
};
const SIGMOID: UnaryOp = {
  name: 'sigmoid', grad_fn: 'SigmoidBackward0', saves: 'result',
  forward(o, x) {
    // float32: 1 / (1 + exp(−x)) op by op, so exp(100) overflows to inf and sigmoid(−100) is exactly 0 as in ATen
    if (o instanceof Float32Array) for (let i = 0; i < o.length; i++) o[i] = 1 / f32(1 + f32(Math.exp(-x[i])));
    else for (let i = 0; i < o.length; i++) o[i] = 1 / (1 + Math.exp(-x[i]));
  },
  backward(r, g, _x, y) {
    if (r instanceof Float32Array) for (let i = 0; i < r.length; i++) r[i] = f32(g[i] * f32(1 - y[i])) * y[i];
    else for (let i = 0; i < r.length; i++) r[i] = g[i] * (1 - y[i]) * y[i];
  },
};
const RELU: UnaryOp = {
  name: 'relu', grad_fn: 'ReluBackward0', saves: 'result', keepsInt: true,
  forward(o, x) { for (let i = 0; i < o.length; i++) { const v = x[i]; o[i] = v > 0 || v !== v ? v : 0; } },
  backward(r, g, _x, y) { for (let i = 0; i < r.length; i++) r[i] = y[i] > 0 ? g[i] : 0; },
};
const SIN: UnaryOp = {
  name: 'sin', grad_fn: 'SinBackward0', saves: 'input',
  forward(o, x) { for (let i = 0; i < o.length; i++) o[i] = Math.sin(x[i]); },
  backward(r, g, x) { for (let i = 0; i < r.length; i++) r[i] = g[i] * Math.cos(x[i]); },
};
const COS: UnaryOp = {
  name: 'cos', grad_fn: 'CosBackward0', saves: 'input',
  forward(o, x) { for (let i = 0; i < o.length; i++) o[i] = Math.cos(x[i]); },
  backward(r, g, x) { for (let i = 0; i < r.length; i++) r[i] = g[i] * -Math.sin(x[i]); },
};
const RECIPROCAL: UnaryOp = {
  name: 'reciprocal', grad_fn: 'ReciprocalBackward0', saves: 'result',
  forward(o, x) { for (let i = 0; i < o.length; i++) o[i] = 1 / x[i]; },
  backward(r, g, _x, y) { for (let i = 0; i < r.length; i++) r[i] = -g[i] * (y[i] * y[i]); },
};
/** `x ** p` for a number p (int64 stays int64 for integral p ≥ 0, decided in pow()). */
const powOne = (x: number, p: number): number => (p === 2 ? x * x : Math.pow(x, p));
const powGradOne = (g: number, x: number, p: number): number => (p === 0 ? 0 : p === 2 ? g * (2 * x) : g * (p * Math.pow(x, p - 1)));
const POW: UnaryOp = {
  name: 'pow', grad_fn: 'PowBackward0', saves: 'input',
  forward(o, x, p) { for (let i = 0; i < o.length; i++) o[i] = powOne(x[i], p); },
  backward(r, g, x, _y, p) { for (let i = 0; i < r.length; i++) r[i] = powGradOne(g[i], x[i], p); },
  // `x ** 2` on 0-d tensors is the hot op of the race lab and W3: the same per-element arithmetic without storages
  f1: powOne,
  b1: powGradOne,
};
/** clamp(min p, max q); NaN passes through. */
const CLAMP: UnaryOp = {
  name: 'clamp', grad_fn: 'ClampBackward1', saves: 'input', keepsInt: true,
  forward(o, x, p, q) { for (let i = 0; i < o.length; i++) { const v = x[i]; o[i] = v !== v ? v : Math.min(Math.max(v, p), q); } },
  // PyTorch 2.x: no gradient at the bounds themselves (1.13 passed it through)
  backward(r, g, x, _y, p, q) { for (let i = 0; i < r.length; i++) { const v = x[i]; r[i] = v > p && v < q ? g[i] : 0; } },
};

function unary(op: UnaryOp, t: Tensor, p = 0, q = 0): Tensor {
  if (!(t instanceof Tensor)) throw new TypeError(`${op.name}(): argument 'input' must be Tensor, not ${typeof t}`);
  let dtype: DType = t.dtype;
  if (!isFloating(dtype) && !(op.keepsInt || (op === POW && Number.isInteger(p) && p >= 0))) dtype = get_default_dtype();
  if (dtype === 'bool' && op === NEG) throw new RuntimeError('Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.');
  let pp = p, qq = q;
  if (dtype === 'float32') { pp = Math.fround(p); qq = Math.fround(q); }
  let res: Tensor;
  if (elementCount(t) === 1 && dtype === t.dtype && (dtype === 'float32' || dtype === 'float64')) {
    // one float element, the result kept as a number (Tensor._make1): the op's one-element form, or its kernel on
    // scratch storages
    if (op.f1 !== undefined) res = Tensor._make1(op.f1(value1(t), pp), t.shape, dtype);
    else {
      const s = scratch1(dtype);
      s.x[0] = value1(t);
      op.forward(s.y, s.x, pp, qq);
      res = Tensor._make1(s.y[0], t.shape, dtype);
    }
  } else {
    const out = alloc(dtype === 'bool' ? 'int64' : dtype, t.data.length);
    op.forward(out, t.data, pp, qq);
    res = Tensor._make(out, t.shape, dtype === 'bool' ? 'int64' : dtype);
  }
  if (!needsGrad(t)) return res;
  res.requires_grad = true;
  res.grad_fn = new UnaryNode(op, t, res, pp, qq);
  return res;
}

/**
 * A unary op's graph node: input (`in0`), result and arguments live on the node (no closure per op, see BinaryNode).
 */
class UnaryNode extends Node {
  declare readonly op: UnaryOp;
  declare readonly y: Tensor;
  declare readonly p: number;
  declare readonly q: number;
  constructor(op: UnaryOp, x: Tensor, y: Tensor, p: number, q: number) {
    super(op.grad_fn, x, null, null, unaryBackward, op.saves !== null, elementCount(y) === 1);
    this.op = op;
    this.y = y;
    this.p = p;
    this.q = q;
  }

  /** `unaryBackward` for one element: the op's one-element form, or its backward kernel on one-element scratch storages. */
  override scalarGrad(): void {
    const g = scalarIn(this);
    const b1 = this.op.b1;
    if (b1 !== undefined) {
      const v = b1(g, value1(this.in0!), this.p);
      SG[0] = this.y.dtype === 'float32' ? Math.fround(v) : v;
      return;
    }
    const s = scratch1(this.y.dtype);
    s.g[0] = g;
    s.x[0] = value1(this.in0!);
    s.y[0] = value1(this.y);
    this.op.backward(s.r, s.g, s.x, s.y, this.p, this.q);
    SG[0] = s.r[0];
  }
}

function unaryBackward(this: Node, g: Tensor): (Tensor | null)[] {
  const { op, in0, y, p, q } = this as UnaryNode;
  const r = alloc(g.dtype, g.data.length);
  op.backward(r, g.data, in0!.data, y.data, p, q);
  return result1(Tensor._make(r, g.shape, g.dtype));
}

export const neg = (t: Tensor): Tensor => unary(NEG, t);
export const exp = (t: Tensor): Tensor => unary(EXP, t);
export const log = (t: Tensor): Tensor => unary(LOG, t);
export const sqrt = (t: Tensor): Tensor => unary(SQRT, t);
export const abs = (t: Tensor): Tensor => unary(ABS, t);
export const tanh = (t: Tensor): Tensor => unary(TANH, t);
export const sigmoid = (t: Tensor): Tensor => unary(SIGMOID, t);
export const relu = (t: Tensor): Tensor => unary(RELU, t);
export const sin = (t: Tensor): Tensor => unary(SIN, t);
export const cos = (t: Tensor): Tensor => unary(COS, t);
export const reciprocal = (t: Tensor): Tensor => unary(RECIPROCAL, t);

/** `t ** p` for a number p (PowBackward0). */
export function pow(t: Tensor, p: number): Tensor {
  if (typeof p !== 'number') throw new TypeError(`pow(): argument 'exponent' must be Number or Tensor`);
  if (!isFloating(t.dtype) && Number.isInteger(p) && p < 0) {
    throw new RuntimeError('Integers to negative integer powers are not allowed.');
  }
  return unary(POW, t, p);
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
  return unary(CLAMP, t, lo ?? -Infinity, hi ?? Infinity);
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
