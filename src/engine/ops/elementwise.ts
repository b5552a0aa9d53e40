/**
 * Binary elementwise ops with broadcasting, PyTorch type promotion and autograd:
 * add sub mul div pow maximum minimum, and the comparisons (gt lt ge le eq ne → bool tensors).
 * JS numbers act as Python scalars (`x.mul(2)`, `torch.add(1, x)`).
 */
import { gradMode } from '../autograd/grad-mode';
import { scalarIn, SG } from '../autograd/backward';
import { Node, result1, result2 } from '../autograd/node';
import { get_default_dtype, isFloating, resultType, scalarResultType } from '../dtype';
import { RuntimeError } from '../errors';
import { checkOptions } from '../options';
import { elementCount, Tensor, value1, type DType, type Storage } from '../tensor';
import { broadcastIndex, broadcastShapes, sumToShape } from './broadcast';
import { alloc, asTensor, numelOf, sameShape } from './util';

type N = Tensor | number;

/**
 * One record per binary op, beside its code: the scalar formula `f`, optional fast loops for same-shape and
 * tensor∘scalar operands, PyTorch's grad_fn name, whether backward reads saved operands (`saves`: a freed
 * node that saved them raises "backward through the graph a second time"), and the gradients.
 */
export interface BinaryOp {
  readonly name: string;
  /** grad_fn name (`grad_fn_rev` when the first operand is a Python number: `torch.sub(1, x)` → RsubBackward1). */
  readonly grad_fn: string;
  readonly grad_fn_rev?: string;
  readonly saves: boolean;
  /** Integer results are truncated (int64 div/pow). */
  readonly truncInt?: boolean;
  /** add/sub/mul/div: one-element float operands take `binary1` (and backward's scalar pass). */
  readonly scalar1?: boolean;
  f(x: number, y: number, alpha: number): number;
  same?(o: Storage, x: Storage, y: Storage, alpha: number): void;
  scalar?(o: Storage, x: Storage, s: number, alpha: number, rev: boolean): void;
  /** ∂out/∂a · g and ∂out/∂b · g at the output shape (summed to the operand shapes by the caller). */
  gradA?(g: Tensor, A: N, B: N, out: Tensor, alpha: number, dt: DType): Tensor;
  gradB?(g: Tensor, A: N, B: N, out: Tensor, alpha: number, dt: DType): Tensor;
}

export const ADD: BinaryOp = {
  name: 'add', grad_fn: 'AddBackward0', saves: false, scalar1: true,
  f: (x, y, a) => x + a * y,
  same(o, x, y, a) {
    const n = o.length;
    if (a === 1) for (let i = 0; i < n; i++) o[i] = x[i] + y[i];
    else for (let i = 0; i < n; i++) o[i] = x[i] + a * y[i];
  },
  scalar(o, x, s, a, rev) {
    const n = o.length;
    if (rev) for (let i = 0; i < n; i++) o[i] = s + a * x[i];
    else { const t = a * s; for (let i = 0; i < n; i++) o[i] = x[i] + t; }
  },
  gradA: (g) => g,
  gradB: (g, _A, _B, _o, a, dt) => (a === 1 ? g : forward(MUL, g, a, dt, dt)),
};

export const SUB: BinaryOp = {
  name: 'sub', grad_fn: 'SubBackward0', grad_fn_rev: 'RsubBackward1', saves: false, scalar1: true,
  f: (x, y, a) => x - a * y,
  same(o, x, y, a) {
    const n = o.length;
    if (a === 1) for (let i = 0; i < n; i++) o[i] = x[i] - y[i];
    else for (let i = 0; i < n; i++) o[i] = x[i] - a * y[i];
  },
  scalar(o, x, s, a, rev) {
    const n = o.length;
    if (rev) for (let i = 0; i < n; i++) o[i] = s - a * x[i];
    else { const t = a * s; for (let i = 0; i < n; i++) o[i] = x[i] - t; }
  },
  gradA: (g) => g,
  gradB: (g, _A, _B, _o, a, dt) => forward(MUL, g, -a, dt, dt),
};

