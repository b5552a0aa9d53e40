/** `torch.where(condition, input, other)`: elements of `input` where the condition holds, else of `other`. */
import { Tensor } from '../tensor';
import { add, mul, opDtype, sub } from './elementwise';

type N = Tensor | number;

/** cond·a + (1 − cond)·b, so gradients flow to the selected side only. */
export function where(cond: Tensor, a: N, b: N): Tensor {
  const c = cond.to(typeof a === 'number' && typeof b === 'number' ? opDtype(Number.isInteger(a) ? cond.long() : cond.float(), b) : opDtype(a, b));
  return add(mul(c, a), mul(sub(1, c), b));
}
