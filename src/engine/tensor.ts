/**
 * Tensor: a contiguous, row-major n-d array with PyTorch's dtype, autograd and printing semantics.
 *
 * CONTRACT (other engine modules rely on these members; keep them stable):
 *   t.id            unique integer per tensor (used by training events to name parameters)
 *   t.data          Float32Array (float32) | Float64Array (float64, int64 and bool values), row-major, contiguous
 *   t.shape         number[] (a 0-d tensor has shape []); may be shared between tensors: never mutate it in place
 *   t.dtype         'float32' | 'float64' | 'int64' | 'bool'
 *   t.grad          Tensor | null  (readable and assignable, like PyTorch's .grad)
 *   t.requires_grad boolean
 *   Tensor._make(data, shape, dtype, requiresGrad?)  internal factory used by ops, nn and optim
 *
 * Internal hooks for engine code (not for learners):
 *   t._grad         the raw grad slot. Engine code (optimizers, zero_grad, clip_grad) reads and writes `_grad`
 *                   so that no `warning` / `grad:read_after_zero_grad` training event fires on its behalf.
 *   t._gradClearedByZeroGrad  set it to true when a zero_grad(set_to_none=True) sets `_grad = null`; the next
 *                   learner read of `.grad` then emits `grad:read_after_zero_grad`. backward() and `.grad = x` clear it.
 *   t._isParam      true for nn.Parameter (printing shows `Parameter containing:`).
 *   t._view         origin of a select/slice copy (in-place ops write back into it), see below.
 *
 * The op methods are thin wrappers over src/engine/ops/*; the math lives there.
 */
import { runBackward } from './autograd/backward';
import type { Node } from './autograd/node';
import { checkGradDtype, isFloating, parseDtype } from './dtype';
import { RuntimeError } from './errors';
import { emit, hasListeners } from './events';
import { formatTensor } from './format';
import { checkOptions } from './options';
import * as E from './ops/elementwise';
import * as U from './ops/unary';
import * as R from './ops/reduce';
import * as S from './ops/shape';
import * as M from './ops/matmul';
import * as I from './ops/inplace';
import { softmax, log_softmax } from './ops/softmax';

export type DType = 'float32' | 'float64' | 'int64' | 'bool';
export type Storage = Float32Array | Float64Array;
type T = Tensor | number;
type DimOpts = { dim?: number | number[] | null; keepdim?: boolean };

let nextId = 1;

const NON_LEAF_GRAD_WARNING =
  "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more information.";

// Fields are assigned in the constructor (not class-field initialisers): one hidden class, cheaper to build.
export class Tensor {
  declare readonly id: number;
  declare data: Storage;
  declare shape: number[];
  declare dtype: DType;
  declare requires_grad: boolean;
  /** The node that created this tensor (null for leaves). */
  declare grad_fn: Node | null;
  declare _grad: Tensor | null;
  declare _gradClearedByZeroGrad: boolean;
  declare _isParam: boolean;
  /**
   * Set on results of select/get/slice/narrow (copies here, views in PyTorch): where the values came from, so
   * in-place ops write them back into the source (`torch.no_grad(() => w.get(0).fill_(5))` changes w).
   * `{ src: null, op }` marks copies that cannot be written back (transpose/permute/expand): in-place ops throw.
   */
  declare _view: { src: Tensor | null; dim: number; idx: number[]; op: string } | null;

  protected constructor(data: Storage, shape: number[], dtype: DType, requiresGrad = false) {
    (this as { id: number }).id = nextId++;
    this.data = data;
    this.shape = shape;
    this.dtype = dtype;
    this.requires_grad = requiresGrad;
    this.grad_fn = null;
    this._grad = null;
    this._gradClearedByZeroGrad = false;
    this._isParam = false;
    this._view = null;
  }

  /** Internal factory. `data` is used as is (not copied). */
  static _make(data: Storage, shape: number[], dtype: DType, requiresGrad = false): Tensor {
    return new Tensor(data, shape, dtype, requiresGrad);
  }

  // ---- autograd -------------------------------------------------------------------------------------------

