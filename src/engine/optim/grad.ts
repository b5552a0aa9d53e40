/**
 * Engine code reads and writes the raw grad slot `t._grad` so that no learner-facing training event
 * (`grad:read_after_zero_grad`, the non-leaf `.grad` warning) fires on the optimizer's behalf.
 */
import { scratch1 } from '../autograd/node';
import type { Storage, Tensor } from '../tensor';

type GradSlot = { _grad?: Tensor | null; _gradClearedByZeroGrad?: boolean };

/** `p.grad` without side effects. */
export function rawGrad(p: Tensor): Tensor | null {
  const slot = p as unknown as GradSlot;
  return slot._grad !== undefined ? slot._grad : p.grad;
}

/** `p.grad = None` as zero_grad(set_to_none=True) does it: later learner reads of `.grad` can be reported. */
export function clearGradByZeroGrad(p: Tensor): void {
  const slot = p as unknown as GradSlot;
  if (slot._grad !== undefined) slot._grad = null;
  else p.grad = null;
  slot._gradClearedByZeroGrad = true;
}

/**
 * A gradient's values for an update kernel, which only reads them: a one-element gradient that backward kept as a
 * number (`Tensor._make1`) is copied into a scratch storage instead of getting storage of its own.
 */
export function gradStorage(g: Tensor): Storage {
  const d = g._d;
  if (typeof d !== 'number') return d;
  const s = scratch1(g.dtype).g;
  s[0] = d;
  return s;
}
