import type { Optimizer } from '../optimizer';
import { ValueError } from '../errors';
import { LRScheduler, requireOptimizer } from './base';
import { schedulerArgs } from './args';
import { formatParam, setMomentum, usesBeta1 } from './momentum';
import { num } from '../scalar';
import { pyNum } from '../py-format';

/** Options of {@link OneCycleLR}. */
export interface OneCycleLROptions {
  /** Peak lr, one value or one per group (required). */
  max_lr?: number | number[];
  /** Total number of steps; or give epochs and steps_per_epoch. Defaults to null. */
  total_steps?: number | null;
  /** Number of epochs (with steps_per_epoch). Defaults to null. */
  epochs?: number | null;
  /** Steps per epoch (with epochs). Defaults to null. */
  steps_per_epoch?: number | null;
  /** Fraction of the cycle spent increasing the lr. Defaults to 0.3. */
  pct_start?: number;
  /** 'cos' or 'linear' annealing. Defaults to 'cos'. */
  anneal_strategy?: 'cos' | 'linear';
  /** Cycle momentum (or Adam's beta1) inversely to the lr. Defaults to true. */
  cycle_momentum?: boolean;
  /** Lower momentum boundary. Defaults to 0.85. */
  base_momentum?: number | number[];
  /** Upper momentum boundary. Defaults to 0.95. */
  max_momentum?: number | number[];
  /** initial_lr = max_lr / div_factor. Defaults to 25. */
  div_factor?: number;
  /** min_lr = initial_lr / final_div_factor. Defaults to 1e4. */
  final_div_factor?: number;
  /** Use a third phase that anneals to min_lr after going back to initial_lr. Defaults to false. */
  three_phase?: boolean;
  /** Index of the last batch, for resuming. Defaults to -1. */
  last_epoch?: number;
}

interface Phase {
  end_step: number;
  start_lr: string;
  end_lr: string;
  start_momentum: string;
  end_momentum: string;
}

const NAMES = ['max_lr', 'total_steps', 'epochs', 'steps_per_epoch', 'pct_start', 'anneal_strategy', 'cycle_momentum',
  'base_momentum', 'max_momentum', 'div_factor', 'final_div_factor', 'three_phase', 'last_epoch'] as const;

/**
 * The 1cycle policy: the lr rises from max_lr/div_factor to max_lr during `pct_start` of the steps, then
 * anneals to initial_lr/final_div_factor; momentum moves the opposite way. Step it after every batch.
 * `total_steps` steps after construction are allowed; one more raises a ValueError.
 * @example lr_scheduler.OneCycleLR(opt, { max_lr: 0.1, total_steps: 100 })
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.OneCycleLR.html
 * @see Smith & Topin, "Super-Convergence", https://arxiv.org/abs/1708.07120
 */
export class OneCycleLR extends LRScheduler {
  static override readonly pyName: string = 'OneCycleLR';
  static readonly _defersInitialStep = true;
  total_steps: number;
  _schedule_phases: Phase[];
  _anneal_func_type: 'cos' | 'linear';
  cycle_momentum: boolean;
  use_beta1 = false;

