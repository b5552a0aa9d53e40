/**
 * Binary elementwise ops with broadcasting, PyTorch type promotion and autograd:
 * add sub mul div pow maximum minimum, and the comparisons (gt lt ge le eq ne → bool tensors).
 * JS numbers act as Python scalars (`x.mul(2)`, `torch.add(1, x)`).
 */
import { attach } from '../autograd/function';
import { gradMode } from '../autograd/grad-mode';
import { result1, result2 } from '../autograd/node';
import { get_default_dtype, isFloating, resultType, scalarResultType } from '../dtype';
import { RuntimeError } from '../errors';
import { checkOptions } from '../options';
import { Tensor, type DType, type Storage } from '../tensor';
import { broadcastIndex, broadcastShapes, sumToShape } from './broadcast';
import { alloc, asTensor, numelOf, sameShape } from './util';

const ADD = 0, SUB = 1, MUL = 2, DIV = 3, POW = 4, MAX = 5, MIN = 6, GT = 7, LT = 8, GE = 9, LE = 10, EQ = 11, NE = 12;
const FDIV = 13, TDIV = 14;

function apply(op: number, x: number, y: number, alpha: number): number {
  switch (op) {
    case ADD: return x + alpha * y;
    case SUB: return x - alpha * y;
    case MUL: return x * y;
    case DIV: return x / y;
    case POW: return Math.pow(x, y);
    case MAX: return x !== x || y !== y ? NaN : x > y ? x : y;
    case MIN: return x !== x || y !== y ? NaN : x < y ? x : y;
    case GT: return x > y ? 1 : 0;
    case LT: return x < y ? 1 : 0;
    case GE: return x >= y ? 1 : 0;
    case LE: return x <= y ? 1 : 0;
    case EQ: return x === y ? 1 : 0;
    case NE: return x !== y ? 1 : 0;
    case FDIV: return Math.floor(x / y);
    default: return Math.trunc(x / y);
  }
}

/** The raw kernel: out[i] = x[ia[i]] ∘ y[ib[i]] (identity when the index map is null). */
function kernel(op: number, o: Storage, x: Storage, y: Storage, ia: Int32Array | null, ib: Int32Array | null, alpha: number): void {
  const n = o.length;
  if (ia === null && ib === null) {
    switch (op) {
      case ADD:
        if (alpha === 1) for (let i = 0; i < n; i++) o[i] = x[i] + y[i];
        else for (let i = 0; i < n; i++) o[i] = x[i] + alpha * y[i];
        return;
      case SUB:
        if (alpha === 1) for (let i = 0; i < n; i++) o[i] = x[i] - y[i];
        else for (let i = 0; i < n; i++) o[i] = x[i] - alpha * y[i];
        return;
      case MUL:
        for (let i = 0; i < n; i++) o[i] = x[i] * y[i];
        return;
      case DIV:
        for (let i = 0; i < n; i++) o[i] = x[i] / y[i];
        return;
      default:
        for (let i = 0; i < n; i++) o[i] = apply(op, x[i], y[i], alpha);
        return;
    }
  }
  for (let i = 0; i < n; i++) o[i] = apply(op, x[ia === null ? i : ia[i]], y[ib === null ? i : ib[i]], alpha);
}

/** out[i] = x[i] ∘ s (or s ∘ x[i] when `rev`) for a scalar s. */
function kernelScalar(op: number, o: Storage, x: Storage, s: number, alpha: number, rev: boolean): void {
  const n = o.length;
  if (!rev) {
    switch (op) {
      case ADD: { const t = alpha * s; for (let i = 0; i < n; i++) o[i] = x[i] + t; return; }
      case SUB: { const t = alpha * s; for (let i = 0; i < n; i++) o[i] = x[i] - t; return; }
      case MUL: for (let i = 0; i < n; i++) o[i] = x[i] * s; return;
      case DIV: for (let i = 0; i < n; i++) o[i] = x[i] / s; return;
      default: for (let i = 0; i < n; i++) o[i] = apply(op, x[i], s, alpha);
    }
  } else {
    switch (op) {
      case ADD: for (let i = 0; i < n; i++) o[i] = s + alpha * x[i]; return;
      case SUB: for (let i = 0; i < n; i++) o[i] = s - alpha * x[i]; return;
      case MUL: for (let i = 0; i < n; i++) o[i] = s * x[i]; return;
      default: for (let i = 0; i < n; i++) o[i] = apply(op, s, x[i], alpha);
    }
  }
}

