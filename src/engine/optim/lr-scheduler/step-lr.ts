import type { Optimizer } from '../optimizer';
import { LRScheduler } from './base';
import { schedulerArgs } from './args';
import { bisectRight, floordiv, pymod } from './pymath';

/** Options of {@link StepLR}. */
export interface StepLROptions {
  /** Period of learning-rate decay, in epochs (required). */
  step_size?: number;
  /** Multiplicative factor of the decay. Defaults to 0.1. */
  gamma?: number;
  /** Index of the last epoch, for resuming. Defaults to -1. */
  last_epoch?: number;
}

/**
 * Multiplies every group's lr by `gamma` every `step_size` epochs: lr_e = base_lr · γ^⌊e / step_size⌋.
 * @example const sched = lr_scheduler.StepLR(opt, { step_size: 30, gamma: 0.1 }); // or StepLR(opt, 30)
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.StepLR.html
 */
export class StepLR extends LRScheduler {
  static override readonly pyName: string = 'StepLR';
  static readonly _defersInitialStep = true;
  step_size: number;
  gamma: number;

  constructor(optimizer: Optimizer, step_size?: number | StepLROptions, options?: StepLROptions) {
    const a = schedulerArgs<Required<StepLROptions>>('StepLR', [step_size, options], ['step_size', 'gamma', 'last_epoch'], ['step_size'], { gamma: 0.1, last_epoch: -1 });
    super(optimizer, a.last_epoch);
    this.step_size = a.step_size;
    this.gamma = a.gamma;
    this._initial_step();
  }

  protected override _computeLr(): number[] {
    const e = this.last_epoch;
    const lrs = this._groupLrs();
    if (e === 0 || pymod(e, this.step_size) !== 0) return lrs;
    return lrs.map((lr) => lr * this.gamma);
  }

  override _get_closed_form_lr(): number[] {
    return this.base_lrs.map((b) => b * this.gamma ** floordiv(this.last_epoch, this.step_size));
  }
}

/** Options of {@link MultiStepLR}. */
export interface MultiStepLROptions {
  /** Epoch indices at which the lr is multiplied by gamma (required; duplicates multiply twice). */
  milestones?: number[];
  /** Multiplicative factor. Defaults to 0.1. */
  gamma?: number;
  /** Index of the last epoch, for resuming. Defaults to -1. */
  last_epoch?: number;
}

/**
 * Multiplies the lr by `gamma` each time the epoch reaches a milestone:
 * lr_e = base_lr · γ^bisect_right(milestones, e).
 * @example lr_scheduler.MultiStepLR(opt, [30, 80], { gamma: 0.1 })
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.MultiStepLR.html
 */
export class MultiStepLR extends LRScheduler {
  static override readonly pyName: string = 'MultiStepLR';
  static readonly _defersInitialStep = true;
  /** milestone → how many times it was given (Python `Counter`). */
  milestones: Record<number, number>;
  gamma: number;

  constructor(optimizer: Optimizer, milestones?: number[] | MultiStepLROptions, options?: MultiStepLROptions) {
    const a = schedulerArgs<Required<MultiStepLROptions>>('MultiStepLR', [milestones, options], ['milestones', 'gamma', 'last_epoch'], ['milestones'], { gamma: 0.1, last_epoch: -1 });
    super(optimizer, a.last_epoch);
    const counter: Record<number, number> = {};
    for (const m of Array.from(a.milestones)) counter[m] = (counter[m] ?? 0) + 1;
    this.milestones = counter;
    this.gamma = a.gamma;
    this._initial_step();
  }

  protected override _computeLr(): number[] {
    const count = this.milestones[this.last_epoch];
    const lrs = this._groupLrs();
    if (count === undefined) return lrs;
    return lrs.map((lr) => lr * this.gamma ** count);
  }

  override _get_closed_form_lr(): number[] {
    const sorted: number[] = [];
    for (const [m, c] of Object.entries(this.milestones)) for (let i = 0; i < c; i++) sorted.push(Number(m));
    sorted.sort((x, y) => x - y);
    const k = bisectRight(sorted, this.last_epoch);
    return this.base_lrs.map((b) => b * this.gamma ** k);
  }
}

/** Options of {@link ExponentialLR}. */
export interface ExponentialLROptions {
  /** Multiplicative factor per epoch (required). */
  gamma?: number;
  /** Index of the last epoch, for resuming. Defaults to -1. */
  last_epoch?: number;
}

/**
 * Multiplies the lr by `gamma` every epoch: lr_e = base_lr · γ^e.
 * @example lr_scheduler.ExponentialLR(opt, 0.9)
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.ExponentialLR.html
 */
export class ExponentialLR extends LRScheduler {
  static override readonly pyName: string = 'ExponentialLR';
  static readonly _defersInitialStep = true;
  gamma: number;

  constructor(optimizer: Optimizer, gamma?: number | ExponentialLROptions, options?: ExponentialLROptions) {
    const a = schedulerArgs<Required<ExponentialLROptions>>('ExponentialLR', [gamma, options], ['gamma', 'last_epoch'], ['gamma'], { last_epoch: -1 });
    super(optimizer, a.last_epoch);
    this.gamma = a.gamma;
    this._initial_step();
  }

  protected override _computeLr(): number[] {
    const lrs = this._groupLrs();
    // 2.14: a resumed scheduler's construction step keeps the current lr
    if (this.last_epoch === 0 || this._is_initial) return lrs;
    return lrs.map((lr) => lr * this.gamma);
  }

  override _get_closed_form_lr(): number[] {
    return this.base_lrs.map((b) => b * this.gamma ** this.last_epoch);
  }
}
