/**
 * Samplers: which indices, in which order (torch/utils/data/sampler.py, PyTorch 2.x).
 *
 * RandomSampler without a generator draws a seed from the default generator each time an iteration starts
 * (`int(torch.empty((), dtype=torch.int64).random_().item())`: two 32-bit outputs, hi then lo, modulo 2^63),
 * seeds a private generator with it and yields `torch.randperm(n, generator=g)`, so `torch.manual_seed`
 * fixes the order of every epoch bit for bit. Iteration is lazy like Python's generators: the seed is drawn
 * at the first `next()`, not when the iterator is made.
 */
import { ValueError } from '../../errors';
import { Generator, defaultGenerator, fillRandint, fillRandperm } from '../../random';
import { pyLen, type MapDataset } from './dataset';

/** Anything that yields indices and knows how many (`Sampler` in PyTorch). */
export interface IndexSampler<T = number> extends Iterable<T> {
  __len__(): number;
}

/** `torch.empty((), dtype=torch.int64).random_(generator=g).item()`: `random64() % 2^63`. */
export function randomInt64(g: Generator): bigint {
  const hi = BigInt(g.next32());
  const lo = BigInt(g.next32());
  return ((hi << 32n) | lo) & 0x7fffffffffffffffn;
}

function isPositiveInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0;
}

export class Sampler<T = number> implements IndexSampler<T> {
  static readonly pyName: string = 'Sampler';
  *[Symbol.iterator](): Iterator<T> {
    throw new TypeError('Sampler subclasses must implement [Symbol.iterator] (Python __iter__)');
  }
  __len__(): number {
    throw new TypeError(`object of type '${Object.getPrototypeOf(this)?.constructor?.name ?? 'Sampler'}' has no len()`);
  }
  get length(): number {
    return this.__len__();
  }
}

/** 0, 1, …, len(data_source) − 1. */
export class SequentialSampler extends Sampler {
  static override readonly pyName: string = 'SequentialSampler';
  constructor(readonly data_source: MapDataset) {
    super();
  }
  override *[Symbol.iterator](): Iterator<number> {
    const n = pyLen(this.data_source);
    for (let i = 0; i < n; i++) yield i;
  }
  override __len__(): number {
    return pyLen(this.data_source);
  }
}

export interface RandomSamplerOptions {
  /** Draw with replacement. Defaults to false. */
  replacement?: boolean;
  /** How many indices per epoch. Defaults to len(data_source). */
  num_samples?: number | null;
  /** Generator for the order; defaults to a private one seeded from the default generator at every epoch. */
  generator?: Generator | null;
}

export class RandomSampler extends Sampler {
  static override readonly pyName: string = 'RandomSampler';
  readonly replacement: boolean;
  readonly generator: Generator | null;
  private readonly _num_samples: number | null;

  constructor(readonly data_source: MapDataset, opts: RandomSamplerOptions = {}) {
    super();
    this.replacement = opts.replacement ?? false;
    this._num_samples = opts.num_samples ?? null;
    this.generator = opts.generator ?? null;
    if (typeof this.replacement !== 'boolean') {
      throw new TypeError(`replacement should be a boolean value, but got replacement=${String(this.replacement)}`);
    }
    if (!isPositiveInt(this.num_samples)) {
      throw new ValueError(`num_samples should be a positive integer value, but got num_samples=${this.num_samples}`);
    }
  }

  get num_samples(): number {
    return this._num_samples ?? pyLen(this.data_source);
  }

  override *[Symbol.iterator](): Iterator<number> {
    const n = pyLen(this.data_source);
    let g = this.generator;
    if (g === null) g = new Generator().manual_seed(randomInt64(defaultGenerator));
    const total = this.num_samples;
    if (this.replacement) {
      const chunk = new Float64Array(32);
      for (let k = 0; k < Math.floor(total / 32); k++) {
        fillRandint(g, chunk, 0, n);
        yield* chunk;
      }
      const tail = new Float64Array(total % 32);
      fillRandint(g, tail, 0, n);
      yield* tail;
      return;
    }
    const perm = new Float64Array(n);
    for (let k = 0; k < Math.floor(total / n); k++) {
      fillRandperm(g, perm);
      yield* perm;
    }
    fillRandperm(g, perm); // PyTorch draws the last permutation even when it keeps none of it
    yield* perm.subarray(0, total % n);
  }

  override __len__(): number {
    return this.num_samples;
  }
}

/** Groups the indices of `sampler` into lists of `batch_size` (the last one shorter unless `drop_last`). */
export class BatchSampler extends Sampler<number[]> {
  static override readonly pyName: string = 'BatchSampler';

  constructor(readonly sampler: IndexSampler | Iterable<number>, readonly batch_size: number, readonly drop_last: boolean) {
    super();
    if (!isPositiveInt(batch_size)) {
      throw new ValueError(`batch_size should be a positive integer value, but got batch_size=${String(batch_size)}`);
    }
    if (typeof drop_last !== 'boolean') {
      throw new ValueError(`drop_last should be a boolean value, but got drop_last=${String(drop_last)}`);
    }
  }

  override *[Symbol.iterator](): Iterator<number[]> {
    let batch: number[] = [];
    for (const i of this.sampler) {
      batch.push(i);
      if (batch.length === this.batch_size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0 && !this.drop_last) yield batch;
  }

  override __len__(): number {
    const n = pyLen(this.sampler, 'list');
    return this.drop_last ? Math.floor(n / this.batch_size) : Math.ceil(n / this.batch_size);
  }
}
