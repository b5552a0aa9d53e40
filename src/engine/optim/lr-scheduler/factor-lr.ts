import type { Optimizer } from '../optimizer';
import { ValueError } from '../errors';
import { LRScheduler } from './base';
import { schedulerArgs } from './args';

/** Options of {@link ConstantLR}. */
export interface ConstantLROptions {
  /** Factor applied to the lr until `total_iters`. Defaults to 1/3. */
  factor?: number;
  /** Number of epochs during which the factor applies. Defaults to 5. */
  total_iters?: number;
  /** Index of the last epoch, for resuming. Defaults to -1. */
  last_epoch?: number;
}

/**
 * Multiplies the lr by a constant `factor` until epoch `total_iters`, then restores it:
 * lr_e = base_lr · (e < total_iters ? factor : 1).
 * @example lr_scheduler.ConstantLR(opt, { factor: 0.5, total_iters: 4 })
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.ConstantLR.html
 */
export class ConstantLR extends LRScheduler {
  static override readonly pyName: string = 'ConstantLR';
  static readonly _defersInitialStep = true;
  factor: number;
  total_iters: number;

  constructor(optimizer: Optimizer, factor?: number | ConstantLROptions, options?: ConstantLROptions) {
    const a = schedulerArgs<Required<ConstantLROptions>>('ConstantLR', [factor, options], ['factor', 'total_iters', 'last_epoch'], [], { factor: 1 / 3, total_iters: 5, last_epoch: -1 });
    if (a.factor > 1 || a.factor < 0) throw new ValueError('Constant multiplicative factor expected to be between 0 and 1.');
    super(optimizer, a.last_epoch);
    this.factor = a.factor;
    this.total_iters = a.total_iters;
    this._initial_step();
  }

  protected override _computeLr(): number[] {
    const e = this.last_epoch;
    const lrs = this._groupLrs();
    if (e === 0) return lrs.map((lr) => lr * this.factor);
    if (e !== this.total_iters) return lrs;
    return lrs.map((lr) => lr * (1 / this.factor));
  }

  override _get_closed_form_lr(): number[] {
    const after = this.last_epoch >= this.total_iters ? 1 : 0;
    return this.base_lrs.map((b) => b * (this.factor + after * (1 - this.factor)));
  }
}

/** Options of {@link LinearLR}. */
export interface LinearLROptions {
  /** Factor at epoch 0 (0 < start_factor ≤ 1). Defaults to 1/3. */
  start_factor?: number;
  /** Factor reached at `total_iters` (0 ≤ end_factor ≤ 1). Defaults to 1.0. */
  end_factor?: number;
  /** Number of epochs of the linear ramp. Defaults to 5. */
  total_iters?: number;
  /** Index of the last epoch, for resuming. Defaults to -1. */
  last_epoch?: number;
}

/**
 * Changes the lr factor linearly from `start_factor` to `end_factor` over `total_iters` epochs (a warm-up):
 * lr_e = base_lr · (start + (end − start) · min(e, total_iters) / total_iters).
 * @example lr_scheduler.LinearLR(opt, { start_factor: 0.1, total_iters: 10 })
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.LinearLR.html
 */
export class LinearLR extends LRScheduler {
  static override readonly pyName: string = 'LinearLR';
  static readonly _defersInitialStep = true;
  start_factor: number;
  end_factor: number;
  total_iters: number;

  constructor(optimizer: Optimizer, start_factor?: number | LinearLROptions, options?: LinearLROptions) {
    const a = schedulerArgs<Required<LinearLROptions>>('LinearLR', [start_factor, options], ['start_factor', 'end_factor', 'total_iters', 'last_epoch'], [], { start_factor: 1 / 3, end_factor: 1, total_iters: 5, last_epoch: -1 });
    if (a.start_factor > 1 || a.start_factor <= 0) {
      throw new ValueError('Starting multiplicative factor expected to be greater than 0 and less or equal to 1.');
    }
    if (a.end_factor > 1 || a.end_factor < 0) throw new ValueError('Ending multiplicative factor expected to be between 0 and 1.');
    super(optimizer, a.last_epoch);
    this.start_factor = a.start_factor;
    this.end_factor = a.end_factor;
    this.total_iters = a.total_iters;
    this._initial_step();
  }

  protected override _computeLr(): number[] {
    const e = this.last_epoch;
    const lrs = this._groupLrs();
    if (e === 0) return lrs.map((lr) => lr * this.start_factor);
    if (this._is_initial || e > this.total_iters) return lrs;
    const { start_factor: s, end_factor: f, total_iters: n } = this;
    return lrs.map((lr) => lr * (1 + (f - s) / (n * s + (e - 1) * (f - s))));
  }

  override _get_closed_form_lr(): number[] {
    const { start_factor: s, end_factor: f, total_iters: n } = this;
    return this.base_lrs.map((b) => b * (s + ((f - s) * Math.min(n, this.last_epoch)) / n));
  }
}

/** Options of {@link PolynomialLR}. */
export interface PolynomialLROptions {
  /** Number of epochs over which the lr decays to 0. Defaults to 5. */
  total_iters?: number;
  /** Power of the polynomial. Defaults to 1.0. */
  power?: number;
  /** Index of the last epoch, for resuming. Defaults to -1. */
  last_epoch?: number;
}

/**
 * Decays the lr polynomially to 0 over `total_iters` epochs: lr_e = base_lr · (1 − min(e, T)/T)^power.
 * @example lr_scheduler.PolynomialLR(opt, { total_iters: 4, power: 1.0 })
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.PolynomialLR.html
 */
export class PolynomialLR extends LRScheduler {
  static override readonly pyName: string = 'PolynomialLR';
  static readonly _defersInitialStep = true;
  total_iters: number;
  power: number;

  constructor(optimizer: Optimizer, total_iters?: number | PolynomialLROptions, options?: PolynomialLROptions) {
    const a = schedulerArgs<Required<PolynomialLROptions>>('PolynomialLR', [total_iters, options], ['total_iters', 'power', 'last_epoch'], [], { total_iters: 5, power: 1, last_epoch: -1 });
    super(optimizer, a.last_epoch);
    this.total_iters = a.total_iters;
    this.power = a.power;
    this._initial_step();
  }

  protected override _computeLr(): number[] {
    const e = this.last_epoch;
    const T = this.total_iters;
    const lrs = this._groupLrs();
    if (e === 0 || this._is_initial || e > T) return lrs;
    const decay = ((1 - e / T) / (1 - (e - 1) / T)) ** this.power;
    return lrs.map((lr) => lr * decay);
  }

  override _get_closed_form_lr(): number[] {
    const T = this.total_iters;
    return this.base_lrs.map((b) => b * (1 - Math.min(T, this.last_epoch) / T) ** this.power);
  }
}
