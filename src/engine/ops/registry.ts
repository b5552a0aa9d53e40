/**
 * THE list of tensor operations: one record per method, from which everything else is derived —
 *   • the Tensor prototype methods (installed below),
 *   • the `Tensor` type (`interface Tensor extends TensorOps` in tensor.ts),
 *   • the `torch.*` functional forms and their types (`torch.exp(t)` = `t.exp()`, see functional.ts),
 *   • `TENSOR_OPS`, plain data for other language layers (the Python cells generate their Tensor methods from it).
 *
 * A record: `op(method, signature, returns, torchForm?)`.
 *   method     `this` is the tensor; the math lives in ops/*, keep bodies one line.
 *   signature  PyTorch's Python signature after `self`, restricted to what the engine accepts. Parameters before
 *              `*` are positional (the engine takes them positionally; `*dims` = variadic); parameters after
 *              `*` are keyword-only: the engine takes them as ONE trailing options object with those keys.
 *              Defaults are Python literals (None, True, False, numbers, 'strings').
 *   returns    'tensor' | 'self' (in-place ops) | 'number' | 'bool' | 'list' (tolist) | 'size' (number or
 *              number[]) | 'tensor_or_tuple' (max/min: a (values, indices) pair when given a dim) | 'none'.
 *   torchForm  true = `torch.name(input, ...args)` exists and calls the method; a function = its own functional
 *              form (`torch.add(1, x)` takes a number first); absent = method only.
 * Adding a tensor method = adding one line here (plus its math in ops/ and a test).
 */
import { tensorBackward, type BackwardOptions } from '../autograd/backward';
import { checkGradDtype, isFloating, parseDtype } from '../dtype';
import { RuntimeError } from '../errors';
import { Tensor, type DType } from '../tensor-base';
import * as E from './elementwise';
import * as I from './inplace';
import * as M from './matmul';
import * as R from './reduce';
import * as S from './shape';
import { softmax, log_softmax } from './softmax';
import * as U from './unary';
import { describe, tolist } from './util';

type N = Tensor | number;
type DimOpts = { dim?: number | number[] | null; keepdim?: boolean };
type ClampArg = number | null | { min?: number | null; max?: number | null };
type Sizes = (number | number[])[];
export type Returns = 'tensor' | 'self' | 'number' | 'bool' | 'list' | 'size' | 'tensor_or_tuple' | 'none';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Method = (this: any, ...args: any[]) => unknown;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TorchForm = true | ((...args: any[]) => unknown);
export interface OpRecord<F extends Method = Method, X extends TorchForm | undefined = TorchForm | undefined> {
  readonly fn: F;
  readonly sig: string;
  readonly returns: Returns;
  readonly torch: X;
}

function op<F extends Method, X extends TorchForm | undefined = undefined>(fn: F, sig: string, returns: Returns, torch?: X): OpRecord<F, X> {
  return { fn, sig, returns, torch: torch as X };
}

// overloaded methods are declared as functions (an object literal cannot overload)
function max(this: Tensor): Tensor;
function max(this: Tensor, other: Tensor): Tensor;
function max(this: Tensor, dim: number | DimOpts, keepdim?: boolean | DimOpts): R.MaxResult;
function max(this: Tensor, dim?: unknown, keepdim?: unknown): Tensor | R.MaxResult {
  return R.maxmin(this, dim, keepdim, true);
}
function min(this: Tensor): Tensor;
function min(this: Tensor, other: Tensor): Tensor;
function min(this: Tensor, dim: number | DimOpts, keepdim?: boolean | DimOpts): R.MaxResult;
function min(this: Tensor, dim?: unknown, keepdim?: unknown): Tensor | R.MaxResult {
  return R.maxmin(this, dim, keepdim, false);
}

const T = true as const;
const NONE = 'none';

