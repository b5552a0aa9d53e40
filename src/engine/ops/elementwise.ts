/**
 * Binary elementwise ops with broadcasting, PyTorch type promotion and autograd:
 * add sub mul div pow maximum minimum, and the comparisons (gt lt ge le eq ne → bool tensors).
 * JS numbers act as Python scalars (`x.mul(2)`, `torch.add(1, x)`).
 */
import { attach, needsGrad } from '../autograd/function';
import { get_default_dtype, isFloating, resultType, scalarResultType } from '../dtype';
import { RuntimeError } from '../errors';
import { checkOptions } from '../options';
import { Tensor, type DType, type Storage } from '../tensor';
import { broadcastIndex, broadcastShapes, sumToShape } from './broadcast';
import { alloc, asTensor, numelOf, sameShape, scalarTensor } from './util';

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

/** out[i] = x[i] ∘ s for a scalar s. */
function kernelScalar(op: number, o: Storage, x: Storage, s: number, alpha: number): void {
  const n = o.length;
  switch (op) {
    case ADD: { const t = alpha * s; for (let i = 0; i < n; i++) o[i] = x[i] + t; return; }
    case SUB: { const t = alpha * s; for (let i = 0; i < n; i++) o[i] = x[i] - t; return; }
    case MUL: for (let i = 0; i < n; i++) o[i] = x[i] * s; return;
    case DIV: for (let i = 0; i < n; i++) o[i] = x[i] / s; return;
    default: for (let i = 0; i < n; i++) o[i] = apply(op, x[i], s, alpha);
  }
}

/** Result dtype of a ∘ b for tensors and/or numbers. */
export function opDtype(a: Tensor | number, b: Tensor | number): DType {
  if (typeof a === 'number') return scalarResultType((b as Tensor).dtype, a);
  if (typeof b === 'number') return scalarResultType(a.dtype, b);
  return resultType(a.dtype, a.shape.length, b.dtype, b.shape.length);
}

/** Casts an operand's values for a computation in `dtype` (float32 rounds Python scalars first, as ATen does). */
function operand(v: Tensor | number, dtype: DType): Storage {
  if (typeof v === 'number') return dtype === 'float32' ? new Float32Array([v]) : new Float64Array([v]);
  if (v.dtype === dtype || dtype !== 'float32' || v.dtype !== 'float64') return v.data;
  return Float32Array.from(v.data);
}

const shapeOf = (v: Tensor | number): number[] => (typeof v === 'number' ? [] : v.shape);

/** Runs a binary op forward: returns the output tensor (no autograd). */
export function forward(op: number, a: Tensor | number, b: Tensor | number, computeDtype: DType, outDtype: DType, alpha = 1): Tensor {
  const as = shapeOf(a);
  const bs = shapeOf(b);
  const outShape = sameShape(as, bs) ? as.slice() : broadcastShapes(as, bs);
  const n = numelOf(outShape);
  const out = alloc(outDtype, n);
  const x = operand(a, computeDtype);
  const y = operand(b, computeDtype);
  const aFull = sameShape(as, outShape);
  const bFull = sameShape(bs, outShape);
  const al = computeDtype === 'float32' ? Math.fround(alpha) : alpha;
  if (aFull && !bFull && y.length === 1) kernelScalar(op, out, x, y[0], al);
  else kernel(op, out, x, y, aFull ? null : broadcastIndex(as, outShape), bFull ? null : broadcastIndex(bs, outShape), al);
  if (outDtype === 'int64' && (op === DIV || op === POW)) for (let i = 0; i < n; i++) out[i] = Math.trunc(out[i]);
  return Tensor._make(out, outShape, outDtype);
}

function binary(name: string, op: number, a: Tensor | number, b: Tensor | number, alpha = 1): Tensor {
  a = checkOperand(a, name, b);
  b = checkOperand(b, name, a);
  const ta = a instanceof Tensor ? a : null;
  const tb = b instanceof Tensor ? b : null;
  let dtype = opDtype(a, b);
  if (op === DIV && !isFloating(dtype)) dtype = get_default_dtype();
  if (dtype === 'bool' && op !== MAX && op !== MIN) dtype = op === MUL ? 'bool' : 'int64';
  if (op === POW && dtype === 'int64' && typeof b !== 'number' && tb !== null && tb.data.some((v) => v < 0)) {
    throw new RuntimeError('Integers to negative integer powers are not allowed.');
  }
  const out = forward(op, a, b, dtype, dtype, alpha);
  if (ta !== null && needsGrad(ta, tb) || tb !== null && needsGrad(tb, ta)) {
    const A = ta ?? scalarTensor(a as number, dtype);
    const B = tb ?? scalarTensor(b as number, dtype);
    return attach(out, gradName(op, ta === null), [A, B], backwardFor(op, A, B, out, alpha), op >= MUL);
  }
  return out;
}