  get grad(): Tensor | null {
    if (this.grad_fn !== null && this.grad_fn.retained !== this && this._grad === null) {
      if (hasListeners()) emit({ type: 'warning', category: 'UserWarning', message: NON_LEAF_GRAD_WARNING });
      return null;
    }
    if (this._grad === null && this._gradClearedByZeroGrad && hasListeners()) {
      emit({ type: 'grad:read_after_zero_grad', tensor: this.id });
    }
    return this._grad;
  }

  set grad(g: Tensor | null) {
    if (g !== null && g !== undefined) {
      if (!(g instanceof Tensor)) throw new TypeError(`assigned grad expected to be a Tensor or None but got grad of type ${typeof g}`);
      if (g.dtype !== this.dtype) throw new RuntimeError('assigned grad has data of a different type');
      if (g.shape.join() !== this.shape.join()) throw new RuntimeError('assigned grad has data of a different size');
    }
    this._grad = g ?? null;
    this._gradClearedByZeroGrad = false;
  }

  get is_leaf(): boolean {
    return this.grad_fn === null;
  }

  /** Computes gradients of this tensor w.r.t. graph leaves. Python: `backward(gradient=None, retain_graph=None)`. */
  backward(opts?: { gradient?: Tensor | null; retain_graph?: boolean | null; create_graph?: boolean; inputs?: unknown } | Tensor): void {
    let g: Tensor | null = null;
    let retain = false;
    if (opts !== undefined) {
      const o = checkOptions('backward', opts instanceof Tensor ? { gradient: opts } : opts, ['gradient', 'retain_graph', 'create_graph', 'inputs']);
      if (o.create_graph) throw new RuntimeError('create_graph=True (higher-order gradients) is not supported by this engine');
      if (o.inputs !== undefined) throw new RuntimeError('backward(inputs=...) is not supported by this engine');
      g = o.gradient ?? null;
      retain = !!o.retain_graph;
    }
    if (!this.requires_grad) throw new RuntimeError('element 0 of tensors does not require grad and does not have a grad_fn');
    if (g === null) {
      if (this.data.length !== 1) throw new RuntimeError('grad can be implicitly created only for scalar outputs');
      const one = allocStorage(this.dtype, 1);
      one[0] = 1;
      g = Tensor._make(one, this.shape, this.dtype);
    } else if (g.shape.join() !== this.shape.join()) {
      throw new RuntimeError(
        `Mismatch in shape: grad_output[0] has a shape of torch.Size([${g.shape.join(', ')}]) and output[0] has a shape of torch.Size([${this.shape.join(', ')}]).`,
      );
    }
    runBackward(this, g, retain);
  }

  /** Keeps `.grad` for this non-leaf tensor after backward(). */
  retain_grad(): void {
    if (!this.requires_grad) throw new RuntimeError("can't retain_grad on Tensor that has requires_grad=False");
    if (this.grad_fn !== null) this.grad_fn.retained = this;
  }

  get retains_grad(): boolean {
    return this.grad_fn !== null && this.grad_fn.retained === this;
  }

  requires_grad_(flag = true): this {
    if (this.grad_fn !== null) {
      throw new RuntimeError(
        "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().",
      );
    }
    if (flag) checkGradDtype(this.dtype, true);
    this.requires_grad = !!flag;
    return this;
  }

  /** A new leaf sharing storage with this tensor, with requires_grad=False. */
  detach(): Tensor {
    return Tensor._make(this.data, this.shape, this.dtype);
  }

  detach_(): this {
    this.grad_fn = null;
    this.requires_grad = false;
    return this;
  }

  // ---- element access and conversion ----------------------------------------------------------------------