/** Result dtype of a ∘ b for tensors and/or numbers. */
export function opDtype(a: Tensor | number, b: Tensor | number): DType {
  if (typeof a === 'number') return scalarResultType((b as Tensor).dtype, a);
  if (typeof b === 'number') return scalarResultType(a.dtype, b);
  return resultType(a.dtype, a.shape.length, b.dtype, b.shape.length);
}

/** A tensor's values for a computation in `dtype` (float64 inputs are rounded for a float32 computation). */
function values(t: Tensor, dtype: DType): Storage {
  return dtype === 'float32' && t.dtype === 'float64' ? Float32Array.from(t.data) : t.data;
}

const f32 = Math.fround;

/** Runs a binary op forward without autograd (also used by backward closures). Numbers are Python scalars. */
export function forward(op: number, a: Tensor | number, b: Tensor | number, computeDtype: DType, outDtype: DType, alpha = 1): Tensor {
  const r32 = computeDtype === 'float32';
  const al = r32 ? f32(alpha) : alpha;
  if (typeof b === 'number' || typeof a === 'number') {
    const rev = typeof a === 'number';
    const t = (rev ? b : a) as Tensor;
    const s = (rev ? a : b) as number;
    const out = alloc(outDtype, t.data.length);
    kernelScalar(op, out, values(t, computeDtype), r32 ? f32(s) : s, al, rev);
    return finish(op, out, t.shape, outDtype);
  }
  const as = a.shape;
  const bs = b.shape;
  const same = sameShape(as, bs);
  const outShape = same ? as : broadcastShapes(as, bs);
  const n = same ? a.data.length : numelOf(outShape);
  const out = alloc(outDtype, n);
  const x = values(a, computeDtype);
  const y = values(b, computeDtype);
  if (same) kernel(op, out, x, y, null, null, al);
  else {
    const aFull = sameShape(as, outShape);
    if (aFull && y.length === 1) kernelScalar(op, out, x, y[0], al, false);
    else kernel(op, out, x, y, aFull ? null : broadcastIndex(as, outShape), sameShape(bs, outShape) ? null : broadcastIndex(bs, outShape), al);
  }
  return finish(op, out, outShape, outDtype);
}

function finish(op: number, out: Storage, shape: number[], dtype: DType): Tensor {
  if (dtype === 'int64' && (op === DIV || op === POW)) for (let i = 0; i < out.length; i++) out[i] = Math.trunc(out[i]);
  return Tensor._make(out, shape, dtype);
}

function binary(name: string, op: number, a: Tensor | number, b: Tensor | number, alpha = 1): Tensor {
  a = checkOperand(a, name, b);
  b = checkOperand(b, name, a);
  let dtype = opDtype(a, b);
  if (op === DIV && !isFloating(dtype)) dtype = get_default_dtype();
  if (dtype === 'bool' && op !== MAX && op !== MIN) dtype = op === MUL ? 'bool' : 'int64';
  if (op === POW && dtype === 'int64' && typeof b !== 'number' && b.data.some((v) => v < 0)) {
    throw new RuntimeError('Integers to negative integer powers are not allowed.');
  }
  const out = forward(op, a, b, dtype, dtype, alpha);
  const ga = typeof a !== 'number' && a.requires_grad;
  const gb = typeof b !== 'number' && b.requires_grad;
  if (!gradMode.enabled || !(ga || gb)) return out;
  const inputs = typeof a === 'number' ? [b as Tensor] : typeof b === 'number' ? [a] : [a, b];
  return attach(out, gradName(op, typeof a === 'number'), inputs, backwardFor(op, a, b, out, alpha, dtype), op >= MUL);
}