/* eslint-disable prettier/prettier */
export const OPS = {
  // ---- arithmetic (functional forms take a Python number first too: torch.sub(1, x)) ----------------------
  add: op(function (this: Tensor, other: N, opts?: { alpha?: number }): Tensor { return E.add(this, other, opts); }, '(other, *, alpha=1)', 'tensor',
    (a: N, b: N, opts?: { alpha?: number }): Tensor => E.add(a, b, opts)),
  sub: op(function (this: Tensor, other: N, opts?: { alpha?: number }): Tensor { return E.sub(this, other, opts); }, '(other, *, alpha=1)', 'tensor',
    (a: N, b: N, opts?: { alpha?: number }): Tensor => E.sub(a, b, opts)),
  mul: op(function (this: Tensor, other: N): Tensor { return E.mul(this, other); }, '(other)', 'tensor', (a: N, b: N): Tensor => E.mul(a, b)),
  div: op(function (this: Tensor, other: N, opts?: { rounding_mode?: 'trunc' | 'floor' | null }): Tensor { return E.div(this, other, opts); },
    '(other, *, rounding_mode=None)', 'tensor', (a: N, b: N, opts?: { rounding_mode?: 'trunc' | 'floor' | null }): Tensor => E.div(a, b, opts)),
  pow: op(function (this: Tensor, exponent: N): Tensor { return typeof exponent === 'number' ? U.pow(this, exponent) : E.pow(this, exponent); },
    '(exponent)', 'tensor', (a: N, b: N): Tensor => (typeof b === 'number' && a instanceof Tensor ? U.pow(a, b) : E.pow(a, b))),
  maximum: op(function (this: Tensor, other: N): Tensor { return E.maximum(this, other); }, '(other)', 'tensor', T),
  minimum: op(function (this: Tensor, other: N): Tensor { return E.minimum(this, other); }, '(other)', 'tensor', T),
  // ---- unary ----------------------------------------------------------------------------------------------
  neg: op(function (this: Tensor): Tensor { return U.neg(this); }, '()', 'tensor', T),
  exp: op(function (this: Tensor): Tensor { return U.exp(this); }, '()', 'tensor', T),
  log: op(function (this: Tensor): Tensor { return U.log(this); }, '()', 'tensor', T),
  sqrt: op(function (this: Tensor): Tensor { return U.sqrt(this); }, '()', 'tensor', T),
  abs: op(function (this: Tensor): Tensor { return U.abs(this); }, '()', 'tensor', T),
  tanh: op(function (this: Tensor): Tensor { return U.tanh(this); }, '()', 'tensor', T),
  sigmoid: op(function (this: Tensor): Tensor { return U.sigmoid(this); }, '()', 'tensor', T),
  relu: op(function (this: Tensor): Tensor { return U.relu(this); }, '()', 'tensor', T),
  sin: op(function (this: Tensor): Tensor { return U.sin(this); }, '()', 'tensor', T),
  cos: op(function (this: Tensor): Tensor { return U.cos(this); }, '()', 'tensor', T),
  sign: op(function (this: Tensor): Tensor { return U.sign(this); }, '()', 'tensor', T),
  reciprocal: op(function (this: Tensor): Tensor { return U.reciprocal(this); }, '()', 'tensor', T),
  square: op(function (this: Tensor): Tensor { return U.pow(this, 2); }, '()', 'tensor', T),
  clamp: op(function (this: Tensor, min?: ClampArg, max?: number | null): Tensor { return U.clamp(this, min, max); }, '(min=None, max=None)', 'tensor', T),
  clip: op(function (this: Tensor, min?: ClampArg, max?: number | null): Tensor { return U.clamp(this, min, max); }, '(min=None, max=None)', 'tensor', T),
  // ---- comparisons and checks -----------------------------------------------------------------------------
  gt: op(function (this: Tensor, other: N): Tensor { return E.compare(this, other, 'gt'); }, '(other)', 'tensor', T),
  lt: op(function (this: Tensor, other: N): Tensor { return E.compare(this, other, 'lt'); }, '(other)', 'tensor', T),
  ge: op(function (this: Tensor, other: N): Tensor { return E.compare(this, other, 'ge'); }, '(other)', 'tensor', T),
  le: op(function (this: Tensor, other: N): Tensor { return E.compare(this, other, 'le'); }, '(other)', 'tensor', T),
  eq: op(function (this: Tensor, other: N): Tensor { return E.compare(this, other, 'eq'); }, '(other)', 'tensor', T),
  ne: op(function (this: Tensor, other: N): Tensor { return E.compare(this, other, 'ne'); }, '(other)', 'tensor', T),
  /** `torch.equal`: same shape and same values. */
  equal: op(function (this: Tensor, other: Tensor): boolean { return R.equal(this, other); }, '(other)', 'bool', T),
  allclose: op(function (this: Tensor, other: Tensor, opts?: { rtol?: number; atol?: number; equal_nan?: boolean }): boolean { return R.allclose(this, other, opts); },
    '(other, *, rtol=1e-05, atol=1e-08, equal_nan=False)', 'bool', T),
  isnan: op(function (this: Tensor): Tensor { return U.isnan(this); }, '()', 'tensor', T),
  isfinite: op(function (this: Tensor): Tensor { return U.isfinite(this); }, '()', 'tensor', T),
  // ---- reductions (the maths is in reduce.ts) -------------------------------------------------------------
  sum: op(function (this: Tensor, dim?: number | number[] | null | DimOpts, keepdim?: boolean | DimOpts): Tensor { return R.sum(this, dim as never, keepdim); },
    '(dim=None, keepdim=False)', 'tensor', T),
  mean: op(function (this: Tensor, dim?: number | number[] | null | DimOpts, keepdim?: boolean | DimOpts): Tensor { return R.mean(this, dim as never, keepdim); },
    '(dim=None, keepdim=False)', 'tensor', T),
  /** `t.max()` → 0-d tensor; `t.max(dim)` → [values, indices] (also `.values`, `.indices`); `t.max(other)` → maximum. */
  max: op(max, '(dim=None, keepdim=False)', 'tensor_or_tuple', T),
  min: op(min, '(dim=None, keepdim=False)', 'tensor_or_tuple', T),
  argmax: op(function (this: Tensor, dim?: number | null | DimOpts, keepdim?: boolean | DimOpts): Tensor { return R.argmaxmin(this, dim, keepdim, true); },
    '(dim=None, keepdim=False)', 'tensor', T),
  argmin: op(function (this: Tensor, dim?: number | null | DimOpts, keepdim?: boolean | DimOpts): Tensor { return R.argmaxmin(this, dim, keepdim, false); },
    '(dim=None, keepdim=False)', 'tensor', T),
  var: op(function (this: Tensor, dim?: number | number[] | null | R.VarOpts, opts?: boolean | R.VarOpts): Tensor { return R.variance(this, dim, opts, false); },
    '(dim=None, *, unbiased=True, correction=None, keepdim=False)', 'tensor', T),
  std: op(function (this: Tensor, dim?: number | number[] | null | R.VarOpts, opts?: boolean | R.VarOpts): Tensor { return R.variance(this, dim, opts, true); },
    '(dim=None, *, unbiased=True, correction=None, keepdim=False)', 'tensor', T),
  norm: op(function (this: Tensor, p?: number | 'fro' | null | R.NormOpts, dim?: number | number[] | null | R.NormOpts, keepdim?: boolean): Tensor { return R.norm(this, p, dim, keepdim); },
    "(p='fro', dim=None, keepdim=False)", 'tensor', T),
  prod: op(function (this: Tensor): Tensor { return R.prod(this); }, '()', 'tensor', T),
  softmax: op(function (this: Tensor, dim: number | { dim: number }): Tensor { return softmax(this, dim); }, '(dim)', 'tensor', T),
  log_softmax: op(function (this: Tensor, dim: number | { dim: number }): Tensor { return log_softmax(this, dim); }, '(dim)', 'tensor', T),
  // ---- linear algebra -------------------------------------------------------------------------------------
  matmul: op(function (this: Tensor, other: Tensor): Tensor { return M.matmul(this, other); }, '(other)', 'tensor', T),
  mm: op(function (this: Tensor, mat2: Tensor): Tensor { return M.mm(this, mat2); }, '(mat2)', 'tensor', T),
  dot: op(function (this: Tensor, tensor: Tensor): Tensor { return M.dot(this, tensor); }, '(tensor)', 'tensor', T),
  // ---- shape ----------------------------------------------------------------------------------------------
  t: op(function (this: Tensor): Tensor { return S.t(this); }, '()', 'tensor', T),
  transpose: op(function (this: Tensor, dim0: number, dim1: number): Tensor { return S.transpose(this, dim0, dim1); }, '(dim0, dim1)', 'tensor', T),
  permute: op(function (this: Tensor, ...dims: Sizes): Tensor { return S.permute(this, dims.flat()); }, '(*dims)', 'tensor', T),
  reshape: op(function (this: Tensor, ...shape: Sizes): Tensor { return S.reshape(this, shape.flat(), 'reshape'); }, '(*shape)', 'tensor', T),
  view: op(function (this: Tensor, ...shape: Sizes): Tensor { return S.reshape(this, shape.flat(), 'view'); }, '(*shape)', 'tensor'),
  view_as: op(function (this: Tensor, other: Tensor): Tensor { return S.reshape(this, other.shape, 'view'); }, '(other)', 'tensor'),
  expand: op(function (this: Tensor, ...sizes: Sizes): Tensor { return S.expand(this, sizes.flat()); }, '(*sizes)', 'tensor'),
  expand_as: op(function (this: Tensor, other: Tensor): Tensor { return S.expand(this, other.shape); }, '(other)', 'tensor'),
  unsqueeze: op(function (this: Tensor, dim: number): Tensor { return S.unsqueeze(this, dim); }, '(dim)', 'tensor', T),
  squeeze: op(function (this: Tensor, dim?: number): Tensor { return S.squeeze(this, dim); }, '(dim=None)', 'tensor', T),
  flatten: op(function (this: Tensor, start_dim?: number, end_dim?: number): Tensor { return S.flatten(this, start_dim, end_dim); }, '(start_dim=0, end_dim=-1)', 'tensor', T),
  /** `t.select(dim, i)` = Python `t[:, …, i]` along `dim` (the dim is removed). */
  select: op(function (this: Tensor, dim: number, index: number): Tensor { return S.select(this, dim, index); }, '(dim, index)', 'tensor', T),
  /** Python indexing `t[i]`, `t[i, j]` (integers; negative counts from the end): `t.get(0)`, `t.get(0, 1)`. */
  get: op(function (this: Tensor, ...indices: number[]): Tensor { return indices.reduce((r: Tensor, i) => S.select(r, 0, i), this); }, '(*indices)', 'tensor'),
  /** Python `t[idx]` with a list / int64 tensor of indices along dim 0 (`index_select(0, idx)`). */
  index: op(function (this: Tensor, indices: Tensor | number[]): Tensor { return S.indexSelect(this, 0, indices); }, '(indices)', 'tensor'),
  index_select: op(function (this: Tensor, dim: number, index: Tensor | number[]): Tensor { return S.indexSelect(this, dim, index); }, '(dim, index)', 'tensor', T),
  /** Python slicing `t[start:end:step]` along `dim`. */
  slice: op(function (this: Tensor, dim: number, start?: number | null, end?: number | null, step?: number): Tensor { return S.slice(this, dim, start, end, step); },
    '(dim, start=None, end=None, step=1)', 'tensor'),
  narrow: op(function (this: Tensor, dim: number, start: number, length: number): Tensor { return S.slice(this, dim, start, start + length); }, '(dim, start, length)', 'tensor', T),
  // ---- in place (return the tensor itself) ----------------------------------------------------------------
  add_: op(function <S extends Tensor>(this: S, other: N, opts?: { alpha?: number }): S { return I.binary_(this, other, 'add', opts?.alpha ?? 1, opts); }, '(other, *, alpha=1)', 'self'),
  sub_: op(function <S extends Tensor>(this: S, other: N, opts?: { alpha?: number }): S { return I.binary_(this, other, 'sub', opts?.alpha ?? 1, opts); }, '(other, *, alpha=1)', 'self'),
  mul_: op(function <S extends Tensor>(this: S, other: N): S { return I.binary_(this, other, 'mul', 1); }, '(other)', 'self'),
  div_: op(function <S extends Tensor>(this: S, other: N): S { return I.binary_(this, other, 'div', 1); }, '(other)', 'self'),
  pow_: op(function <S extends Tensor>(this: S, exponent: number): S { return I.assign_(this, U.pow(this.detach(), exponent), 'pow_'); }, '(exponent)', 'self'),
  clamp_: op(function <S extends Tensor>(this: S, min?: ClampArg, max?: number | null): S { return I.assign_(this, U.clamp(this.detach(), min, max), 'clamp_'); },
    '(min=None, max=None)', 'self'),
  neg_: op(function <S extends Tensor>(this: S): S { return I.assign_(this, U.neg(this.detach()), 'neg_'); }, '()', 'self'),
  sqrt_: op(function <S extends Tensor>(this: S): S { return I.assign_(this, U.sqrt(this.detach()), 'sqrt_'); }, '()', 'self'),
  zero_: op(function <S extends Tensor>(this: S): S { return I.fill_(this, 0, 'zero_'); }, '()', 'self'),
  fill_: op(function <S extends Tensor>(this: S, value: number): S { return I.fill_(this, value, 'fill_'); }, '(value)', 'self'),
  copy_: op(function <S extends Tensor>(this: S, src: Tensor | number): S { return I.copy_(this, src); }, '(src)', 'self'),
  uniform_: op(function <S extends Tensor>(this: S, from = 0, to = 1): S { return I.uniform_(this, from, to); }, '(from=0, to=1)', 'self'),
  normal_: op(function <S extends Tensor>(this: S, mean = 0, std = 1): S { return I.normal_(this, mean, std); }, '(mean=0, std=1)', 'self'),
  // ---- autograd -------------------------------------------------------------------------------------------
  /** Computes gradients of this tensor w.r.t. graph leaves. Python: `backward(gradient=None, retain_graph=None)`. */
  backward: op(function (this: Tensor, gradient?: BackwardOptions | Tensor | null, opts?: BackwardOptions): void { tensorBackward(this, gradient, opts); },
    '(gradient=None, *, retain_graph=None, create_graph=False, inputs=None)', NONE),
  /** Keeps `.grad` for this non-leaf tensor after backward(). */
  retain_grad: op(function (this: Tensor): void {
    if (!this.requires_grad) throw new RuntimeError("can't retain_grad on Tensor that has requires_grad=False");
    if (this.grad_fn !== null) this.grad_fn.retained = this;
  }, '()', NONE),
  requires_grad_: op(function <S extends Tensor>(this: S, requires_grad = true): S {
    if (this.grad_fn !== null) {
      throw new RuntimeError("you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().");
    }
    if (requires_grad) checkGradDtype(this.dtype, true);
    this.requires_grad = !!requires_grad;
    return this;
  }, '(requires_grad=True)', 'self'),
  /** A new leaf sharing storage with this tensor, with requires_grad=False. */
  detach: op(function (this: Tensor): Tensor { return Tensor._make(this.data, this.shape, this.dtype); }, '()', 'tensor', T),
  detach_: op(function <S extends Tensor>(this: S): S { this.grad_fn = null; this.requires_grad = false; return this; }, '()', 'self'),
  // ---- element access and conversion ----------------------------------------------------------------------
  numel: op(function (this: Tensor): number { return this.data.length; }, '()', 'number', T),
  dim: op(function (this: Tensor): number { return this.shape.length; }, '()', 'number'),
  /** `t.size()` → the shape array; `t.size(d)` → one dimension (negative d counts from the end). */
  size: op(function (this: Tensor, dim?: number): number[] | number { return dim === undefined ? this.shape.slice() : this.shape[S.dimIndex(dim, this.shape.length)]; },
    '(dim=None)', 'size'),
  /** Python number of a one-element tensor. */
  item: op(function (this: Tensor): number {
    if (this.data.length !== 1) throw new RuntimeError(`a Tensor with ${this.data.length} elements cannot be converted to Scalar`);
    return this.data[0];
  }, '()', 'number'),
  /** Nested JS arrays (numbers; booleans for bool tensors), or a number for a 0-d tensor. */
  tolist: op(function (this: Tensor): unknown { return tolist(this); }, '()', 'list'),
  to: op(function (this: Tensor, dtype: DType | string): Tensor { return U.toDtype(this, parseDtype(dtype, 'to')); }, '(dtype)', 'tensor'),
  float: op(function (this: Tensor): Tensor { return U.toDtype(this, 'float32'); }, '()', 'tensor'),
  double: op(function (this: Tensor): Tensor { return U.toDtype(this, 'float64'); }, '()', 'tensor'),
  long: op(function (this: Tensor): Tensor { return U.toDtype(this, 'int64'); }, '()', 'tensor'),
  bool: op(function (this: Tensor): Tensor { return U.toDtype(this, 'bool'); }, '()', 'tensor'),
  is_floating_point: op(function (this: Tensor): boolean { return isFloating(this.dtype); }, '()', 'bool'),
  clone: op(function (this: Tensor): Tensor { return U.clone(this); }, '()', 'tensor', T),
  contiguous: op(function (this: Tensor): Tensor { return this; }, '()', 'tensor'),
  cpu: op(function (this: Tensor): Tensor { return this; }, '()', 'tensor'),
} satisfies Record<string, OpRecord>;
/* eslint-enable prettier/prettier */

