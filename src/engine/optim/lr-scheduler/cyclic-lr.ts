import { Tensor } from '../../tensor';
import type { Optimizer } from '../optimizer';
import { ValueError } from '../errors';
import { LRScheduler, requireOptimizer } from './base';
import { schedulerArgs } from './args';
import { formatParam, setMomentum, usesBeta1 } from './momentum';

type ScaleFn = (x: number) => number;

/** Options of {@link CyclicLR}. */
export interface CyclicLROptions {
  /** Lower lr boundary of the cycle, one value or one per group (required). */
  base_lr?: number | number[];
  /** Upper lr boundary of the cycle, one value or one per group (required). */
  max_lr?: number | number[];
  /** Iterations in the increasing half of a cycle. Defaults to 2000. */
  step_size_up?: number;
  /** Iterations in the decreasing half; null means equal to step_size_up. Defaults to null. */
  step_size_down?: number | null;
  /** 'triangular', 'triangular2' or 'exp_range' (ignored when scale_fn is given). Defaults to 'triangular'. */
  mode?: 'triangular' | 'triangular2' | 'exp_range';
  /** Constant of the 'exp_range' scaling, gamma^(iterations). Defaults to 1.0. */
  gamma?: number;
  /** Custom scaling policy x ↦ [0, 1]; overrides mode. Defaults to null. */
  scale_fn?: ScaleFn | null;
  /** 'cycle' or 'iterations': what scale_fn receives. Defaults to 'cycle'. */
  scale_mode?: 'cycle' | 'iterations';
  /** Cycle momentum (or Adam's beta1) inversely to the lr. Defaults to true. */
  cycle_momentum?: boolean;
  /** Lower momentum boundary. Defaults to 0.8. */
  base_momentum?: number | number[];
  /** Upper momentum boundary. Defaults to 0.9. */
  max_momentum?: number | number[];
  /** Index of the last batch, for resuming. Defaults to -1. */
  last_epoch?: number;
}

const NAMES = ['base_lr', 'max_lr', 'step_size_up', 'step_size_down', 'mode', 'gamma', 'scale_fn', 'scale_mode',
  'cycle_momentum', 'base_momentum', 'max_momentum', 'last_epoch'] as const;

/**
 * Cyclical learning rate: the lr moves between base_lr and max_lr in triangles, stepped every batch.
 * At construction the group lr is set to base_lr (and momentum to max_momentum).
 *
 * ```text
 * cycle = ⌊1 + e / (up + down)⌋;  x = 1 + e / (up + down) − cycle
 * scale = x ≤ up/(up+down) ? x / ratio : (x − 1) / (ratio − 1)
 * lr = base_lr + (max_lr − base_lr) · scale · scale_fn(cycle or e)
 * ```
 * @example lr_scheduler.CyclicLR(opt, { base_lr: 0.01, max_lr: 0.1, step_size_up: 4 })
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.CyclicLR.html
 * @see Smith, "Cyclical Learning Rates for Training Neural Networks", https://arxiv.org/abs/1506.01186
 */
export class CyclicLR extends LRScheduler {
  static override readonly pyName: string = 'CyclicLR';
  static readonly _defersInitialStep = true;
  max_lrs: number[];
  total_size: number;
  step_ratio: number;
  mode: string;
  gamma: number;
  scale_mode: string;
  cycle_momentum: boolean;
  use_beta1 = false;
  base_momentums: number[] = [];
  max_momentums: number[] = [];
  private _scale_fn_custom: ScaleFn | null;
  private _scale_fn_ref: ScaleFn;

