/**
 * `torch.utils.data.Dataset` and `TensorDataset`.
 *
 * The protocol keeps PyTorch's method names, which are valid JavaScript names: a map-style dataset has
 * `__getitem__(index)` (one sample) and `__len__()` (the number of samples). A learner's own dataset is
 * `class MyData extends torch.utils.data.Dataset { __len__() {…} __getitem__(i) {…} }`, or any object with
 * those two methods. `length` is a getter for `__len__()` (the JavaScript habit `ds.length` works too).
 */
import { AssertionError, IndexError, NotImplementedError } from '../../errors';
import { Tensor } from '../../tensor';

/** What DataLoader and the samplers need from a dataset (Python's `__getitem__` / `__len__`). */
export interface MapDataset<T = unknown> {
  __getitem__(index: number): T;
  __len__(): number;
}

/** Python's `len(x)` for a dataset or a sampler: `x.__len__()`, else `TypeError: object of type … has no len()`. */
export function pyLen(x: unknown, what = 'object'): number {
  const f = (x as { __len__?: () => number } | null)?.__len__;
  if (typeof f !== 'function') throw new TypeError(`object of type '${what}' has no len()`);
  return f.call(x);
}

export class Dataset<T = unknown> implements MapDataset<T> {
  static readonly pyName: string = 'Dataset';

  __getitem__(_index: number): T {
    throw new NotImplementedError(`Subclasses of Dataset should implement __getitem__.`);
  }

  /** Not defined by PyTorch's base class either: `len()` of a Dataset without it is a TypeError. */
  __len__(): number {
    throw new TypeError(`object of type '${Object.getPrototypeOf(this)?.constructor?.name ?? 'Dataset'}' has no len()`);
  }

  get length(): number {
    return this.__len__();
  }
}

/** Samples are the rows `[t0[i], t1[i], …]` of tensors that share their first dimension. */
export class TensorDataset extends Dataset<Tensor[]> {
  static override readonly pyName: string = 'TensorDataset';
  readonly tensors: Tensor[];

  constructor(...tensors: Tensor[]) {
    super();
    for (const t of tensors) {
      if (!(t instanceof Tensor)) throw new TypeError(`TensorDataset expects tensors, got ${typeof t}`);
    }
    const n = tensors[0]?.shape[0];
    if (tensors.some((t) => t.shape[0] !== n)) {
      throw new AssertionError('Size mismatch between tensors');
    }
    this.tensors = tensors;
  }

  override __getitem__(index: number): Tensor[] {
    return this.tensors.map((t) => t.select(0, index));
  }

  override __len__(): number {
    if (this.tensors.length === 0) throw new IndexError('tuple index out of range');
    return this.tensors[0]!.shape[0]!;
  }
}
