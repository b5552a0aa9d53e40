/**
 * A learning rate that is not a number (`optimizer.param_groups[0].lr = '0.1'`, or null) fails in PyTorch at
 * the first arithmetic that uses it inside `step()`, with Python's TypeError for that operation. JavaScript
 * would compute on silently (`-'0.1'` is a number, `null * 2` is 0), so the engine checks the type before an
 * update and raises the TypeError PyTorch 2.x raises for that optimizer (texts from PyTorch 2.14). Which
 * operation comes first is each optimizer's own fact (`Optimizer._lrFirstUse` and its overrides); the texts are here.
 */
import { Tensor } from '../tensor';
import type { ParamGroup } from './param-groups';

/** Python's `float`-compatible values: numbers, booleans (a bool is an int) and 1-element tensors. */
export function isNumberLike(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || v instanceof Tensor;
}

export const isSequence = (v: unknown): boolean => typeof v === 'string' || Array.isArray(v);
/** Python's TypeError for `-lr`, `lr / x` and `lr * x` with a non-number lr of Python type `t`. */
export const neg = (t: string): string => `bad operand type for unary -: '${t}'`;
export const div = (t: string): string => `unsupported operand type(s) for /: '${t}' and 'float'`;
export const mul = (v: unknown, t: string): string =>
  isSequence(v) ? "can't multiply sequence by non-int of type 'float'" : `unsupported operand type(s) for *: '${t}' and 'float'`;
/** Adam-family groups with decoupled weight decay first compute `lr * weight_decay`. */
export const decoupled = (g: ParamGroup): boolean => g['decoupled_weight_decay'] === true && g['weight_decay'] !== 0;