export const MUL: BinaryOp = {
  name: 'mul', grad_fn: 'MulBackward0', saves: true, scalar1: true,
  f: (x, y) => x * y,
  same(o, x, y) { for (let i = 0; i < o.length; i++) o[i] = x[i] * y[i]; },
  scalar(o, x, s) { for (let i = 0; i < o.length; i++) o[i] = x[i] * s; },
  gradA: (g, _A, B, _o, _a, dt) => forward(MUL, g, B, dt, dt),
  gradB: (g, A, _B, _o, _a, dt) => forward(MUL, g, A, dt, dt),
};

export const DIV: BinaryOp = {
  name: 'div', grad_fn: 'DivBackward0', saves: true, truncInt: true, scalar1: true,
  f: (x, y) => x / y,
  same(o, x, y) { for (let i = 0; i < o.length; i++) o[i] = x[i] / y[i]; },
  scalar(o, x, s, _a, rev) {
    if (rev) for (let i = 0; i < o.length; i++) o[i] = s / x[i];
    else for (let i = 0; i < o.length; i++) o[i] = x[i] / s;
  },
  gradA: (g, _A, B, _o, _a, dt) => forward(DIV, g, B, dt, dt),
  // −g·a / (b·b)
  gradB: (g, A, B, _o, _a, dt) => forward(DIV, forward(MUL, forward(MUL, g, -1, dt, dt), A, dt, dt), forward(MUL, B, B, dt, dt), dt, dt),
};

export const POW: BinaryOp = {
  name: 'pow', grad_fn: 'PowBackward1', grad_fn_rev: 'PowBackward2', saves: true, truncInt: true,
  f: (x, y) => Math.pow(x, y),
  // d/da a^b = b·a^(b−1), 0 where b == 0
  gradA: (g, A, B, _o, _a, dt) =>
    maskWhere(forward(MUL, forward(MUL, g, B, dt, dt), forward(POW, A, forward(SUB, B, 1, dt, dt), dt, dt), dt, dt), B, (b) => b === 0),
  // d/db a^b = a^b·log(a), 0 where a == 0 and b >= 0
  gradB: (g, A, B, out, _a, dt) =>
    maskPair(forward(MUL, forward(MUL, g, out, dt, dt), typeof A === 'number' ? Math.log(A) : A.log(), dt, dt), A, B, (a, b) => a === 0 && b >= 0),
};

export const MAXIMUM: BinaryOp = {
  name: 'maximum', grad_fn: 'MaximumBackward0', saves: true,
  f: (x, y) => (x !== x || y !== y ? NaN : x > y ? x : y),
  gradA: (g, A, B) => extremeGrad(true, g, A, B, true),
  gradB: (g, A, B) => extremeGrad(true, g, A, B, false),
};

export const MINIMUM: BinaryOp = {
  name: 'minimum', grad_fn: 'MinimumBackward0', saves: true,
  f: (x, y) => (x !== x || y !== y ? NaN : x < y ? x : y),
  gradA: (g, A, B) => extremeGrad(false, g, A, B, true),
  gradB: (g, A, B) => extremeGrad(false, g, A, B, false),
};

/** Comparisons (bool results, no gradient) and the rounding divisions (no gradient in this engine). */
const noGrad = (name: string, f: (x: number, y: number) => number): BinaryOp => ({ name, grad_fn: '', saves: false, f });
const CMP = {
  gt: noGrad('gt', (x, y) => (x > y ? 1 : 0)),
  lt: noGrad('lt', (x, y) => (x < y ? 1 : 0)),
  ge: noGrad('ge', (x, y) => (x >= y ? 1 : 0)),
  le: noGrad('le', (x, y) => (x <= y ? 1 : 0)),
  eq: noGrad('eq', (x, y) => (x === y ? 1 : 0)),
  ne: noGrad('ne', (x, y) => (x !== y ? 1 : 0)),
} as const;
const FLOOR_DIV = noGrad('floor_divide', (x, y) => Math.floor(x / y));
const TRUNC_DIV = noGrad('trunc_divide', (x, y) => Math.trunc(x / y));

