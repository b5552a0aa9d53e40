import type { Optimizer } from '../optimizer';
import { ValueError } from '../errors';
import { LRScheduler } from './base';
import { schedulerArgs } from './args';

/** A function of the epoch index returning a multiplicative factor. */
export type LrLambda = (epoch: number) => number;

/** Options of {@link LambdaLR} and {@link MultiplicativeLR}. */
export interface LambdaLROptions {
  /** A function of the epoch, or one function per param group (required). */
  lr_lambda?: LrLambda | LrLambda[];
  /** Index of the last epoch, for resuming. Defaults to -1. */
  last_epoch?: number;
}

function lambdas(optimizer: Optimizer, fn: LrLambda | LrLambda[]): LrLambda[] {
  const n = optimizer.param_groups.length;
  if (!Array.isArray(fn)) return new Array<LrLambda>(n).fill(fn);
  if (fn.length !== n) throw new ValueError(`Expected ${n} lr_lambdas, but got ${fn.length}`);
  return fn.slice();
}

/** Functions are not saved in a state dict (PyTorch saves `None` for them); callable objects save their fields. */
function packLambdas(fns: LrLambda[]): (Record<string, unknown> | null)[] {
  return fns.map((f) => (typeof f === 'function' && Object.keys(f).length === 0 ? null : { ...(f as unknown as Record<string, unknown>) }));
}

function unpackLambdas(fns: LrLambda[], saved: unknown): void {
  if (!Array.isArray(saved)) return;
  saved.forEach((s, i) => {
    if (s !== null && typeof s === 'object' && fns[i] !== undefined) Object.assign(fns[i]!, s);
  });
}

/**
 * Sets each group's lr to its initial lr times a function of the epoch: lr_e = base_lr · λ(e).
 * @example lr_scheduler.LambdaLR(opt, (epoch) => 0.95 ** epoch)
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.LambdaLR.html
 */
export class LambdaLR extends LRScheduler {
  static override readonly pyName: string = 'LambdaLR';
  static readonly _defersInitialStep = true;
  lr_lambdas: LrLambda[];

  constructor(optimizer: Optimizer, lr_lambda?: LrLambda | LrLambda[] | LambdaLROptions, options?: LambdaLROptions) {
    const a = schedulerArgs<Required<LambdaLROptions>>('LambdaLR', [lr_lambda, options], ['lr_lambda', 'last_epoch'], ['lr_lambda'], { last_epoch: -1 });
    const fns = lambdas(optimizer, a.lr_lambda);
    super(optimizer, a.last_epoch);
    this.lr_lambdas = fns;
    this._initial_step();
  }

  protected override _computeLr(): number[] {
    return this.base_lrs.map((b, i) => b * this.lr_lambdas[i]!(this.last_epoch));
  }

  override state_dict(): Record<string, unknown> {
    return { ...super.state_dict(), lr_lambdas: packLambdas(this.lr_lambdas) };
  }

  override load_state_dict(state_dict: Record<string, unknown>): void {
    const { lr_lambdas, ...rest } = state_dict;
    super.load_state_dict(rest);
    unpackLambdas(this.lr_lambdas, lr_lambdas);
  }
}

/**
 * Multiplies each group's lr by a function of the epoch at every step: lr_e = lr_{e−1} · λ(e).
 * @example lr_scheduler.MultiplicativeLR(opt, () => 0.95)
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.MultiplicativeLR.html
 */
export class MultiplicativeLR extends LRScheduler {
  static override readonly pyName: string = 'MultiplicativeLR';
  static readonly _defersInitialStep = true;
  lr_lambdas: LrLambda[];

  constructor(optimizer: Optimizer, lr_lambda?: LrLambda | LrLambda[] | LambdaLROptions, options?: LambdaLROptions) {
    const a = schedulerArgs<Required<LambdaLROptions>>('MultiplicativeLR', [lr_lambda, options], ['lr_lambda', 'last_epoch'], ['lr_lambda'], { last_epoch: -1 });
    const fns = lambdas(optimizer, a.lr_lambda);
    super(optimizer, a.last_epoch);
    this.lr_lambdas = fns;
    this._initial_step();
  }

  protected override _computeLr(): number[] {
    const lrs = this._groupLrs();
    // 2.14: every step except the construction step multiplies (also at a SequentialLR milestone)
    if (this._is_initial) return lrs;
    return lrs.map((lr, i) => lr * this.lr_lambdas[i]!(this.last_epoch));
  }

  override state_dict(): Record<string, unknown> {
    return { ...super.state_dict(), lr_lambdas: packLambdas(this.lr_lambdas) };
  }

  override load_state_dict(state_dict: Record<string, unknown>): void {
    const { lr_lambdas, ...rest } = state_dict;
    super.load_state_dict(rest);
    unpackLambdas(this.lr_lambdas, lr_lambdas);
  }
}
