/**
 * `torch.utils.data.DataLoader` (single-process, PyTorch 2.x semantics).
 *
 *   for (const [x, y] of loader) { … }      one epoch: batches of `batch_size` samples, collated
 *   loader.__len__() / loader.length        the number of batches (Python's len(loader))
 *
 * Every `iter(loader)` (each `for … of`) draws the iterator's base seed from the default generator first (two
 * 32-bit outputs, as `_BaseDataLoaderIter.__init__` does even with num_workers=0), then the batches come
 * from the batch sampler lazily; with `shuffle: true` the RandomSampler draws its own seed at the first batch.
 * So an epoch consumes four 32-bit outputs of the default generator with shuffling and two without, exactly
 * like PyTorch, and code that calls torch.rand after a loop sees PyTorch's numbers.
 * `num_workers`, `pin_memory`, `timeout`, `prefetch_factor`, … are accepted and change nothing (the browser
 * engine loads in-process; the order and the numbers are the same as with workers).
 */
import type { Tensor } from '../../tensor';
import { ValueError } from '../../errors';
import { checkOptions } from '../../options';
import { Generator, defaultGenerator } from '../../random';
import { default_collate } from './collate';
import { pyLen, type MapDataset } from './dataset';
import { BatchSampler, RandomSampler, SequentialSampler, randomInt64, type IndexSampler } from './sampler';

export interface DataLoaderOptions {
  /** Samples per batch; null yields single samples without collation. Defaults to 1. */
  batch_size?: number | null;
  /** Reshuffle at every epoch (a RandomSampler). Defaults to false. */
  shuffle?: boolean | null;
  /** The order of the indices (excludes `shuffle`). */
  sampler?: IndexSampler | Iterable<number> | null;
  /** Yields lists of indices (excludes batch_size, shuffle, sampler and drop_last). */
  batch_sampler?: IndexSampler<number[]> | Iterable<number[]> | null;
  /** Accepted; the engine always loads in-process. Defaults to 0. */
  num_workers?: number;
  /** Merges a list of samples into a batch. Defaults to `default_collate`. */
  collate_fn?: ((batch: unknown[]) => unknown) | null;
  /** Drop the last incomplete batch. Defaults to false. */
  drop_last?: boolean;
  /** Generator for the shuffle seed and the base seed. Defaults to the default generator. */
  generator?: Generator | null;
  pin_memory?: boolean;
  timeout?: number;
  worker_init_fn?: unknown;
  multiprocessing_context?: unknown;
  prefetch_factor?: number | null;
  persistent_workers?: boolean;
  pin_memory_device?: string;
  in_order?: boolean;
}

const KEYS = [
  'batch_size', 'shuffle', 'sampler', 'batch_sampler', 'num_workers', 'collate_fn', 'pin_memory', 'drop_last', 'timeout',
  'worker_init_fn', 'multiprocessing_context', 'generator', 'prefetch_factor', 'persistent_workers', 'pin_memory_device',
  'in_order',
];

/**
 * `DataLoader(dataset, { batch_size, shuffle, drop_last, … })`. A batch is typed `Tensor[]` by default (what a
 * TensorDataset collates to: `for (const [xb, yb] of loader)`); a custom collate_fn may give another shape.
 */
export class DataLoader<B = Tensor[]> implements Iterable<B> {
  static readonly pyName: string = 'DataLoader';
  readonly dataset: MapDataset;
  readonly batch_size: number | null;
  readonly drop_last: boolean;
  readonly sampler: IndexSampler | Iterable<number>;
  readonly batch_sampler: IndexSampler<number[]> | Iterable<number[]> | null;
  readonly num_workers: number;
  readonly collate_fn: (batch: unknown[]) => unknown;
  readonly generator: Generator | null;

  constructor(dataset: MapDataset, options?: DataLoaderOptions) {
    const o = checkOptions('DataLoader.__init__', options, KEYS) as DataLoaderOptions;
    this.dataset = dataset;
    this.num_workers = o.num_workers ?? 0;
    if (this.num_workers < 0) {
      throw new ValueError('num_workers option should be non-negative; use num_workers=0 to disable multiprocessing.');
    }
    const shuffle = o.shuffle ?? false;
    let batchSize = o.batch_size === undefined ? 1 : o.batch_size;
    let dropLast = o.drop_last ?? false;
    if (o.sampler != null && shuffle) throw new ValueError('sampler option is mutually exclusive with shuffle');
    if (o.batch_sampler != null) {
      if (batchSize !== 1 || shuffle || o.sampler != null || dropLast) {
        throw new ValueError('batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last');
      }
      batchSize = null;
      dropLast = false;
    } else if (batchSize === null && dropLast) {
      throw new ValueError('batch_size=None option disables auto-batching and is mutually exclusive with drop_last');
    }
    this.generator = o.generator ?? null;
    this.sampler = o.sampler ?? (shuffle ? new RandomSampler(dataset, { generator: this.generator }) : new SequentialSampler(dataset));
    this.batch_size = batchSize;
    this.drop_last = dropLast;
    this.batch_sampler = o.batch_sampler ?? (batchSize !== null ? new BatchSampler(this.sampler, batchSize, dropLast) : null);
    this.collate_fn = o.collate_fn ?? (batchSize !== null || o.batch_sampler != null ? default_collate : (x: unknown[]) => x);
  }

  /** `iter(loader)`: draws the base seed now (as PyTorch's iterator constructor does), batches lazily. */
  [Symbol.iterator](): Iterator<B> {
    randomInt64(this.generator ?? defaultGenerator);
    return this._batches();
  }

  private *_batches(): Generator_<B> {
    if (this.batch_sampler === null) {
      for (const i of this.sampler) yield this.dataset.__getitem__(i) as B;
      return;
    }
    for (const indices of this.batch_sampler) {
      yield this.collate_fn(indices.map((i) => this.dataset.__getitem__(i))) as B;
    }
  }

  /** The number of batches per epoch (Python's `len(loader)`). */
  __len__(): number {
    return pyLen(this.batch_sampler ?? this.sampler, 'list');
  }

  get length(): number {
    return this.__len__();
  }
}

type Generator_<T> = globalThis.Generator<T, void, unknown>;
