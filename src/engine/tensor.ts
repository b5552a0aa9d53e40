/**
 * Tensor: a contiguous, row-major n-d array with PyTorch's dtype, autograd and printing semantics.
 *
 * CONTRACT (other engine modules rely on these members; keep them stable):
 *   t.id            unique integer per tensor (used by training events to name parameters)
 *   t.data          Float32Array (float32) | Float64Array (float64 and int64 values), row-major, contiguous
 *   t.shape         number[] (a 0-d tensor has shape [])
 *   t.dtype         'float32' | 'float64' | 'int64'
 *   t.grad          Tensor | null  (readable and assignable, like PyTorch's .grad)
 *   t.requires_grad boolean
 *   Tensor._make(data, shape, dtype, requiresGrad?)  internal factory used by ops, nn and optim
 *
 * The op methods (add, mul, matmul, backward, …) are added by the engine-core work on top of this skeleton.
 */
export type DType = 'float32' | 'float64' | 'int64';
export type Storage = Float32Array | Float64Array;

let nextId = 1;

export class Tensor {
  readonly id: number = nextId++;
  data: Storage;
  shape: number[];
  dtype: DType;
  grad: Tensor | null = null;
  requires_grad: boolean;

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

  /** Number of elements. */
  numel(): number {
    return this.data.length;
  }
}

/** Allocates storage of the right array type for a dtype. */
export function allocStorage(dtype: DType, n: number): Storage {
  return dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
}
