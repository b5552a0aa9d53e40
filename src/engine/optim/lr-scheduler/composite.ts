import { Optimizer } from '../optimizer';
import { checkOptions } from '../options';
import { ValueError } from '../errors';
import { LRScheduler, requireOptimizer } from './base';
import { ReduceLROnPlateau } from './plateau';
import { bisectRight } from './pymath';
import { schedulerArgs } from './args';

type Resettable = LRScheduler & { _initial_step(): void };

function checkSchedulers(cls: string, optimizer: Optimizer, schedulers: LRScheduler[], what: string): void {
  if (!Array.isArray(schedulers) || schedulers.length < 1) {
    throw new ValueError(`${cls} expects at least one scheduler${what}, but got no scheduler.`);
  }
  schedulers.forEach((s, idx) => {
    if (!(s instanceof LRScheduler) || !('optimizer' in s)) {
      throw new TypeError(`${cls} at index ${idx} should have \`optimizer\` as its attribute.`);
    }
    if (s instanceof ReduceLROnPlateau) {
      throw new ValueError(
        `${cls} does not support \`ReduceLROnPlateau\` scheduler as it requires additional kwargs to be specified when ` +
          `calling \`step\`, but got one at index ${idx} in the given schedulers sequence.`,
      );
    }
    if (s.optimizer !== optimizer) {
      throw new ValueError(
        `${cls} expects all schedulers to belong to the same optimizer, but got scheduler ${s._name} at index ${idx} ` +
          `has ${s.optimizer?._name ?? 'None'}, which is different from ${optimizer._name}.`,
      );
    }
  });
}

/** Options of {@link SequentialLR}. */
export interface SequentialLROptions {
  /** The schedulers to run one after another (required). */
  schedulers?: LRScheduler[];
  /** Epochs at which the next scheduler takes over; one fewer than schedulers (required). */
  milestones?: number[];
  /** Index of the last epoch. Defaults to -1. */
  last_epoch?: number;
}

/**
 * Runs schedulers one after another, switching at the milestones (e.g. a LinearLR warm-up then
 * CosineAnnealingLR). At a milestone the next scheduler restarts from its closed form at epoch 0.
 * @example lr_scheduler.SequentialLR(opt, [warmup, cosine], [5])
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.SequentialLR.html
 */
export class SequentialLR extends LRScheduler {
  static override readonly pyName: string = 'SequentialLR';
  static readonly _defersInitialStep = true;
  _schedulers: LRScheduler[];
  _milestones: number[];

  constructor(optimizer: Optimizer, schedulers?: LRScheduler[] | SequentialLROptions, milestones?: number[] | SequentialLROptions, options?: SequentialLROptions) {
    const a = schedulerArgs<Required<SequentialLROptions>>('SequentialLR', [schedulers, milestones, options], ['schedulers', 'milestones', 'last_epoch'], ['schedulers', 'milestones'], { last_epoch: -1 });
    super(optimizer, -1, true);
    requireOptimizer(optimizer);
    checkSchedulers('SequentialLR', optimizer, a.schedulers, '');
    if (a.milestones.length !== a.schedulers.length - 1) {
      throw new ValueError(
        'Sequential Schedulers expects number of schedulers provided to be one more than the number of milestone ' +
          `points, but got number of schedulers ${a.schedulers.length} and the number of milestones to be equal to ${a.milestones.length}`,
      );
    }
    this._schedulers = a.schedulers.slice();
    this._milestones = a.milestones.slice();
    this.last_epoch = a.last_epoch + 1;
    this.optimizer = optimizer;
    this.base_lrs = optimizer.param_groups.map((g) => g['initial_lr'] as number);
    // reset learning rates back to initial values, and "undo" the step performed by other schedulers
    for (const g of optimizer.param_groups) g.lr = g['initial_lr'] as number;
    undo(this._schedulers);
    // perform the initial step for the scheduler in charge at epoch 0
    const first = this._schedulers[bisectRight(this._milestones, 0)] as Resettable;
    first._initial_step();
    this._last_lr = first.get_last_lr();
    this._emitCreate();
  }

  override step(): void {
    const beforeOptimizerStep = !this.optimizer._opt_called;
    this.last_epoch += 1;
    const idx = bisectRight(this._milestones, this.last_epoch);
    const s = this._schedulers[idx]!;
    if (idx > 0 && this._milestones[idx - 1] === this.last_epoch) s._update_lr(0);
    else s.step();
    this._last_lr = s.get_last_lr();
    this._emitStep(beforeOptimizerStep);
  }

  override state_dict(): Record<string, unknown> {
    const sd = super.state_dict();
    sd['_schedulers'] = this._schedulers.map((s) => s.state_dict());
    return sd;
  }

  override load_state_dict(state_dict: Record<string, unknown>): void {
    const { _schedulers, ...rest } = state_dict;
    super.load_state_dict(rest);
    (_schedulers as Record<string, unknown>[] | undefined)?.forEach((sd, i) => this._schedulers[i]?.load_state_dict(sd));
  }
}

/** `recursive_undo`: step every (nested) scheduler back by one epoch. */
function undo(schedulers: LRScheduler[]): void {
  for (const s of schedulers) {
    if (s instanceof SequentialLR || s instanceof ChainedScheduler) undo(s._schedulers);
    else s.last_epoch -= 1;
  }
}

/**
 * Steps several schedulers together at every `step()`; their effects multiply (each one rescales the lr
 * the previous one produced).
 * @example lr_scheduler.ChainedScheduler([ConstantLR(opt, { factor: 0.1, total_iters: 2 }), ExponentialLR(opt, 0.9)])
 * @see https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler.ChainedScheduler.html
 */
export class ChainedScheduler extends LRScheduler {
  static override readonly pyName: string = 'ChainedScheduler';
  static readonly _defersInitialStep = true;
  _schedulers: LRScheduler[];

  constructor(schedulers: LRScheduler[], optimizer?: Optimizer | null | { optimizer?: Optimizer | null }) {
    let opt: Optimizer | null | undefined;
    if (optimizer instanceof Optimizer) opt = optimizer;
    else if (optimizer !== null && optimizer !== undefined) {
      opt = checkOptions('ChainedScheduler.__init__', optimizer, ['optimizer']).optimizer;
    }
    super(undefined as unknown as Optimizer, -1, true);
    const resolved = opt ?? schedulers?.[0]?.optimizer;
    checkSchedulers('ChainedScheduler', resolved!, schedulers, ' to be chained');
    this._schedulers = schedulers.slice();
    this.optimizer = resolved!;
    this._last_lr = this._groupLrs();
    this._emitCreate();
  }

  override step(): void {
    const beforeOptimizerStep = !this.optimizer._opt_called;
    for (const s of this._schedulers) s.step();
    this._last_lr = this._groupLrs();
    this._emitStep(beforeOptimizerStep);
  }

  override state_dict(): Record<string, unknown> {
    const sd = super.state_dict();
    sd['_schedulers'] = this._schedulers.map((s) => s.state_dict());
    return sd;
  }

  override load_state_dict(state_dict: Record<string, unknown>): void {
    const { _schedulers, ...rest } = state_dict;
    super.load_state_dict(rest);
    (_schedulers as Record<string, unknown>[] | undefined)?.forEach((sd, i) => this._schedulers[i]?.load_state_dict(sd));
  }
}