/** Numbers stay numbers (Python scalars) unless both operands are numbers; anything else is a TypeError. */
function checkOperand(v: N, name: string, other: N): N {
  if (v instanceof Tensor || (typeof v === 'number' && other instanceof Tensor)) return v;
  if (typeof v === 'number' && other instanceof Tensor) return v;
  return asTensor(v, name);
}

function gradName(op: number, reversed: boolean): string {
  switch (op) {
    case ADD: return 'AddBackward0';
    case SUB: return reversed ? 'RsubBackward1' : 'SubBackward0';
    case MUL: return 'MulBackward0';
    case DIV: return 'DivBackward0';
    case POW: return reversed ? 'PowBackward2' : 'PowBackward1';
    case MAX: return 'MaximumBackward0';
    default: return 'MinimumBackward0';
  }
}

const shapeOf = (v: Tensor | number): number[] => (typeof v === 'number' ? [] : v.shape);
const needs = (v: Tensor | number): boolean => typeof v !== 'number' && v.requires_grad;

/** Gradients in the order of the node's inputs (numbers are not inputs); one closure per op. */
function backwardFor(op: number, A: Tensor | number, B: Tensor | number, out: Tensor, alpha: number, dt: DType) {
  return (g: Tensor): (Tensor | null)[] => {
    const ga = needs(A) ? sumToShape(gradA(op, g, A, B, out, alpha, dt), shapeOf(A)) : null;
    const gb = needs(B) ? sumToShape(gradB(op, g, A, B, out, alpha, dt), shapeOf(B)) : null;
    return typeof A === 'number' ? result1(gb) : typeof B === 'number' ? result1(ga) : result2(ga, gb);
  };
}

/** ∂out/∂a · g, broadcast to the output shape. */
function gradA(op: number, g: Tensor, A: Tensor | number, B: Tensor | number, out: Tensor, alpha: number, dt: DType): Tensor {
  switch (op) {
    case ADD:
    case SUB: return g;
    case MUL: return forward(MUL, g, B, dt, dt);
    case DIV: return forward(DIV, g, B, dt, dt);
    // d/da a^b = b·a^(b−1), 0 where b == 0
    case POW: return maskWhere(forward(MUL, forward(MUL, g, B, dt, dt), forward(POW, A, forward(SUB, B, 1, dt, dt), dt, dt), dt, dt), B, (b) => b === 0);
    default: return extremeGrad(op, g, A, B, dt, true);
  }
}

/** ∂out/∂b · g, broadcast to the output shape. */
function gradB(op: number, g: Tensor, A: Tensor | number, B: Tensor | number, out: Tensor, alpha: number, dt: DType): Tensor {
  switch (op) {
    case ADD: return alpha === 1 ? g : forward(MUL, g, alpha, dt, dt);
    case SUB: return forward(MUL, g, -alpha, dt, dt);
    case MUL: return forward(MUL, g, A, dt, dt);
    // −g·a / (b·b)
    case DIV: return forward(DIV, forward(MUL, forward(MUL, g, -1, dt, dt), A, dt, dt), forward(MUL, B, B, dt, dt), dt, dt);
    // d/db a^b = a^b·log(a), 0 where a == 0 and b >= 0
    case POW:
      return maskPair(forward(MUL, forward(MUL, g, out, dt, dt), typeof A === 'number' ? Math.log(A) : A.log(), dt, dt), A, B, (a, b) => a === 0 && b >= 0);
    default: return extremeGrad(op, g, A, B, dt, false);
  }
}

