import type { Optimizer } from '../optimizer';
import { ValueError } from '../errors';
import { LRScheduler } from './base';
import { schedulerArgs } from './args';
import { pymod } from './pymath';
import { pyNum } from '../py-format';

/** Options of {@link CosineAnnealingLR}. */
export interface CosineAnnealingLROptions {
  /** Number of epochs of a half cosine period (required). */
  T_max?: number;
  /** Minimum learning rate η_min. Defaults to 0. */
  eta_min?: number;
  /** Index of the last epoch, for resuming. Defaults to -1. */
  last_epoch?: number;
}

/**
 * Cosine annealing: η_e = η_min + (η_max − η_min)(1 + cos(π e / T_max)) / 2, computed recursively as
 * PyTorch 2.x does (each step rescales the current lr). After T_max the lr follows the cosine back up
 * (period 2·T_max); it does not restart (use CosineAnnealingWarmRestarts for that).
 * @example lr_scheduler.CosineAnnealingLR(opt, { T_max: 100, eta_min: 1e-5 })
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.CosineAnnealingLR.html
 * @see Loshchilov & Hutter, "SGDR: Stochastic Gradient Descent with Warm Restarts", https://arxiv.org/abs/1608.03983
 */
export class CosineAnnealingLR extends LRScheduler {
  static override readonly pyName: string = 'CosineAnnealingLR';
  static readonly _defersInitialStep = true;
  T_max: number;
  eta_min: number;

  constructor(optimizer: Optimizer, T_max?: number | CosineAnnealingLROptions, options?: CosineAnnealingLROptions) {
    const a = schedulerArgs<Required<CosineAnnealingLROptions>>('CosineAnnealingLR', [T_max, options], ['T_max', 'eta_min', 'last_epoch'], ['T_max'], { eta_min: 0, last_epoch: -1 });
    super(optimizer, a.last_epoch);
    this.T_max = a.T_max;
    this.eta_min = a.eta_min;
    this._initial_step();
  }

  protected override _computeLr(): number[] {
    const e = this.last_epoch;
    const { T_max: T, eta_min: etaMin } = this;
    const lrs = this._groupLrs();
    if (e === 0 || this._is_initial) return lrs;
    if (this._step_count === 1 && e > 0) {
      return this.base_lrs.map((b) => etaMin + ((b - etaMin) * (1 + Math.cos((e * Math.PI) / T))) / 2);
    }
    if (pymod(e - 1 - T, 2 * T) === 0) {
      return lrs.map((lr, i) => lr + ((this.base_lrs[i]! - etaMin) * (1 - Math.cos(Math.PI / T))) / 2);
    }
    return lrs.map((lr) => ((1 + Math.cos((Math.PI * e) / T)) / (1 + Math.cos((Math.PI * (e - 1)) / T))) * (lr - etaMin) + etaMin);
  }

  override _get_closed_form_lr(): number[] {
    const { T_max: T, eta_min: etaMin } = this;
    return this.base_lrs.map((b) => etaMin + ((b - etaMin) * (1 + Math.cos((Math.PI * this.last_epoch) / T))) / 2);
  }
}

/** Options of {@link CosineAnnealingWarmRestarts}. */
export interface CosineAnnealingWarmRestartsOptions {
  /** Number of epochs until the first restart (positive integer, required). */
  T_0?: number;
  /** Factor by which the period grows after each restart (integer ≥ 1). Defaults to 1. */
  T_mult?: number;
  /** Minimum learning rate. Defaults to 0. */
  eta_min?: number;
  /** Index of the last epoch, for resuming. Defaults to -1. */
  last_epoch?: number;
}

/**
 * SGDR: cosine annealing with warm restarts, η = η_min + (η_max − η_min)(1 + cos(π T_cur / T_i)) / 2, where
 * T_cur counts epochs since the last restart and T_i is the current period. `step(epoch)` accepts fractional
 * epochs (`sched.step(epoch + i / iters)`) without a deprecation warning.
 * @example lr_scheduler.CosineAnnealingWarmRestarts(opt, { T_0: 10, T_mult: 2 })
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.CosineAnnealingWarmRestarts.html
 */
export class CosineAnnealingWarmRestarts extends LRScheduler {
  static override readonly pyName: string = 'CosineAnnealingWarmRestarts';
  static readonly _defersInitialStep = true;
  T_0: number;
  T_i: number;
  T_mult: number;
  eta_min: number;
  T_cur: number;

  constructor(optimizer: Optimizer, T_0?: number | CosineAnnealingWarmRestartsOptions, options?: CosineAnnealingWarmRestartsOptions) {
    const a = schedulerArgs<Required<CosineAnnealingWarmRestartsOptions>>('CosineAnnealingWarmRestarts', [T_0, options], ['T_0', 'T_mult', 'eta_min', 'last_epoch'], ['T_0'], { T_mult: 1, eta_min: 0, last_epoch: -1 });
    if (a.T_0 <= 0 || !Number.isInteger(a.T_0)) throw new ValueError(`Expected positive integer T_0, but got ${pyNum(a.T_0)}`);
    if (a.T_mult < 1 || !Number.isInteger(a.T_mult)) throw new ValueError(`Expected integer T_mult >= 1, but got ${pyNum(a.T_mult)}`);
    if (typeof a.eta_min !== 'number') {
      throw new TypeError(`Expected float or int eta_min, but got ${String(a.eta_min)} of type ${typeof a.eta_min}`);
    }
    super(optimizer, a.last_epoch);
    this.T_0 = a.T_0;
    this.T_i = a.T_0;
    this.T_mult = a.T_mult;
    this.eta_min = a.eta_min;
    this.T_cur = a.last_epoch;
    this._initial_step();
  }

  protected override _computeLr(): number[] {
    return this.base_lrs.map((b) => this.eta_min + ((b - this.eta_min) * (1 + Math.cos((Math.PI * this.T_cur) / this.T_i))) / 2);
  }

  /** Never warns and never counts steps (PyTorch overrides `step` entirely). */
  override step(epoch?: number): void {
    const explicit = !this._is_initial;
    const beforeOptimizerStep = explicit && !this.optimizer._opt_called;
    if ((epoch === undefined || epoch === null) && this.last_epoch < 0) epoch = 0;
    if (epoch === undefined || epoch === null) {
      epoch = this.last_epoch + 1;
      this.T_cur = this.T_cur + 1;
      if (this.T_cur >= this.T_i) {
        this.T_cur = pymod(this.T_cur, this.T_i);
        this.T_i = this.T_i * this.T_mult;
      }
    } else {
      if (epoch < 0) throw new ValueError(`Expected non-negative epoch, but got ${pyNum(epoch)}`);
      if (epoch >= this.T_0) {
        if (this.T_mult === 1) {
          this.T_cur = pymod(epoch, this.T_0);
        } else {
          const n = Math.trunc(Math.log((epoch / this.T_0) * (this.T_mult - 1) + 1) / Math.log(this.T_mult));
          this.T_cur = epoch - (this.T_0 * (this.T_mult ** n - 1)) / (this.T_mult - 1);
          this.T_i = this.T_0 * this.T_mult ** n;
        }
      } else {
        this.T_i = this.T_0;
        this.T_cur = epoch;
      }
    }
    this.last_epoch = Math.floor(epoch);
    this._get_lr_called_within_step = true;
    let values: number[];
    try {
      values = this.get_lr();
    } finally {
      this._get_lr_called_within_step = false;
    }
    this._setLrs(values);
    if (explicit) this._emitStep(beforeOptimizerStep);
  }
}