  numel(): number {
    return this.data.length;
  }
  dim(): number {
    return this.shape.length;
  }
  get ndim(): number {
    return this.shape.length;
  }
  /** `t.size()` → the shape array; `t.size(d)` → one dimension (negative d counts from the end). */
  size(dim?: number): number[] | number {
    if (dim === undefined) return this.shape.slice();
    return this.shape[S.dimIndex(dim, this.shape.length)];
  }
  /** Python number of a one-element tensor. */
  item(): number {
    if (this.data.length !== 1) {
      throw new RuntimeError(`a Tensor with ${this.data.length} elements cannot be converted to Scalar`);
    }
    return this.data[0];
  }
  /** Nested JS arrays (numbers; booleans for bool tensors), or a number for a 0-d tensor. */
  tolist(): unknown {
    const d = this.data;
    const conv = this.dtype === 'bool' ? (v: number) => v !== 0 : (v: number) => v;
    const rec = (dim: number, off: number): unknown => {
      if (dim === this.shape.length) return conv(d[off]);
      const n = this.shape[dim];
      let stride = 1;
      for (let k = dim + 1; k < this.shape.length; k++) stride *= this.shape[k];
      const out = new Array(n);
      for (let i = 0; i < n; i++) out[i] = rec(dim + 1, off + i * stride);
      return out;
    };
    return rec(0, 0);
  }
  to(dtype: DType | string): Tensor {
    return U.toDtype(this, parseDtype(dtype, 'to'));
  }
  float(): Tensor {
    return U.toDtype(this, 'float32');
  }
  double(): Tensor {
    return U.toDtype(this, 'float64');
  }
  long(): Tensor {
    return U.toDtype(this, 'int64');
  }
  bool(): Tensor {
    return U.toDtype(this, 'bool');
  }
  is_floating_point(): boolean {
    return isFloating(this.dtype);
  }
  clone(): Tensor {
    return U.clone(this);
  }
  contiguous(): Tensor {
    return this;
  }
  cpu(): Tensor {
    return this;
  }
  get device(): string {
    return 'cpu';
  }

  // ---- arithmetic -----------------------------------------------------------------------------------------

  add(other: T, opts?: { alpha?: number }): Tensor {
    return E.add(this, other, opts);
  }
  sub(other: T, opts?: { alpha?: number }): Tensor {
    return E.sub(this, other, opts);
  }
  mul(other: T): Tensor {
    return E.mul(this, other);
  }
  div(other: T, opts?: { rounding_mode?: 'trunc' | 'floor' | null }): Tensor {
    return E.div(this, other, opts);
  }
  pow(exponent: T): Tensor {
    return typeof exponent === 'number' ? U.pow(this, exponent) : E.pow(this, exponent);
  }
  matmul(other: Tensor): Tensor {
    return M.matmul(this, other);
  }
  get T(): Tensor {
    return S.permute(this, this.shape.map((_, i) => this.shape.length - 1 - i));
  }

  // ---- printing -------------------------------------------------------------------------------------------

  toString(): string {
    return formatTensor(this);
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return formatTensor(this);
  }
  /** JSON.stringify(t) gives the nested values (tolist()). */
  toJSON(): unknown {
    return this.tolist();
  }
}