  constructor(optimizer: Optimizer, max_lr?: number | number[] | OneCycleLROptions, options?: OneCycleLROptions) {
    const a = schedulerArgs<Required<OneCycleLROptions>>('OneCycleLR', [max_lr, options], NAMES, ['max_lr'], {
      total_steps: null, epochs: null, steps_per_epoch: null, pct_start: 0.3, anneal_strategy: 'cos', cycle_momentum: true,
      base_momentum: 0.85, max_momentum: 0.95, div_factor: 25, final_div_factor: 1e4, three_phase: false, last_epoch: -1,
    });
    requireOptimizer(optimizer);
    let total: number;
    if (a.total_steps !== null && a.total_steps !== undefined) {
      if (a.total_steps <= 0 || !Number.isInteger(a.total_steps)) {
        throw new ValueError(`Expected positive integer total_steps, but got ${pyNum(a.total_steps)}`);
      }
      total = a.total_steps;
    } else if (a.epochs !== null && a.epochs !== undefined && a.steps_per_epoch !== null && a.steps_per_epoch !== undefined) {
      if (!Number.isInteger(a.epochs) || a.epochs <= 0) throw new ValueError(`Expected positive integer epochs, but got ${pyNum(a.epochs)}`);
      if (!Number.isInteger(a.steps_per_epoch) || a.steps_per_epoch <= 0) {
        throw new ValueError(`Expected positive integer steps_per_epoch, but got ${pyNum(a.steps_per_epoch)}`);
      }
      total = a.epochs * a.steps_per_epoch;
    } else {
      throw new ValueError('You must define either total_steps OR (epochs AND steps_per_epoch)');
    }
    const pct = a.pct_start;
    const phases: Phase[] = a.three_phase
      ? [
          { end_step: pct * total - 1, start_lr: 'initial_lr', end_lr: 'max_lr', start_momentum: 'max_momentum', end_momentum: 'base_momentum' },
          { end_step: 2 * pct * total - 2, start_lr: 'max_lr', end_lr: 'initial_lr', start_momentum: 'base_momentum', end_momentum: 'max_momentum' },
          { end_step: total - 1, start_lr: 'initial_lr', end_lr: 'min_lr', start_momentum: 'max_momentum', end_momentum: 'max_momentum' },
        ]
      : [
          { end_step: pct * total - 1, start_lr: 'initial_lr', end_lr: 'max_lr', start_momentum: 'max_momentum', end_momentum: 'base_momentum' },
          { end_step: total - 1, start_lr: 'max_lr', end_lr: 'min_lr', start_momentum: 'base_momentum', end_momentum: 'max_momentum' },
        ];
    if (pct < 0 || pct > 1 || typeof pct !== 'number') {
      throw new ValueError(`Expected float between 0 and 1 pct_start, but got ${pyNum(pct, true)}`);
    }
    if (a.anneal_strategy !== 'cos' && a.anneal_strategy !== 'linear') {
      throw new ValueError(`anneal_strategy must be one of 'cos' or 'linear', instead got ${String(a.anneal_strategy)}`);
    }
    const maxLrs = formatParam('max_lr', optimizer, a.max_lr);
    if (a.last_epoch === -1) {
      optimizer.param_groups.forEach((g, i) => {
        g['initial_lr'] = maxLrs[i]! / a.div_factor;
        g['max_lr'] = maxLrs[i]!;
        g['min_lr'] = (g['initial_lr'] as number) / a.final_div_factor;
      });
    }
    let useBeta1 = false;
    if (a.cycle_momentum) {
      useBeta1 = usesBeta1(optimizer);
      const maxM = formatParam('max_momentum', optimizer, a.max_momentum);
      const baseM = formatParam('base_momentum', optimizer, a.base_momentum);
      if (a.last_epoch === -1) {
        optimizer.param_groups.forEach((g, i) => {
          setMomentum(g, useBeta1, maxM[i]!);
          g['max_momentum'] = maxM[i]!;
          g['base_momentum'] = baseM[i]!;
        });
      }
    }
    super(optimizer, a.last_epoch);
    this.total_steps = total;
    this._schedule_phases = phases;
    this._anneal_func_type = a.anneal_strategy;
    this.cycle_momentum = a.cycle_momentum;
    this.use_beta1 = useBeta1;
    this._initial_step();
  }

  private _anneal(start: number, end: number, pct: number): number {
    if (this._anneal_func_type === 'cos') return end + ((start - end) / 2.0) * (Math.cos(Math.PI * pct) + 1);
    return (end - start) * pct + start;
  }

  protected override _computeLr(): number[] {
    const stepNum = this.last_epoch;
    if (stepNum > this.total_steps) {
      throw new ValueError(`Tried to step ${stepNum} times. The specified number of total steps is ${this.total_steps}`);
    }
    const phases = this._schedule_phases;
    return this.optimizer.param_groups.map((g) => {
      let startStep = 0;
      let lr = NaN;
      let momentum = NaN;
      for (let i = 0; i < phases.length; i++) {
        const phase = phases[i]!;
        const endStep = phase.end_step;
        if (stepNum <= endStep || i === phases.length - 1) {
          const pct = (stepNum - startStep) / (endStep - startStep);
          lr = this._anneal(num(g[phase.start_lr]), num(g[phase.end_lr]), pct);
          if (this.cycle_momentum) momentum = this._anneal(num(g[phase.start_momentum]), num(g[phase.end_momentum]), pct);
          break;
        }
        startStep = endStep;
      }
      if (this.cycle_momentum) setMomentum(g, this.use_beta1, momentum);
      return lr;
    });
  }
}
