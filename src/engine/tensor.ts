/**
 * Tensor: a contiguous, row-major n-d array with PyTorch's dtype, autograd and printing semantics.
 *
 * CONTRACT (other engine modules rely on these members; keep them stable):
 *   t.id            unique integer per tensor (used by training events to name parameters)
 *   t.data          Float32Array (float32) | Float64Array (float64, int64 and bool values), row-major, contiguous
 *   t.shape         number[] (a 0-d tensor has shape [])
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

export class Tensor {
  readonly id: number = nextId++;
  data: Storage;
  shape: number[];
  dtype: DType;
  requires_grad: boolean;
  /** The node that created this tensor (null for leaves). */
  grad_fn: Node | null = null;
  _grad: Tensor | null = null;
  _gradClearedByZeroGrad = false;
  _isParam = false;

  protected constructor(data: Storage, shape: number[], dtype: DType, requiresGrad = false) {
    this.data = data;
    this.shape = shape;
    this.dtype = dtype;
    this.requires_grad = requiresGrad;
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
  maximum(other: T): Tensor {
    return E.maximum(this, other);
  }
  minimum(other: T): Tensor {
    return E.minimum(this, other);
  }
  neg(): Tensor {
    return U.neg(this);
  }
  exp(): Tensor {
    return U.exp(this);
  }
  log(): Tensor {
    return U.log(this);
  }
  sqrt(): Tensor {
    return U.sqrt(this);
  }
  abs(): Tensor {
    return U.abs(this);
  }
  tanh(): Tensor {
    return U.tanh(this);
  }
  sigmoid(): Tensor {
    return U.sigmoid(this);
  }
  relu(): Tensor {
    return U.relu(this);
  }
  sin(): Tensor {
    return U.sin(this);
  }
  cos(): Tensor {
    return U.cos(this);
  }
  square(): Tensor {
    return U.pow(this, 2);
  }
  sign(): Tensor {
    return U.sign(this);
  }
  reciprocal(): Tensor {
    return U.reciprocal(this);
  }
  clamp(min?: number | null | { min?: number | null; max?: number | null }, max?: number | null): Tensor {
    return U.clamp(this, min, max);
  }
  clip(min?: number | null | { min?: number | null; max?: number | null }, max?: number | null): Tensor {
    return U.clamp(this, min, max);
  }

  // comparisons → bool tensors
  gt(other: T): Tensor {
    return E.compare(this, other, 'gt');
  }
  lt(other: T): Tensor {
    return E.compare(this, other, 'lt');
  }
  ge(other: T): Tensor {
    return E.compare(this, other, 'ge');
  }
  le(other: T): Tensor {
    return E.compare(this, other, 'le');
  }
  eq(other: T): Tensor {
    return E.compare(this, other, 'eq');
  }
  ne(other: T): Tensor {
    return E.compare(this, other, 'ne');
  }
  /** `torch.equal`: same shape and same values. */
  equal(other: Tensor): boolean {
    return R.equal(this, other);
  }
  allclose(other: Tensor, opts?: { rtol?: number; atol?: number; equal_nan?: boolean }): boolean {
    return R.allclose(this, other, opts);
  }
  isnan(): Tensor {
    return U.isnan(this);
  }
  isfinite(): Tensor {
    return U.isfinite(this);
  }

  // ---- reductions -----------------------------------------------------------------------------------------

  sum(dim?: number | number[] | null | DimOpts, keepdim?: boolean | DimOpts): Tensor {
    return R.sum(this, dim, keepdim);
  }
  mean(dim?: number | number[] | null | DimOpts, keepdim?: boolean | DimOpts): Tensor {
    return R.mean(this, dim, keepdim);
  }
  /** `t.max()` → 0-d tensor; `t.max(dim)` → [values, indices] (also `.values`, `.indices`); `t.max(other)` → maximum. */
  max(): Tensor;
  max(other: Tensor): Tensor;
  max(dim: number | DimOpts, keepdim?: boolean | DimOpts): R.MaxResult;
  max(dim?: number | Tensor | DimOpts, keepdim?: boolean | DimOpts): Tensor | R.MaxResult {
    return R.maxmin(this, dim, keepdim, true);
  }
  min(): Tensor;
  min(other: Tensor): Tensor;
  min(dim: number | DimOpts, keepdim?: boolean | DimOpts): R.MaxResult;
  min(dim?: number | Tensor | DimOpts, keepdim?: boolean | DimOpts): Tensor | R.MaxResult {
    return R.maxmin(this, dim, keepdim, false);
  }
  argmax(dim?: number | null | DimOpts, keepdim?: boolean | DimOpts): Tensor {
    return R.argmaxmin(this, dim, keepdim, true);
  }
  argmin(dim?: number | null | DimOpts, keepdim?: boolean | DimOpts): Tensor {
    return R.argmaxmin(this, dim, keepdim, false);
  }
  var(dim?: number | number[] | null | R.VarOpts, opts?: boolean | R.VarOpts): Tensor {
    return R.variance(this, dim, opts, false);
  }
  std(dim?: number | number[] | null | R.VarOpts, opts?: boolean | R.VarOpts): Tensor {
    return R.variance(this, dim, opts, true);
  }
  norm(p?: number | 'fro' | null | R.NormOpts, dim?: number | number[] | null | R.NormOpts, keepdim?: boolean): Tensor {
    return R.norm(this, p, dim, keepdim);
  }
  prod(): Tensor {
    return R.prod(this);
  }
  softmax(dim: number | { dim: number }): Tensor {
    return softmax(this, dim);
  }
  log_softmax(dim: number | { dim: number }): Tensor {
    return log_softmax(this, dim);
  }

  // ---- shape ----------------------------------------------------------------------------------------------

  matmul(other: Tensor): Tensor {
    return M.matmul(this, other);
  }
  mm(other: Tensor): Tensor {
    return M.mm(this, other);
  }
  dot(other: Tensor): Tensor {
    return M.dot(this, other);
  }
  t(): Tensor {
    return S.t(this);
  }
  get T(): Tensor {
    return S.permute(this, this.shape.map((_, i) => this.shape.length - 1 - i));
  }
  transpose(dim0: number, dim1: number): Tensor {
    return S.transpose(this, dim0, dim1);
  }
  permute(...dims: (number | number[])[]): Tensor {
    return S.permute(this, dims.flat());
  }
  reshape(...shape: (number | number[])[]): Tensor {
    return S.reshape(this, shape.flat(), 'reshape');
  }
  view(...shape: (number | number[])[]): Tensor {
    return S.reshape(this, shape.flat(), 'view');
  }
  view_as(other: Tensor): Tensor {
    return S.reshape(this, other.shape, 'view');
  }
  expand(...shape: (number | number[])[]): Tensor {
    return S.expand(this, shape.flat());
  }
  expand_as(other: Tensor): Tensor {
    return S.expand(this, other.shape);
  }
  unsqueeze(dim: number): Tensor {
    return S.unsqueeze(this, dim);
  }
  squeeze(dim?: number): Tensor {
    return S.squeeze(this, dim);
  }
  flatten(start_dim = 0, end_dim = -1): Tensor {
    return S.flatten(this, start_dim, end_dim);
  }
  /** `t.select(dim, i)` = Python `t[:, …, i]` along `dim` (the dim is removed). */
  select(dim: number, index: number): Tensor {
    return S.select(this, dim, index);
  }
  /** Python indexing `t[i]`, `t[i, j]` (integers; negative counts from the end): `t.get(0)`, `t.get(0, 1)`. */
  get(...indices: number[]): Tensor {
    let r: Tensor = this;
    for (const i of indices) r = S.select(r, 0, i);
    return r;
  }
  /** Python `t[idx]` with a list / int64 tensor of indices along dim 0 (`index_select(0, idx)`). */
  index(indices: Tensor | number[]): Tensor {
    return S.indexSelect(this, 0, indices);
  }
  index_select(dim: number, indices: Tensor | number[]): Tensor {
    return S.indexSelect(this, dim, indices);
  }
  /** Python slicing `t[start:end:step]` along `dim`. */
  slice(dim: number, start?: number | null, end?: number | null, step = 1): Tensor {
    return S.slice(this, dim, start, end, step);
  }
  narrow(dim: number, start: number, length: number): Tensor {
    return S.slice(this, dim, start, start + length, 1);
  }

  // ---- in place -------------------------------------------------------------------------------------------

  add_(other: T, opts?: { alpha?: number }): this {
    return I.binary_(this, other, 'add', opts?.alpha ?? 1, opts);
  }
  sub_(other: T, opts?: { alpha?: number }): this {
    return I.binary_(this, other, 'sub', opts?.alpha ?? 1, opts);
  }
  mul_(other: T): this {
    return I.binary_(this, other, 'mul', 1);
  }
  div_(other: T): this {
    return I.binary_(this, other, 'div', 1);
  }
  pow_(other: number): this {
    return I.assign_(this, U.pow(this.detach(), other), 'pow_');
  }
  clamp_(min?: number | null | { min?: number | null; max?: number | null }, max?: number | null): this {
    return I.assign_(this, U.clamp(this.detach(), min, max), 'clamp_');
  }
  neg_(): this {
    return I.assign_(this, U.neg(this.detach()), 'neg_');
  }
  sqrt_(): this {
    return I.assign_(this, U.sqrt(this.detach()), 'sqrt_');
  }
  zero_(): this {
    return I.fill_(this, 0, 'zero_');
  }
  fill_(value: number): this {
    return I.fill_(this, value, 'fill_');
  }
  copy_(src: Tensor | number): this {
    return I.copy_(this, src);
  }
  uniform_(from = 0, to = 1): this {
    return I.uniform_(this, from, to);
  }
  normal_(mean = 0, std = 1): this {
    return I.normal_(this, mean, std);
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

/** Allocates storage of the right array type for a dtype. */
export function allocStorage(dtype: DType, n: number): Storage {
  return dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
}