/** The remaining op methods: declared here, installed from a table below (keeps the bundle small). */
export interface Tensor {
  maximum(other: T): Tensor;
  minimum(other: T): Tensor;
  neg(): Tensor;
  exp(): Tensor;
  log(): Tensor;
  sqrt(): Tensor;
  abs(): Tensor;
  tanh(): Tensor;
  sigmoid(): Tensor;
  relu(): Tensor;
  sin(): Tensor;
  cos(): Tensor;
  square(): Tensor;
  sign(): Tensor;
  reciprocal(): Tensor;
  clamp(min?: number | null | { min?: number | null; max?: number | null }, max?: number | null): Tensor;
  clip(min?: number | null | { min?: number | null; max?: number | null }, max?: number | null): Tensor;
  gt(other: T): Tensor;
  lt(other: T): Tensor;
  ge(other: T): Tensor;
  le(other: T): Tensor;
  eq(other: T): Tensor;
  ne(other: T): Tensor;
  /** `torch.equal`: same shape and same values. */
  equal(other: Tensor): boolean;
  allclose(other: Tensor, opts?: { rtol?: number; atol?: number; equal_nan?: boolean }): boolean;
  isnan(): Tensor;
  isfinite(): Tensor;
  sum(dim?: number | number[] | null | DimOpts, keepdim?: boolean | DimOpts): Tensor;
  mean(dim?: number | number[] | null | DimOpts, keepdim?: boolean | DimOpts): Tensor;
  /** `t.max()` → 0-d tensor; `t.max(dim)` → [values, indices] (also `.values`, `.indices`); `t.max(other)` → maximum. */
  max(): Tensor;
  max(other: Tensor): Tensor;
  max(dim: number | DimOpts, keepdim?: boolean | DimOpts): R.MaxResult;
  min(): Tensor;
  min(other: Tensor): Tensor;
  min(dim: number | DimOpts, keepdim?: boolean | DimOpts): R.MaxResult;
  argmax(dim?: number | null | DimOpts, keepdim?: boolean | DimOpts): Tensor;
  argmin(dim?: number | null | DimOpts, keepdim?: boolean | DimOpts): Tensor;
  var(dim?: number | number[] | null | R.VarOpts, opts?: boolean | R.VarOpts): Tensor;
  std(dim?: number | number[] | null | R.VarOpts, opts?: boolean | R.VarOpts): Tensor;
  norm(p?: number | 'fro' | null | R.NormOpts, dim?: number | number[] | null | R.NormOpts, keepdim?: boolean): Tensor;
  prod(): Tensor;
  softmax(dim: number | { dim: number }): Tensor;
  log_softmax(dim: number | { dim: number }): Tensor;
  mm(other: Tensor): Tensor;
  dot(other: Tensor): Tensor;
  t(): Tensor;
  transpose(dim0: number, dim1: number): Tensor;
  permute(...dims: (number | number[])[]): Tensor;
  reshape(...shape: (number | number[])[]): Tensor;
  view(...shape: (number | number[])[]): Tensor;
  view_as(other: Tensor): Tensor;
  expand(...shape: (number | number[])[]): Tensor;
  expand_as(other: Tensor): Tensor;
  unsqueeze(dim: number): Tensor;
  squeeze(dim?: number): Tensor;
  flatten(start_dim?: number, end_dim?: number): Tensor;
  /** `t.select(dim, i)` = Python `t[:, …, i]` along `dim` (the dim is removed). */
  select(dim: number, index: number): Tensor;
  /** Python indexing `t[i]`, `t[i, j]` (integers; negative counts from the end): `t.get(0)`, `t.get(0, 1)`. */
  get(...indices: number[]): Tensor;
  /** Python `t[idx]` with a list / int64 tensor of indices along dim 0 (`index_select(0, idx)`). */
  index(indices: Tensor | number[]): Tensor;
  index_select(dim: number, indices: Tensor | number[]): Tensor;
  /** Python slicing `t[start:end:step]` along `dim`. */
  slice(dim: number, start?: number | null, end?: number | null, step?: number): Tensor;
  narrow(dim: number, start: number, length: number): Tensor;
  add_(other: T, opts?: { alpha?: number }): this;
  sub_(other: T, opts?: { alpha?: number }): this;
  mul_(other: T): this;
  div_(other: T): this;
  pow_(other: number): this;
  clamp_(min?: number | null | { min?: number | null; max?: number | null }, max?: number | null): this;
  neg_(): this;
  sqrt_(): this;
  zero_(): this;
  fill_(value: number): this;
  copy_(src: Tensor | number): this;
  uniform_(from?: number, to?: number): this;
  normal_(mean?: number, std?: number): this;
}