type Ops = typeof OPS;
/** The op methods of `Tensor` (tensor.ts merges them into the class type). */
export type TensorOps = { [K in keyof Ops]: Ops[K]['fn'] };
/** The names that have a `torch.name(input, …)` form. */
export type FunctionalName = { [K in keyof Ops]: Ops[K]['torch'] extends undefined ? never : K }[keyof Ops];
/** `torch.name`'s type: its own function, or the method with the tensor as first argument. */
export type TorchFunctions = {
  [K in FunctionalName]: Ops[K]['torch'] extends (...a: infer P) => infer R
    ? (...a: P) => R
    : Ops[K]['fn'] extends (this: never, ...a: infer P) => infer R ? (input: Tensor, ...a: P) => R : never;
};

// ---- plain data for other language layers --------------------------------------------------------------------

/** A parameter; no `default` key = required. */
export interface ParamInfo {
  readonly name: string;
  readonly default?: null | boolean | number | string;
}
export interface OpInfo {
  readonly name: string;
  /** `torch.name(input, …)` exists. */
  readonly functional: boolean;
  /** Positional parameters after self, in order (Python kwargs with these names go to their position). */
  readonly params: readonly ParamInfo[];
  /** `*dims`-style variadic parameter name, or null. */
  readonly varargs: string | null;
  /** Keyword-only parameters: the engine takes them in one trailing options object. */
  readonly keywords: readonly ParamInfo[];
  /** Ends in `_`: modifies the tensor and returns it. */
  readonly inplace: boolean;
  readonly returns: Returns;
  /** The Python signature as written in the registry, e.g. `(dim=None, keepdim=False)`. */
  readonly signature: string;
}