/** The raw kernel: out[i] = x[ia[i]] ∘ y[ib[i]] (identity when the index map is null). */
function kernel(op: BinaryOp, o: Storage, x: Storage, y: Storage, ia: Int32Array | null, ib: Int32Array | null, alpha: number): void {
  const n = o.length;
  const f = op.f;
  if (ia === null && ib === null) {
    if (op.same !== undefined) op.same(o, x, y, alpha);
    else for (let i = 0; i < n; i++) o[i] = f(x[i], y[i], alpha);
    return;
  }
  for (let i = 0; i < n; i++) o[i] = f(x[ia === null ? i : ia[i]], y[ib === null ? i : ib[i]], alpha);
}

/** out[i] = x[i] ∘ s (or s ∘ x[i] when `rev`) for a scalar s. */
function kernelScalar(op: BinaryOp, o: Storage, x: Storage, s: number, alpha: number, rev: boolean): void {
  if (op.scalar !== undefined) return op.scalar(o, x, s, alpha, rev);
  const n = o.length;
  const f = op.f;
  if (rev) for (let i = 0; i < n; i++) o[i] = f(s, x[i], alpha);
  else for (let i = 0; i < n; i++) o[i] = f(x[i], s, alpha);
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
export function forward(op: BinaryOp, a: Tensor | number, b: Tensor | number, computeDtype: DType, outDtype: DType, alpha = 1): Tensor {
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

function finish(op: BinaryOp, out: Storage, shape: number[], dtype: DType): Tensor {
  if (dtype === 'int64' && op.truncInt) for (let i = 0; i < out.length; i++) out[i] = Math.trunc(out[i]);
  return Tensor._make(out, shape, dtype);
}

/**
 * add/sub/mul/div of one-element operands of one float dtype (a 0-d or one-element tensor with a Python number or
 * a tensor of the same shape and dtype): `forward`'s arithmetic without its loops and shape work, the same doubles.
 */
function binary1(op: BinaryOp, a: N, b: N, alpha: number): Tensor | null {
  let t: Tensor;
  let x: number;
  let y: number;
  if (typeof b === 'number') {
    if (!(a instanceof Tensor)) return null;
    t = a;
    x = value1(a);
    y = b;
  } else if (typeof a === 'number') {
    if (!(b instanceof Tensor)) return null;
    t = b;
    x = a;
    y = value1(b);
  } else {
    if (!(a instanceof Tensor) || !(b instanceof Tensor) || a.dtype !== b.dtype || !sameShape(a.shape, b.shape)) return null;
    t = a;
    x = value1(a);
    y = value1(b);
  }
  const dt = t.dtype;
  const r32 = dt === 'float32';
  if (elementCount(t) !== 1 || !(r32 || dt === 'float64')) return null;
  // numbers are cast to the computation's dtype, as `forward` does (a tensor's values already are)
  if (r32) {
    if (typeof a === 'number') x = f32(x);
    if (typeof b === 'number') y = f32(y);
  }
  const al = r32 ? f32(alpha) : alpha;
  const v = op === ADD ? x + al * y : op === SUB ? x - al * y : op === MUL ? x * y : x / y;
  const res = Tensor._make1(v, t.shape, dt);
  if (gradMode.enabled && (needs(a) || needs(b))) record(op, a, b, res, alpha);
  return res;
}

/** Attaches the op's graph node to `out`. */
function record(op: BinaryOp, a: N, b: N, out: Tensor, alpha: number): void {
  const name = typeof a === 'number' && op.grad_fn_rev !== undefined ? op.grad_fn_rev : op.grad_fn;
  out.requires_grad = true;
  out.grad_fn = new BinaryNode(name, op, a, b, out, alpha);
}

function binary(op: BinaryOp, a: Tensor | number, b: Tensor | number, alpha = 1): Tensor {
  if (op.scalar1 === true) {
    const r = binary1(op, a, b, alpha);
    if (r !== null) return r;
  }
  a = checkOperand(a, op.name, b);
  b = checkOperand(b, op.name, a);
  let dtype = opDtype(a, b);
  if (op === DIV && !isFloating(dtype)) dtype = get_default_dtype();
  if (dtype === 'bool' && op !== MAXIMUM && op !== MINIMUM) dtype = op === MUL ? 'bool' : 'int64';
  if (op === POW && dtype === 'int64' && typeof b !== 'number' && b.data.some((v) => v < 0)) {
    throw new RuntimeError('Integers to negative integer powers are not allowed.');
  }
  const out = forward(op, a, b, dtype, dtype, alpha);
  const ga = typeof a !== 'number' && a.requires_grad;
  const gb = typeof b !== 'number' && b.requires_grad;
  if (gradMode.enabled && (ga || gb)) record(op, a, b, out, alpha);
  return out;
}

/** Numbers stay numbers (Python scalars) unless both operands are numbers; anything else is a TypeError. */
function checkOperand(v: N, name: string, other: N): N {
  if (v instanceof Tensor || (typeof v === 'number' && other instanceof Tensor)) return v;
  if (typeof v === 'number' && other instanceof Tensor) return v;
  return asTensor(v, name);
}

const shapeOf = (v: Tensor | number): number[] => (typeof v === 'number' ? [] : v.shape);
const needs = (v: Tensor | number): boolean => typeof v !== 'number' && v.requires_grad;

/**
 * A binary op's graph node: the operands live on the node and one shared backward function reads them through
 * `this` (the driver calls `node.backwardFn(g)`), so recording an op allocates no closure.
 */
class BinaryNode extends Node {
  declare readonly op: BinaryOp;
  declare readonly A: N;
  declare readonly B: N;
  declare readonly out: Tensor;
  declare readonly alpha: number;
  /** The computation is float32 (fixed when the op is recorded, for the scalar pass). */
  declare readonly r32: boolean;
  constructor(name: string, op: BinaryOp, A: N, B: N, out: Tensor, alpha: number) {
    // one-element operands of another shape than the result ([] with [1]) take the tensor pass, whose sumToShape
    // turns a −0 gradient into +0
    const scalar = op.scalar1 === true && elementCount(out) === 1 && (typeof A === 'number' || sameShape(A.shape, out.shape)) && (typeof B === 'number' || sameShape(B.shape, out.shape));
    // (numbers are not inputs)
    super(name, typeof A === 'number' ? (B as Tensor) : A, typeof A === 'number' || typeof B === 'number' ? null : B, null, binaryBackward, op.saves, scalar);
    this.op = op;
    this.A = A;
    this.B = B;
    this.out = out;
    this.alpha = alpha;
    this.r32 = out.dtype === 'float32';
  }

  /**
   * `binaryBackward` for one element: the same kernels' arithmetic (see each op's gradA/gradB), each result rounded
   * as the float32 tensor it would make stores it. Both operands' gradients are computed (the pass hands on only
   * those of inputs that require grad); they go by the index of the node's input (numbers are not inputs).
   */
  override scalarGrad(): void {
    const g = scalarIn(this);
    const { op, A, B, r32 } = this;
    let ga = g;
    let gb = g;
    if (op === MUL) {
      ga = g * operand(B, r32);
      gb = g * operand(A, r32);
    } else if (op === DIV) {
      // g / b, and −g·a / (b·b) (g is already a float32 value in a float32 computation, and so is −g)
      const b = operand(B, r32);
      ga = g / b;
      gb = rounded(-g * operand(A, r32), r32) / rounded(b * b, r32);
    } else if (op === SUB) gb = g * operand(-this.alpha, r32);
    else if (this.alpha !== 1) gb = g * operand(this.alpha, r32); // ADD
    if (r32) {
      ga = f32(ga);
      gb = f32(gb);
    }
    SG[0] = typeof A === 'number' ? gb : ga;
    SG[1] = gb;
  }
}

/** A value as the float32 (`r32`) or float64 tensor that holds it stores it. */
const rounded = (v: number, r32: boolean): number => (r32 ? f32(v) : v);
/** An operand as `forward` reads it in a float32 (`r32`) or float64 computation (numbers and float64 tensors are cast to float32). */
function operand(T: N, r32: boolean): number {
  if (typeof T === 'number') return r32 ? f32(T) : T;
  const v = value1(T);
  return r32 && T.dtype === 'float64' ? f32(v) : v;
}

/** Gradients in the order of the node's inputs (numbers are not inputs). */
function binaryBackward(this: Node, g: Tensor): (Tensor | null)[] {
  const { op, A, B, out, alpha } = this as BinaryNode;
  const dt = out.dtype;
  const ga = needs(A) ? sumToShape(op.gradA!(g, A, B, out, alpha, dt), shapeOf(A)) : null;
  const gb = needs(B) ? sumToShape(op.gradB!(g, A, B, out, alpha, dt), shapeOf(B)) : null;
  return typeof A === 'number' ? result1(gb) : typeof B === 'number' ? result1(ga) : result2(ga, gb);
}

/** maximum/minimum: the larger (smaller) input gets the gradient; ties split it in half. */
function extremeGrad(isMax: boolean, g: Tensor, A: N, B: N, forA: boolean): Tensor {
  const n = g.data.length;
  const ai = broadcastIndex(shapeOf(A), g.shape);
  const bi = broadcastIndex(shapeOf(B), g.shape);
  const r = alloc(g.dtype, n);
  for (let i = 0; i < n; i++) {
    const x = at(A, ai, i);
    const y = at(B, bi, i);
    const w = x === y ? 0.5 : (isMax ? x > y : x < y) ? 1 : 0;
    r[i] = g.data[i] * (forA ? w : 1 - w);
  }
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

/** `torch.add(a, b, alpha=1)`: a + alpha * b. */
export function add(a: N, b: N, opts?: { alpha?: number }): Tensor {
  const alpha = opts === undefined ? 1 : checkOptions('add', opts, ['alpha']).alpha ?? 1;
  return binary(ADD, a, b, alpha);
}
/** `torch.sub(a, b, alpha=1)`: a - alpha * b. */
export function sub(a: N, b: N, opts?: { alpha?: number }): Tensor {
  const alpha = opts === undefined ? 1 : checkOptions('sub', opts, ['alpha']).alpha ?? 1;
  return binary(SUB, a, b, alpha);
}
export function mul(a: N, b: N): Tensor {
  return binary(MUL, a, b);
}
/** `torch.div(a, b, rounding_mode=None)`: true division (ints give floats); 'trunc' / 'floor' round. */
export function div(a: N, b: N, opts?: { rounding_mode?: 'trunc' | 'floor' | null }): Tensor {
  const mode = checkOptions('div', opts, ['rounding_mode']).rounding_mode ?? null;
  if (mode === null) return binary(DIV, a, b);
  if (mode !== 'trunc' && mode !== 'floor') {
    throw new RuntimeError(`div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '${mode}'`);
  }
  const dt = opDtype(a, b);
  return forward(mode === 'floor' ? FLOOR_DIV : TRUNC_DIV, a, b, dt, dt);
}
/** `torch.pow(a, b)` with a tensor exponent (a number exponent goes through unary pow). */
export function pow(a: N, b: N): Tensor {
  return binary(POW, a, b);
}
export function maximum(a: Tensor, b: N): Tensor {
  return binary(MAXIMUM, a, b);
}
export function minimum(a: Tensor, b: N): Tensor {
  return binary(MINIMUM, a, b);
}

/** Comparisons: bool tensors, no gradient. */
export function compare(a: N, b: N, which: keyof typeof CMP): Tensor {
  a = checkOperand(a, which, b);
  b = checkOperand(b, which, a);
  const dt = opDtype(a, b);
  return forward(CMP[which], a, b, dt, 'bool');
}