/** Numbers stay numbers (Python scalars) unless both operands are numbers; anything else is a TypeError. */
function checkOperand(v: N, name: string, other: N): N {
  if (v instanceof Tensor) return v;
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

function backwardFor(op: number, A: Tensor, B: Tensor, out: Tensor, alpha: number) {
  const sa = A.shape;
  const sb = B.shape;
  switch (op) {
    case ADD:
    case SUB:
      return (g: Tensor) => [
        A.requires_grad ? sumToShape(g, sa) : null,
        B.requires_grad ? sumToShape(op === ADD ? (alpha === 1 ? g : g.mul(alpha)) : g.mul(-alpha), sb) : null,
      ];
    case MUL:
      return (g: Tensor) => [
        A.requires_grad ? sumToShape(g.mul(B), sa) : null,
        B.requires_grad ? sumToShape(g.mul(A), sb) : null,
      ];
    case DIV:
      return (g: Tensor) => [
        A.requires_grad ? sumToShape(g.div(B), sa) : null,
        B.requires_grad ? sumToShape(g.neg().mul(A).div(B.mul(B)), sb) : null,
      ];
    case POW:
      return (g: Tensor) => [
        // d/da a^b = b * a^(b-1), 0 where b == 0
        A.requires_grad ? sumToShape(maskWhere(g.mul(B).mul(A.pow(B.sub(1))), B, (b) => b === 0), sa) : null,
        // d/db a^b = a^b * log(a), 0 where a == 0 and b >= 0
        B.requires_grad
          ? sumToShape(maskPair(g.mul(out).mul(A.log()), A, B, (a, b) => a === 0 && b >= 0), sb)
          : null,
      ];
    default: {
      const isMax = op === MAX;
      return (g: Tensor) => {
        // the larger (smaller) input gets the gradient; ties split it in half
        const n = g.data.length;
        const ai = broadcastIndex(sa, g.shape);
        const bi = broadcastIndex(sb, g.shape);
        const ga = alloc(g.dtype, n);
        const gb = alloc(g.dtype, n);
        for (let i = 0; i < n; i++) {
          const x = A.data[ai[i]];
          const y = B.data[bi[i]];
          const w = x === y ? 0.5 : (isMax ? x > y : x < y) ? 1 : 0;
          ga[i] = g.data[i] * w;
          gb[i] = g.data[i] * (1 - w);
        }
        return [
          A.requires_grad ? sumToShape(Tensor._make(ga, g.shape, g.dtype), sa) : null,
          B.requires_grad ? sumToShape(Tensor._make(gb, g.shape, g.dtype), sb) : null,
        ];
      };
    }
  }
}

function maskWhere(t: Tensor, m: Tensor, pred: (v: number) => boolean): Tensor {
  const idx = broadcastIndex(m.shape, t.shape);
  for (let i = 0; i < t.data.length; i++) if (pred(m.data[idx[i]])) t.data[i] = 0;
  return t;
}

function maskPair(t: Tensor, a: Tensor, b: Tensor, pred: (x: number, y: number) => boolean): Tensor {
  const ia = broadcastIndex(a.shape, t.shape);
  const ib = broadcastIndex(b.shape, t.shape);
  for (let i = 0; i < t.data.length; i++) if (pred(a.data[ia[i]], b.data[ib[i]])) t.data[i] = 0;
  return t;
}

type N = Tensor | number;

/** `torch.add(a, b, alpha=1)`: a + alpha * b. */
export function add(a: N, b: N, opts?: { alpha?: number }): Tensor {
  const alpha = checkOptions('add', opts, ['alpha']).alpha ?? 1;
  return binary('add', ADD, a, b, alpha);
}
/** `torch.sub(a, b, alpha=1)`: a - alpha * b. */
export function sub(a: N, b: N, opts?: { alpha?: number }): Tensor {
  const alpha = checkOptions('sub', opts, ['alpha']).alpha ?? 1;
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