function pyLiteral(s: string): ParamInfo['default'] {
  if (s === 'None') return null;
  if (s === 'True' || s === 'False') return s === 'True';
  if (/^'.*'$/.test(s)) return s.slice(1, -1);
  const n = Number(s);
  if (Number.isNaN(n)) throw new Error(`registry: cannot read default ${s}`);
  return n;
}

/** Parses a registry signature: `(other, *, alpha=1)` → params [other], keywords [alpha=1]. */
export function parseSignature(name: string, sig: string): Omit<OpInfo, 'functional' | 'returns'> {
  const params: ParamInfo[] = [];
  const keywords: ParamInfo[] = [];
  let varargs: string | null = null;
  let kwOnly = false;
  const body = sig.trim().replace(/^\(|\)$/g, '').trim();
  for (const part of body === '' ? [] : body.split(',').map((p) => p.trim())) {
    if (part === '*') { kwOnly = true; continue; }
    if (part.startsWith('*')) { varargs = part.slice(1); kwOnly = true; continue; }
    const eq = part.indexOf('=');
    const p: ParamInfo = eq < 0 ? { name: part } : { name: part.slice(0, eq).trim(), default: pyLiteral(part.slice(eq + 1).trim()) };
    (kwOnly ? keywords : params).push(p);
  }
  return { name, params, varargs, keywords, inplace: name.endsWith('_'), signature: sig };
}