type Method = (t: Tensor, ...args: never[]) => unknown;
let table: Record<string, Method> | null = null;
// Built on first use: ops modules may not be initialised yet when this module is evaluated (import cycle).
const methods = (): Record<string, Method> =>
  (table ??= {
    maximum: E.maximum, minimum: E.minimum, neg: U.neg, exp: U.exp, log: U.log, sqrt: U.sqrt, abs: U.abs,
    tanh: U.tanh, sigmoid: U.sigmoid, relu: U.relu, sin: U.sin, cos: U.cos, sign: U.sign, reciprocal: U.reciprocal,
    square: (t) => U.pow(t, 2), clamp: U.clamp, clip: U.clamp,
    gt: (t, o: T) => E.compare(t, o, 'gt'), lt: (t, o: T) => E.compare(t, o, 'lt'), ge: (t, o: T) => E.compare(t, o, 'ge'),
    le: (t, o: T) => E.compare(t, o, 'le'), eq: (t, o: T) => E.compare(t, o, 'eq'), ne: (t, o: T) => E.compare(t, o, 'ne'),
    equal: R.equal, allclose: R.allclose, isnan: U.isnan, isfinite: U.isfinite,
    sum: R.sum, mean: R.mean,
    max: (t, d: never, k: never) => R.maxmin(t, d, k, true), min: (t, d: never, k: never) => R.maxmin(t, d, k, false),
    argmax: (t, d: never, k: never) => R.argmaxmin(t, d, k, true), argmin: (t, d: never, k: never) => R.argmaxmin(t, d, k, false),
    var: (t, d: never, o: never) => R.variance(t, d, o, false), std: (t, d: never, o: never) => R.variance(t, d, o, true),
    norm: R.norm, prod: R.prod, softmax, log_softmax,
    mm: M.mm, dot: M.dot, t: S.t, transpose: S.transpose,
    permute: (t, ...d: number[][]) => S.permute(t, d.flat()),
    reshape: (t, ...d: number[][]) => S.reshape(t, d.flat(), 'reshape'),
    view: (t, ...d: number[][]) => S.reshape(t, d.flat(), 'view'),
    view_as: (t, o: Tensor) => S.reshape(t, o.shape, 'view'),
    expand: (t, ...d: number[][]) => S.expand(t, d.flat()), expand_as: (t, o: Tensor) => S.expand(t, o.shape),
    unsqueeze: S.unsqueeze, squeeze: S.squeeze, flatten: S.flatten, select: S.select,
    get: (t, ...idx: number[]) => idx.reduce((r: Tensor, i) => S.select(r, 0, i), t),
    index: (t, i: never) => S.indexSelect(t, 0, i), index_select: S.indexSelect, slice: S.slice,
    narrow: (t, d: number, s: number, l: number) => S.slice(t, d, s, s + l),
    add_: (t, o: T, opts?: { alpha?: number }) => I.binary_(t, o, 'add', opts?.alpha ?? 1, opts),
    sub_: (t, o: T, opts?: { alpha?: number }) => I.binary_(t, o, 'sub', opts?.alpha ?? 1, opts),
    mul_: (t, o: T) => I.binary_(t, o, 'mul', 1), div_: (t, o: T) => I.binary_(t, o, 'div', 1),
    pow_: (t, p: number) => I.assign_(t, U.pow(t.detach(), p), 'pow_'),
    clamp_: (t, a: never, b: never) => I.assign_(t, U.clamp(t.detach(), a, b), 'clamp_'),
    neg_: (t) => I.assign_(t, U.neg(t.detach()), 'neg_'), sqrt_: (t) => I.assign_(t, U.sqrt(t.detach()), 'sqrt_'),
    zero_: (t) => I.fill_(t, 0, 'zero_'), fill_: (t, v: number) => I.fill_(t, v, 'fill_'), copy_: I.copy_,
    uniform_: (t, a = 0, b = 1) => I.uniform_(t, a, b), normal_: (t, m = 0, s = 1) => I.normal_(t, m, s),
  });
for (const name of ('maximum minimum neg exp log sqrt abs tanh sigmoid relu sin cos sign reciprocal square clamp clip ' +
  'gt lt ge le eq ne equal allclose isnan isfinite sum mean max min argmax argmin var std norm prod softmax log_softmax ' +
  'mm dot t transpose permute reshape view view_as expand expand_as unsqueeze squeeze flatten select get index ' +
  'index_select slice narrow add_ sub_ mul_ div_ pow_ clamp_ neg_ sqrt_ zero_ fill_ copy_ uniform_ normal_').split(' ')) {
  Object.defineProperty(Tensor.prototype, name, {
    value: function (this: Tensor, ...args: never[]) {
      return methods()[name](this, ...args);
    },
    writable: true,
    configurable: true,
  });
}

/** Allocates storage of the right array type for a dtype. */
export function allocStorage(dtype: DType, n: number): Storage {
  return dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
}
