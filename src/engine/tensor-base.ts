/**
 * Tensor: a contiguous, row-major n-d array with PyTorch's dtype, autograd and printing semantics.
 *
 * CONTRACT (other engine modules rely on these members; keep them stable):
 *   t.id            unique integer per tensor (used by training events to name parameters)
 *   t.data          Float32Array (float32) | Float64Array (float64, int64 and bool values), row-major, contiguous
 *                   (data may be lazy: a one-element float result of an op, or a one-element gradient made by
 *                   backward, keeps its value as a number in `_d` until `.data` is first read, which gives it its
 *                   storage once; engine code that only needs the value reads `value1(t)` / `elementCount(t)`, see
 *                   `_make1`. A structured clone of such a tensor holds `_d`, not `data`.)
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
 * This module holds the class itself (data, autograd slots, printing). Its op methods (add, sum, backward, …) come
 * from ONE table, src/engine/ops/registry.ts, which installs them on the prototype and types them here through
 * `interface Tensor extends TensorOps`. Import `Tensor` from './tensor' (which loads the registry), not from here.
 */
import type { Node } from './autograd/node';
import { RuntimeError } from './errors';
import { emit, hasListeners } from './events';
import { formatTensor } from './format';
import type { TensorOps } from './ops/registry';

export type DType = 'float32' | 'float64' | 'int64' | 'bool';
export type Storage = Float32Array | Float64Array;
let nextId = 1;

const NON_LEAF_GRAD_WARNING =
  "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more information.";

/** Thrown when a tensor meets a JavaScript operator (the runner turns it into a tip with the rewritten expression). */
export const OPERATOR_MESSAGE =
  "unsupported operand type(s) for a JavaScript operator: 'Tensor'. Use the tensor methods: a + b → a.add(b), a - b → a.sub(b), a * b → a.mul(b), a / b → a.div(b), a ** b → a.pow(b), a < b → a.lt(b) (also gt, le, ge, eq, ne); for text use `${a}` or String(a)";

// Fields are assigned in the constructor (not class-field initialisers): one hidden class, cheaper to build.
export class Tensor {
  declare readonly id: number;
  /** The storage, or the value of a one-element float tensor that has none yet (made by `_make1`). */
  declare _d: Storage | number;
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
    this._d = data;
    this.shape = shape;
    this.dtype = dtype;
    this.requires_grad = requiresGrad;
    this.grad_fn = null;
    this._grad = null;
    this._gradClearedByZeroGrad = false;
    // (`_isParam` and `_view` are rarely set: their defaults live on the prototype, see below, so a tensor is smaller)
  }

  /** Internal: the id the next tensor will get (tensors made after this call have ids ≥ it). */
  static _peekId(): number {
    return nextId;
  }

  /** Internal factory. `data` is used as is (not copied). */
  static _make(data: Storage, shape: number[], dtype: DType, requiresGrad = false): Tensor {
    return new Tensor(data, shape, dtype, requiresGrad);
  }

  /**
   * Internal factory of a one-element float32/float64 tensor holding `v`, rounded to the dtype as its storage would
   * round it. Its storage is made when `.data` is first read: a chain of 0-d ops (the Rosenbrock race) allocates no
   * typed array per op, and engine code that only needs the value reads `value1(t)`.
   */
  static _make1(v: number, shape: number[], dtype: DType): Tensor {
    return new Tensor((dtype === 'float32' ? Math.fround(v) : v) as unknown as Storage, shape, dtype);
  }

  /** The values, row-major (a `_make1` tensor gets its one-element storage here, once). */
  get data(): Storage {
    const d = this._d;
    return typeof d === 'number' ? store(this, d) : d;
  }
  set data(d: Storage) {
    this._d = d;
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

  get retains_grad(): boolean {
    return this.grad_fn !== null && this.grad_fn.retained === this;
  }

  // ---- shape -------------------------------------------------------------------------------------------------

  get ndim(): number {
    return this.shape.length;
  }
  get device(): string {
    return 'cpu';
  }

  /** Python's `t.T`: all dims reversed (installed by the registry with the other ops). */
  declare readonly T: Tensor;

  // ---- printing -------------------------------------------------------------------------------------------

  toString(): string {
    return formatTensor(this);
  }
  /**
   * `${t}` and String(t) print the tensor; JavaScript operators (`w + w`, `w * 3`, `w < 1`) would silently
   * concatenate strings or give NaN, so they throw a TypeError naming the methods (Python has them as operators).
   */
  [Symbol.toPrimitive](hint: 'string' | 'number' | 'default'): string {
    if (hint === 'string') return formatTensor(this);
    throw new TypeError(OPERATOR_MESSAGE);
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return formatTensor(this);
  }
  /** JSON.stringify(t) gives the nested values (tolist()). */
  toJSON(): unknown {
    return this.tolist();
  }
}

Tensor.prototype._isParam = false;
Tensor.prototype._view = null;

/** The op methods, typed from the registry (ops/registry.ts installs them on the prototype). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Tensor extends TensorOps {}

/** The value of a one-element tensor, without making a `_make1` tensor's storage. */
export const value1 = (t: Tensor): number => (typeof t._d === 'number' ? t._d : t._d[0]);
/** The number of elements, without making a `_make1` tensor's storage. */
export const elementCount = (t: Tensor): number => (typeof t._d === 'number' ? 1 : t._d.length);

/** A `_make1` tensor's storage, made once. */
function store(t: Tensor, v: number): Storage {
  const d = allocStorage(t.dtype, 1);
  d[0] = v;
  return (t._d = d);
}

/** Allocates storage of the right array type for a dtype. */
export function allocStorage(dtype: DType, n: number): Storage {
  return dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
}
