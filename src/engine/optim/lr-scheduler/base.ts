/**
 * `torch.optim.lr_scheduler.LRScheduler` (docs/pytorch-optim-spec.md §4.1), PyTorch 2.x semantics.
 *
 * Lifecycle:
 *   1. construction records `initial_lr` in every group (setdefault) and `base_lrs`, wraps `optimizer.step`
 *      so the scheduler can tell whether the optimizer has stepped, then performs one step (epoch 0)
 *   2. each `step()`: last_epoch += 1; lrs = get_lr() (recursive form: reads the current group lr);
 *      `step(epoch)` uses the closed form instead and warns that the argument is deprecated
 *   3. the first explicit `step()` warns if `optimizer.step()` has not run yet (the lr schedule would skip
 *      its first value)
 *
 * Subclasses set their own fields after `super()` and then call `this._initial_step()` (JavaScript runs
 * subclass field code only after the base constructor, so the base cannot do that step itself).
 */
import { emit, hasListeners } from '../../events';
import { Tensor } from '../../tensor';
import { KeyError } from '../errors';
import { Optimizer } from '../optimizer';
import { pyClassName } from '../../py-name';
import { pyTypeName } from '../py-format';
import { num } from '../scalar';

export const EPOCH_DEPRECATION_WARNING =
  'The epoch parameter in `scheduler.step()` was not necessary and is being deprecated where possible. ' +
  'Please use `scheduler.step()` to step the scheduler. During the deprecation, if epoch is different from ' +
  'None, the closed form is used instead of the new chainable form, where available. Please open an issue ' +
  'if you are unable to replicate your use case: https://github.com/pytorch/pytorch/issues/new/choose.';

export const ORDER_WARNING =
  'Detected call of `lr_scheduler.step()` before `optimizer.step()`. In PyTorch 1.1.0 and later, you should ' +
  'call them in the opposite order: `optimizer.step()` before `lr_scheduler.step()`.  Failure to do this will ' +
  'result in PyTorch skipping the first value of the learning rate schedule. See more details at ' +
  'https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate';

export const OVERRIDDEN_WARNING =
  'Seems like `optimizer.step()` has been overridden after learning rate scheduler initialization. Please, ' +
  'make sure to call `optimizer.step()` before `lr_scheduler.step()`. See more details at ' +
  'https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate';

const GET_LR_WARNING = 'To get the last learning rate computed by the scheduler, please use `get_last_lr()`.';

type StepFn = ((...args: unknown[]) => unknown) & { _wrapped_by_lr_sched?: boolean };

let nextSchedulerId = 1;

/** Emits a PyTorch UserWarning as a `warning` training event. */
export function warnUser(message: string): void {
  if (hasListeners()) emit({ type: 'warning', category: 'UserWarning', message });
}

/** TypeError unless `optimizer` is an Optimizer (PyTorch: "<type> is not an Optimizer"). */
export function requireOptimizer(optimizer: unknown): asserts optimizer is Optimizer {
  if (!(optimizer instanceof Optimizer)) throw new TypeError(`${pyTypeName(optimizer)} is not an Optimizer`);
}

export class LRScheduler {
  static readonly pyName: string = 'LRScheduler';
  optimizer!: Optimizer;
  base_lrs: number[] = [];
  last_epoch = -1;
  _step_count = 0;
  _get_lr_called_within_step = false;
  _is_initial = false;
  _last_lr: number[] = [];
  /** Identifies this scheduler in training events. */
  readonly _id: number = nextSchedulerId++;

  /** @param bare skip the base initialisation (ChainedScheduler and ReduceLROnPlateau do their own). */
  constructor(optimizer: Optimizer, last_epoch = -1, bare = false) {
    if (bare) return;
    requireOptimizer(optimizer);
    this.optimizer = optimizer;
    const groups = optimizer.param_groups;
    if (last_epoch === -1) {
      for (const g of groups) {
        if (!('initial_lr' in g)) g['initial_lr'] = (g.lr as unknown) instanceof Tensor ? num(g.lr) : g.lr;
      }
    } else {
      groups.forEach((g, i) => {
        if (!('initial_lr' in g)) {
          throw new KeyError(
            `param 'initial_lr' is not specified in param_groups[${i}] when resuming scheduler with last_epoch >= 0.\n` +
              'This typically happens when:\n' +
              '1. You\'re trying to resume training from a checkpoint but haven\'t properly loaded the optimizer state\n' +
              '2. You\'re using last_epoch >= 0 for a fresh training run (not recommended)',
          );
        }
      });
    }
    this.base_lrs = groups.map((g) => num(g['initial_lr']));
    this.last_epoch = last_epoch;
    patchOptimizerStep(optimizer);
    // A learner's own subclass (`class MyLR extends lr_scheduler.LRScheduler { get_lr() {…} }`) gets its initial
    // step here, as in PyTorch; the engine's schedulers take it themselves once their fields are set.
    if (!defersInitialStep(new.target)) this._initial_step();
  }

  /** The class name PyTorch shows (minification-proof). */
  get _name(): string {
    return pyClassName(this.constructor);
  }

  /** Construction-time step (epoch 0), then the `scheduler:create` event. */
  protected _initial_step(): void {
    this._step_count = 0;
    this._is_initial = true;
    try {
      this.step();
    } finally {
      this._is_initial = false;
    }
    this._emitCreate();
  }

  /** `scheduler:create` (only built when someone listens). */
  protected _emitCreate(): void {
    if (hasListeners()) {
      emit({ type: 'scheduler:create', scheduler: this._id, name: this._name, optimizer: this.optimizer._id, lrs: this._last_lr.slice(), ref: this });
    }
  }

