/**
 * `default_collate`: a list of samples → one batch (torch/utils/data/_utils/collate.py).
 *   tensors → `torch.stack(batch, 0)`; numbers → a tensor (all integers: int64, else float64, like Python's
 *   int and float); booleans → a bool tensor; arrays (Python tuples/lists) → an array with each position
 *   collated; plain objects (dicts) → an object with each key collated; strings stay a list.
 */
import { RuntimeError } from '../../errors';
import { tensor } from '../../ops/create';
import { stack } from '../../ops/shape';
import { Tensor } from '../../tensor';

export function default_collate(batch: unknown[]): unknown {
  const elem = batch[0];
  if (elem instanceof Tensor) return stack(batch as Tensor[], 0);
  if (typeof elem === 'number') {
    const ints = (batch as number[]).every((v) => Number.isInteger(v));
    return tensor(batch, { dtype: ints ? 'int64' : 'float64' });
  }
  if (typeof elem === 'boolean') return tensor(batch, { dtype: 'bool' });
  if (typeof elem === 'string') return batch;
  if (Array.isArray(elem)) {
    const size = elem.length;
    if (batch.some((s) => !Array.isArray(s) || s.length !== size)) {
      throw new RuntimeError('each element in list of batch should be of equal size');
    }
    return elem.map((_, i) => default_collate(batch.map((s) => (s as unknown[])[i])));
  }
  if (elem !== null && typeof elem === 'object' && Object.getPrototypeOf(elem) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(elem)) out[key] = default_collate(batch.map((s) => (s as Record<string, unknown>)[key]));
    return out;
  }
  throw new TypeError(
    `default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found ${elem === null ? 'None' : typeof elem}`,
  );
}
