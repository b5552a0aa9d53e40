/**
 * Helpers shared by CyclicLR and OneCycleLR: per-group parameters (`_format_param`) and the momentum /
 * beta1 they cycle.
 */
import type { Optimizer } from '../optimizer';
import { ValueError } from '../errors';

/** A scalar → one per group; a list must have one value per group. */
export function formatParam(name: string, optimizer: Optimizer, param: number | number[]): number[] {
  const n = optimizer.param_groups.length;
  if (Array.isArray(param)) {
    if (param.length !== n) {
      throw new ValueError(
        `${name} must have the same length as optimizer.param_groups. ${name} has ${param.length} values, param_groups has ${n}.`,
      );
    }
    return param.slice();
  }
  return new Array<number>(n).fill(param);
}

/** True when the optimizer cycles `betas[0]` (Adam family) instead of `momentum`; throws when it has neither. */
export function usesBeta1(optimizer: Optimizer): boolean {
  const d = optimizer.defaults;
  if (!('momentum' in d) && !('betas' in d)) {
    throw new ValueError('optimizer must support momentum or beta1 with `cycle_momentum` option enabled');
  }
  return 'betas' in d;
}

/** Writes the momentum (or beta1, as a new pair) of one group. */
export function setMomentum(group: Record<string, unknown>, useBeta1: boolean, value: number): void {
  if (useBeta1) {
    const betas = group['betas'] as unknown[];
    group['betas'] = [value, ...betas.slice(1)];
  } else {
    group['momentum'] = value;
  }
}