/** Every tensor operation as plain data (JSON-safe), in registry order. */
export const TENSOR_OPS: readonly OpInfo[] = Object.entries(OPS).map(([name, r]: [string, OpRecord]) => ({
  ...parseSignature(name, r.sig),
  functional: r.torch !== undefined,
  returns: r.returns,
}));

// ---- installation -----------------------------------------------------------------------------------------------

for (const [name, r] of Object.entries(OPS) as [string, OpRecord][]) {
  Object.defineProperty(Tensor.prototype, name, { value: r.fn, writable: true, configurable: true });
}
// the one property among the ops: Python's `t.T` (all dims reversed)
Object.defineProperty(Tensor.prototype, 'T', {
  get(this: Tensor): Tensor { return S.permute(this, this.shape.map((_, i) => this.shape.length - 1 - i)); },
  configurable: true,
});

/** `torch.*` functional forms, built from the records. */
export function functionalForms(): TorchFunctions {
  const out: Record<string, unknown> = {};
  for (const [name, r] of Object.entries(OPS) as [string, OpRecord][]) {
    if (r.torch === undefined) continue;
    const fn = r.fn;
    out[name] = r.torch !== true ? r.torch : (t: Tensor, ...args: unknown[]) => {
      if (!(t instanceof Tensor)) throw new TypeError(`${name}(): argument 'input' (position 1) must be Tensor, not ${describe(t)}`);
      return fn.apply(t, args);
    };
  }
  return out as TorchFunctions;
}
