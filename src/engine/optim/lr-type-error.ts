/**
 * A learning rate that is not a number (`optimizer.param_groups[0].lr = '0.1'`, or null) fails in PyTorch at
 * the first arithmetic that uses it inside `step()`, with Python's TypeError for that operation. JavaScript
 * would compute on silently (`-'0.1'` is a number, `null * 2` is 0), so the engine checks the type before an
 * update and raises the TypeError PyTorch 2.x raises for that optimizer (texts from PyTorch 2.14).
 */
import { Tensor } from '../tensor';
import type { ParamGroup } from './param-groups';
import { pyTypeName } from './py-format';

/** Python's `float`-compatible values: numbers, booleans (a bool is an int) and 1-element tensors. */
export function isNumberLike(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || v instanceof Tensor;
}

const isSequence = (v: unknown) => typeof v === 'string' || Array.isArray(v);
const neg = (t: string) => `bad operand type for unary -: '${t}'`;
const div = (t: string) => `unsupported operand type(s) for /: '${t}' and 'float'`;
const mul = (v: unknown, t: string) => (isSequence(v) ? "can't multiply sequence by non-int of type 'float'" : `unsupported operand type(s) for *: '${t}' and 'float'`);
const decoupled = (g: ParamGroup) => g['decoupled_weight_decay'] === true && g['weight_decay'] !== 0;

/** Which operation first touches `lr` in each optimizer's `_single_tensor_*` function. */
const FIRST_USE: Record<string, (v: unknown, t: string, g: ParamGroup, hasState: boolean) => string | null> = {
  SGD: (_v, t) => neg(t),
  RMSprop: (_v, t) => neg(t),
  Adadelta: (_v, t) => neg(t),
  NAdam: (v, t, g) => (decoupled(g) ? mul(v, t) : neg(t)),
  Adam: (v, t, g) => (decoupled(g) ? mul(v, t) : div(t)),
  AdamW: (v, t, g) => (decoupled(g) ? mul(v, t) : div(t)),
  Adagrad: (_v, t) => div(t),
  Adamax: (_v, t) => div(t),
  RAdam: (v, t, g) => (decoupled(g) ? mul(v, t)
    : isSequence(v) ? 'only integer tensors of a single element can be converted to an index' : `unsupported operand type(s) for *: 'Tensor' and '${t}'`),
  ASGD: (v, t, _g, hasState) => (hasState || Array.isArray(v) ? mul(v, t) : typeof v === 'string' ? "new(): invalid data type 'str'" : `must be real number, not ${t}`),
  // Rprop reads lr only when it creates a parameter's state (its initial step sizes)
  Rprop: (_v, t, _g, hasState) => (hasState ? null : `full_like(): argument 'fill_value' (position 2) must be Number, not ${t}`),
};

/** The TypeError PyTorch raises when `step()` meets this group's non-number lr, or null when it would not fail. */
export function lrTypeError(optimizer: string, group: ParamGroup, hasState: boolean): TypeError | null {
  const v: unknown = group.lr;
  const t = pyTypeName(v);
  const message = (FIRST_USE[optimizer] ?? ((_v, tt) => neg(tt)))(v, t, group, hasState);
  return message === null ? null : new TypeError(message);
}
