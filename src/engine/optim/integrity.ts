/**
 * What the optimizers left in their parameters, for tools that check training (exercise checkers): after every
 * step() the values of each parameter are remembered, so the next step() can tell whether something other than an
 * optimizer changed them in between (`fill_`, `copy_`, writing into `.data`, a manual update), and a checker can
 * read the values the optimizers produced rather than what the code wrote afterwards.
 *
 * Only while someone listens to training events (the cell runner): otherwise nothing is copied. The memory is a
 * module-private WeakMap shared by all optimizers (one optimizer continuing where another stopped is not an
 * edit); learner code cannot reach it (not exported from index.ts).
 */
import type { Storage, Tensor } from '../tensor';

const left = new WeakMap<Tensor, Storage>();

const same = (a: Storage, b: Storage): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
  }
  return true;
};

/**
 * Remembers the current values of these parameters as what an optimizer left; returns the ids of those whose
 * values differ from what was remembered before (after an update: the parameters this step really moved).
 */
export function rememberLeftByOptimizer(params: Iterable<Tensor>): number[] {
  const changed: number[] = [];
  for (const p of params) {
    const was = left.get(p);
    if (was !== undefined && !same(was, p.data)) changed.push(p.id);
    if (was !== undefined && was.length === p.data.length && was.constructor === p.data.constructor) was.set(p.data);
    else left.set(p, p.data.slice());
  }
  return changed;
}

/** The values an optimizer last left in this parameter, or undefined when no optimizer stepped on it while listened to. */
export function leftByOptimizer(p: Tensor): Storage | undefined {
  return left.get(p);
}