/** maximum/minimum: the larger (smaller) input gets the gradient; ties split it in half. */
function extremeGrad(op: number, g: Tensor, A: Tensor | number, B: Tensor | number, dt: DType, forA: boolean): Tensor {
  const n = g.data.length;
  const ai = broadcastIndex(shapeOf(A), g.shape);
  const bi = broadcastIndex(shapeOf(B), g.shape);
  const r = alloc(g.dtype, n);
  for (let i = 0; i < n; i++) {
    const x = at(A, ai, i);
    const y = at(B, bi, i);
    const w = x === y ? 0.5 : (op === MAX ? x > y : x < y) ? 1 : 0;
    r[i] = g.data[i] * (forA ? w : 1 - w);
  }
  void dt;
  return Tensor._make(r, g.shape, g.dtype);
}

const at = (v: Tensor | number, idx: Int32Array, i: number): number => (typeof v === 'number' ? v : v.data[idx[i]]);

function maskWhere(t: Tensor, m: Tensor | number, pred: (v: number) => boolean): Tensor {
  const idx = broadcastIndex(shapeOf(m), t.shape);
  for (let i = 0; i < t.data.length; i++) if (pred(at(m, idx, i))) t.data[i] = 0;
  return t;
}

function maskPair(t: Tensor, a: Tensor | number, b: Tensor | number, pred: (x: number, y: number) => boolean): Tensor {
  const ia = broadcastIndex(shapeOf(a), t.shape);
  const ib = broadcastIndex(shapeOf(b), t.shape);
  for (let i = 0; i < t.data.length; i++) if (pred(at(a, ia, i), at(b, ib, i))) t.data[i] = 0;
  return t;
}

type N = Tensor | number;

/** `torch.add(a, b, alpha=1)`: a + alpha * b. */
export function add(a: N, b: N, opts?: { alpha?: number }): Tensor {
  const alpha = opts === undefined ? 1 : checkOptions('add', opts, ['alpha']).alpha ?? 1;
  return binary('add', ADD, a, b, alpha);
}
/** `torch.sub(a, b, alpha=1)`: a - alpha * b. */
export function sub(a: N, b: N, opts?: { alpha?: number }): Tensor {
  const alpha = opts === undefined ? 1 : checkOptions('sub', opts, ['alpha']).alpha ?? 1;
  return binary('sub', SUB, a, b, alpha);
}
export function mul(a: N, b: N): Tensor {
  return binary('mul', MUL, a, b);
}
/** `torch.div(a, b, rounding_mode=None)`: true division (ints give floats); 'trunc' / 'floor' round. */
export function div(a: N, b: N, opts?: { rounding_mode?: 'trunc' | 'floor' | null }): Tensor {
  const mode = checkOptions('div', opts, ['rounding_mode']).rounding_mode ?? null;
  if (mode === null) return binary('div', DIV, a, b);
  if (mode !== 'trunc' && mode !== 'floor') {
    throw new RuntimeError(`div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '${mode}'`);
  }
  const dt = opDtype(a, b);
  return forward(mode === 'floor' ? FDIV : TDIV, a, b, dt, dt);
}
/** `torch.pow(a, b)` with a tensor exponent (a number exponent goes through unary pow). */
export function pow(a: N, b: N): Tensor {
  return binary('pow', POW, a, b);
}
export function maximum(a: Tensor, b: N): Tensor {
  return binary('maximum', MAX, a, b);
}
export function minimum(a: Tensor, b: N): Tensor {
  return binary('minimum', MIN, a, b);
}

const CMP = { gt: GT, lt: LT, ge: GE, le: LE, eq: EQ, ne: NE } as const;

/** Comparisons: bool tensors, no gradient. */
export function compare(a: N, b: N, which: keyof typeof CMP): Tensor {
  a = checkOperand(a, which, b);
  b = checkOperand(b, which, a);
  const dt = opDtype(a, b);
  return forward(CMP[which], a, b, dt, 'bool');
}