  /** `scheduler:step` after an explicit step. */
  protected _emitStep(beforeOptimizerStep: boolean): void {
    if (hasListeners()) {
      emit({ type: 'scheduler:step', scheduler: this._id, name: this._name, optimizer: this.optimizer._id, lrs: this._last_lr.slice(), beforeOptimizerStep });
    }
  }

  /** The learning rates set by the last `step()` (one per param group). */
  get_last_lr(): number[] {
    return this._last_lr;
  }

  /** The recursive ("chainable") form; warns when called outside `step()` as PyTorch does. */
  get_lr(): number[] {
    if (!this._get_lr_called_within_step) warnUser(GET_LR_WARNING);
    return this._computeLr();
  }

  /** Subclasses: the new lrs from the current group lrs and `last_epoch`. */
  protected _computeLr(): number[] {
    throw new Error(`${this._name}.get_lr() is not implemented`);
  }

  /** Closed form from `base_lrs` and `last_epoch` (used by `step(epoch)`); null when the class has none. */
  _get_closed_form_lr(): number[] | null {
    return null;
  }

  /** Current lrs of the optimizer's groups as numbers. */
  protected _groupLrs(): number[] {
    return this.optimizer.param_groups.map((g) => num(g.lr));
  }

  /** Advances the schedule by one epoch (or to `epoch`, deprecated) and writes the new lrs into the groups. */
  step(epoch?: number): void {
    const explicit = !this._is_initial;
    const beforeOptimizerStep = explicit && !this.optimizer._opt_called;
    if (this._step_count === 1) {
      const fn = this.optimizer.step as StepFn;
      if (!fn._wrapped_by_lr_sched) warnUser(OVERRIDDEN_WARNING);
      else if (!this.optimizer._opt_called) warnUser(ORDER_WARNING);
    }
    this._step_count += 1;
    if (epoch !== undefined && epoch !== null) warnUser(EPOCH_DEPRECATION_WARNING);
    this._update_lr(epoch);
    if (explicit) this._emitStep(beforeOptimizerStep);
  }

  /**
   * The lr update without the step-order bookkeeping (PyTorch 2.14 `_update_lr`, used by SequentialLR at a
   * milestone): epoch undefined → recursive form at last_epoch + 1, else the closed form at `epoch`.
   */
  _update_lr(epoch?: number): void {
    let values: number[];
    this._get_lr_called_within_step = true;
    try {
      if (epoch === undefined || epoch === null) {
        this.last_epoch += 1;
        values = this.get_lr();
      } else {
        this.last_epoch = epoch;
        values = this._get_closed_form_lr() ?? this.get_lr();
      }
    } finally {
      this._get_lr_called_within_step = false;
    }
    this._setLrs(values);
  }

  /** Writes lrs into the groups (a Tensor lr is filled in place) and records `_last_lr`. */
  protected _setLrs(values: number[]): void {
    const groups = this.optimizer.param_groups;
    for (let i = 0; i < groups.length && i < values.length; i++) {
      const g = groups[i]!;
      if ((g.lr as unknown) instanceof Tensor) (g.lr as unknown as Tensor).data[0] = values[i]!;
      else g.lr = values[i]!;
    }
    this._last_lr = groups.map((g) => num(g.lr));
  }

  /** Python's default repr: `<torch.optim.lr_scheduler.StepLR object>`. */
  toString(): string {
    return `<torch.optim.lr_scheduler.${this._name} object>`;
  }

  /** Every attribute except the optimizer (PyTorch: `self.__dict__` without `optimizer`). */
  state_dict(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this)) {
      if (k === 'optimizer' || k === '_id' || typeof v === 'function') continue;
      out[k] = Array.isArray(v) ? v.slice() : v;
    }
    return out;
  }

  /** `self.__dict__.update(state_dict)`. */
  load_state_dict(state_dict: Record<string, unknown>): void {
    if (state_dict === null || typeof state_dict !== 'object' || Array.isArray(state_dict)) {
      // Python's dict.update(x) with something that is not a mapping
      throw new TypeError(Array.isArray(state_dict) ? 'cannot convert dictionary update sequence element #0 to a sequence'
        : `'${pyTypeName(state_dict)}' object is not iterable`);
    }
    for (const [k, v] of Object.entries(state_dict)) {
      if (k === 'optimizer' || k === '_id') continue;
      (this as unknown as Record<string, unknown>)[k] = Array.isArray(v) ? v.slice() : v;
    }
  }
}

/** True when a class between `ctor` and LRScheduler performs the initial step itself (`static _defersInitialStep`). */
function defersInitialStep(ctor: unknown): boolean {
  let c = ctor as { _defersInitialStep?: boolean } | null;
  while (c && c !== (LRScheduler as unknown)) {
    if (Object.prototype.hasOwnProperty.call(c, '_defersInitialStep')) return true;
    c = Object.getPrototypeOf(c) as typeof c;
  }
  return false;
}

/** Wraps `optimizer.step` once so schedulers know whether it ran (PyTorch 2.x `_opt_called`). */
export function patchOptimizerStep(optimizer: Optimizer): void {
  const current = optimizer.step as StepFn;
  if (current._wrapped_by_lr_sched) return;
  const wrapper: StepFn = function (this: unknown, ...args: unknown[]): unknown {
    optimizer._opt_called = true;
    return current.apply(optimizer, args);
  };
  wrapper._wrapped_by_lr_sched = true;
  optimizer.step = wrapper as Optimizer['step'];
}