  constructor(optimizer: Optimizer, base_lr?: number | number[] | CyclicLROptions, max_lr?: number | number[] | CyclicLROptions, options?: CyclicLROptions) {
    const a = schedulerArgs<Required<CyclicLROptions>>('CyclicLR', [base_lr, max_lr, options], NAMES, ['base_lr', 'max_lr'], {
      step_size_up: 2000, step_size_down: null, mode: 'triangular', gamma: 1, scale_fn: null, scale_mode: 'cycle',
      cycle_momentum: true, base_momentum: 0.8, max_momentum: 0.9, last_epoch: -1,
    });
    requireOptimizer(optimizer);
    const baseLrs = formatParam('base_lr', optimizer, a.base_lr);
    if (a.last_epoch === -1) {
      optimizer.param_groups.forEach((g, i) => {
        if ((g.lr as unknown) instanceof Tensor) (g.lr as unknown as Tensor).data[0] = baseLrs[i]!;
        else g.lr = baseLrs[i]!;
      });
    }
    const maxLrs = formatParam('max_lr', optimizer, a.max_lr);
    const up = Number(a.step_size_up);
    const down = a.step_size_down !== null && a.step_size_down !== undefined ? Number(a.step_size_down) : up;
    if (!['triangular', 'triangular2', 'exp_range'].includes(a.mode) && a.scale_fn === null) {
      throw new ValueError('mode is invalid and scale_fn is None');
    }
    let useBeta1 = false;
    let baseMomentums: number[] = [];
    let maxMomentums: number[] = [];
    if (a.cycle_momentum) {
      useBeta1 = usesBeta1(optimizer);
      baseMomentums = formatParam('base_momentum', optimizer, a.base_momentum);
      maxMomentums = formatParam('max_momentum', optimizer, a.max_momentum);
      if (a.last_epoch === -1) {
        optimizer.param_groups.forEach((g, i) => {
          setMomentum(g, useBeta1, maxMomentums[i]!);
          g['max_momentum'] = maxMomentums[i]!;
          g['base_momentum'] = baseMomentums[i]!;
        });
      }
    }
    super(optimizer, a.last_epoch);
    this.max_lrs = maxLrs;
    this.total_size = up + down;
    this.step_ratio = up / this.total_size;
    this.mode = a.mode;
    this.gamma = a.gamma;
    this._scale_fn_custom = a.scale_fn;
    this.scale_mode = a.scale_mode;
    this._scale_fn_ref = this._initScaleFn();
    this.cycle_momentum = a.cycle_momentum;
    this.use_beta1 = useBeta1;
    this.base_momentums = baseMomentums;
    this.max_momentums = maxMomentums;
    this.base_lrs = baseLrs;
    this._initial_step();
  }

  private _initScaleFn(): ScaleFn {
    if (this._scale_fn_custom !== null) return this._scale_fn_custom;
    if (this.mode === 'triangular') {
      this.scale_mode = 'cycle';
      return () => 1.0;
    }
    if (this.mode === 'triangular2') {
      this.scale_mode = 'cycle';
      return (x) => 1 / 2.0 ** (x - 1);
    }
    this.scale_mode = 'iterations';
    const gamma = this.gamma;
    return (x) => gamma ** x;
  }

  /** The scaling function in use (custom or the mode's). */
  scale_fn(x: number): number {
    return this._scale_fn_ref(x);
  }

  protected override _computeLr(): number[] {
    const e = this.last_epoch;
    const cycle = Math.floor(1 + e / this.total_size);
    const x = 1 + e / this.total_size - cycle;
    const scaleFactor = x <= this.step_ratio ? x / this.step_ratio : (x - 1) / (this.step_ratio - 1);
    const arg = this.scale_mode === 'cycle' ? cycle : e;
    const lrs = this.base_lrs.map((b, i) => b + (this.max_lrs[i]! - b) * scaleFactor * this.scale_fn(arg));
    if (this.cycle_momentum) {
      this.optimizer.param_groups.forEach((g, i) => {
        const baseM = this.base_momentums[i]!;
        const maxM = this.max_momentums[i]!;
        setMomentum(g, this.use_beta1, maxM - (maxM - baseM) * scaleFactor * this.scale_fn(arg));
      });
    }
    return lrs;
  }

  override state_dict(): Record<string, unknown> {
    const sd = super.state_dict();
    delete sd['_scale_fn_ref'];
    return sd;
  }

  override load_state_dict(state_dict: Record<string, unknown>): void {
    super.load_state_dict(state_dict);
    this._scale_fn_ref = this._initScaleFn();
  }
}
