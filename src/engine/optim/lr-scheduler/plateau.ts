import type { Optimizer } from '../optimizer';
import { RuntimeError, ValueError } from '../errors';
import { EPOCH_DEPRECATION_WARNING, LRScheduler, patchOptimizerStep, requireOptimizer, warnUser } from './base';
import { schedulerArgs } from './args';
import { num } from '../scalar';

/** Options of {@link ReduceLROnPlateau}. */
export interface ReduceLROnPlateauOptions {
  /** 'min': reduce when the metric stops decreasing; 'max': when it stops increasing. Defaults to 'min'. */
  mode?: 'min' | 'max';
  /** Factor by which the lr is reduced (new_lr = lr · factor; must be < 1). Defaults to 0.1. */
  factor?: number;
  /** Number of epochs with no improvement tolerated before the lr is reduced. Defaults to 10. */
  patience?: number;
  /** Minimum change that counts as an improvement. Defaults to 1e-4. */
  threshold?: number;
  /** 'rel' (relative to best) or 'abs'. Defaults to 'rel'. */
  threshold_mode?: 'rel' | 'abs';
  /** Epochs to wait after a reduction before counting bad epochs again. Defaults to 0. */
  cooldown?: number;
  /** Lower bound on the lr, one value or one per group. Defaults to 0. */
  min_lr?: number | number[];
  /** Reductions smaller than eps are ignored. Defaults to 1e-8. */
  eps?: number;
}

const KEYS = ['mode', 'factor', 'patience', 'threshold', 'threshold_mode', 'cooldown', 'min_lr', 'eps'];

/**
 * Reduces the lr when a metric has stopped improving: after more than `patience` epochs without
 * improvement, lr ← max(lr · factor, min_lr). Call `scheduler.step(val_loss)` once per epoch.
 * @example const sched = lr_scheduler.ReduceLROnPlateau(opt, 'min', { factor: 0.5, patience: 2 })
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.ReduceLROnPlateau.html
 */
export class ReduceLROnPlateau extends LRScheduler {
  static override readonly pyName: string = 'ReduceLROnPlateau';
  static readonly _defersInitialStep = true;
  factor: number;
  default_min_lr: number | null;
  min_lrs: number[];
  patience: number;
  cooldown: number;
  cooldown_counter = 0;
  mode: 'min' | 'max';
  threshold: number;
  threshold_mode: 'rel' | 'abs';
  best = Infinity;
  num_bad_epochs = 0;
  mode_worse = Infinity;
  eps: number;

  constructor(optimizer: Optimizer, mode?: 'min' | 'max' | ReduceLROnPlateauOptions, options?: ReduceLROnPlateauOptions) {
    super(optimizer, -1, true);
    const o = schedulerArgs<Required<ReduceLROnPlateauOptions>>('ReduceLROnPlateau', [mode, options], KEYS, [], {
      mode: 'min', factor: 0.1, patience: 10, threshold: 1e-4, threshold_mode: 'rel', cooldown: 0, min_lr: 0, eps: 1e-8,
    });
    if (o.factor >= 1) throw new ValueError('Factor should be < 1.0.');
    this.factor = o.factor;
    requireOptimizer(optimizer);
    this.optimizer = optimizer;
    const n = optimizer.param_groups.length;
    if (Array.isArray(o.min_lr)) {
      if (o.min_lr.length !== n) throw new ValueError(`expected ${n} min_lrs, got ${o.min_lr.length}`);
      this.default_min_lr = null;
      this.min_lrs = o.min_lr.slice();
    } else {
      this.default_min_lr = o.min_lr;
      this.min_lrs = new Array<number>(n).fill(o.min_lr);
    }
    this.patience = o.patience;
    this.cooldown = o.cooldown;
    this.mode = o.mode;
    this.threshold = o.threshold;
    this.threshold_mode = o.threshold_mode;
    this.eps = o.eps;
    this.last_epoch = 0;
    this._last_lr = this._groupLrs();
    if (o.mode !== 'min' && o.mode !== 'max') throw new ValueError(`mode ${String(o.mode)} is unknown!`);
    if (o.threshold_mode !== 'rel' && o.threshold_mode !== 'abs') throw new ValueError(`threshold mode ${String(o.threshold_mode)} is unknown!`);
    this.mode_worse = o.mode === 'min' ? Infinity : -Infinity;
    this._reset();
    patchOptimizerStep(optimizer); // only to report beforeOptimizerStep in events; PyTorch does not warn here
    this._emitCreate();
  }

  private _reset(): void {
    this.best = this.mode_worse;
    this.cooldown_counter = 0;
    this.num_bad_epochs = 0;
  }

  /** True when `a` improves on `best` under the mode and threshold. */
  is_better(a: number, best: number): boolean {
    const t = this.threshold;
    if (this.mode === 'min' && this.threshold_mode === 'rel') return a < best * (1 - t);
    if (this.mode === 'min') return a < best - t;
    if (this.threshold_mode === 'rel') return a > best * (t + 1);
    return a > best + t;
  }

  get in_cooldown(): boolean {
    return this.cooldown_counter > 0;
  }

  /** Records `metrics` (a number or a 1-element tensor such as the validation loss) for one epoch. */
  override step(metrics?: unknown, epoch?: number): void {
    if (metrics === undefined) throw new TypeError("ReduceLROnPlateau.step() missing 1 required positional argument: 'metrics'");
    const beforeOptimizerStep = !this.optimizer._opt_called;
    const current = num(metrics);
    if (epoch === undefined || epoch === null) epoch = this.last_epoch + 1;
    else warnUser(EPOCH_DEPRECATION_WARNING);
    this.last_epoch = epoch;
    if (this.is_better(current, this.best)) {
      this.best = current;
      this.num_bad_epochs = 0;
    } else {
      this.num_bad_epochs += 1;
    }
    if (this.in_cooldown) {
      this.cooldown_counter -= 1;
      this.num_bad_epochs = 0; // ignore any bad epochs in cooldown
    }
    if (this.num_bad_epochs > this.patience) {
      this._reduce_lr();
      this.cooldown_counter = this.cooldown;
      this.num_bad_epochs = 0;
    }
    this._last_lr = this._groupLrs();
    this._emitStep(beforeOptimizerStep);
  }

  private _reduce_lr(): void {
    const groups = this.optimizer.param_groups;
    if (groups.length !== this.min_lrs.length) {
      if (this.default_min_lr === null) {
        throw new RuntimeError(
          `The number of param groups in the \`optimizer\` (${groups.length}) differs from when \`ReduceLROnPlateau\` was ` +
            `initialized (${this.min_lrs.length}), usually due to a new param group being added to the optimizer. Please ` +
            'modify the `min_lrs` field to match the length of the `optimizer` param groups.',
        );
      }
      this.min_lrs = new Array<number>(groups.length).fill(this.default_min_lr);
    }
    groups.forEach((g, i) => {
      const oldLr = num(g.lr);
      const newLr = Math.max(oldLr * this.factor, this.min_lrs[i]!);
      if (oldLr - newLr > this.eps) g.lr = newLr;
    });
  }
}
