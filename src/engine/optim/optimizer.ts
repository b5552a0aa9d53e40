/**
 * `torch.optim.Optimizer`: the base class every optimizer extends (docs/pytorch-optim-spec.md §2).
 *
 * Data shape (identical to PyTorch's attributes):
 *   defaults      { lr: 0.001, momentum: 0, … }   the constructor options, all keys resolved
 *   param_groups  [{ params: [Tensor, …], lr, momentum, … }, …]   read at every step()
 *   state         Map<Tensor, { step, exp_avg, … }>   created lazily at a param's first update
 *
 * Lifecycle of one `step(closure?)`:
 *   1. the closure (if any) runs first and its return value is returned by step()
 *   2. for each group, for each param: grad === null ⇒ skip entirely (no state, no counter, no decay)
 *   3. `_stepParam(p, grad, group)`: by default the param's state (made by the subclass's `initState(p, group)` at
 *      its first update, PyTorch's `if len(state) == 0`) and `_update(p, grad, group, state)`, which reads the
 *      typed group options and calls the algorithm's pure kernel on the storages
 *   4. training events (`optimizer:step`, `nonfinite`) are built only when someone listens
 */
import { Tensor } from '../tensor';
import { enable_grad } from '../autograd/grad-mode';
import { emit, hasListeners, type OptimizerName } from '../events';
import { ValueError, NotImplementedError, RuntimeError, TypeError_ } from './errors';
import { HookList, type RemovableHandle } from './hooks';
import { normaliseParams, groupTensors, type ParamGroup, type ParamsInput } from './param-groups';
import { pyTypeName } from './py-format';
import { emitStepEvents, optimizerRepr } from './optimizer-report';
import { pyClassName } from '../py-name';
import { rememberLeftByOptimizer } from './integrity';
import { checkOptions } from './options';
import { num, scalarTensor } from './scalar';
import { clearGradByZeroGrad, rawGrad } from './grad';
import type { OptimizerStateDict } from './state-dict';
import { lazyFunction } from '../lazy';
import { checkOptionTypes } from './common';
import { isNumberLike, neg } from './lr-type-error';

export type { ParamGroup, ParamGroupInput, ParamsInput } from './param-groups';
export type { OptimizerStateDict } from './state-dict';

/** Per-parameter state: PyTorch's keys (`step`, `exp_avg`, `momentum_buffer`, …). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ParamState = Record<string, any>;

/** Options as every group holds them (PyTorch fills each missing key from `defaults`). */
export type Resolved<O> = { [K in keyof O]-?: Exclude<O[K], undefined> };

/** One parameter group as an optimizer's update reads it: its tensors plus its resolved, typed options. */
export type Group<O> = { params: Tensor[]; param_names?: string[] } & Resolved<O>;

/** `hook(optimizer, args, kwargs)`; returning `[args, kwargs]` replaces the step's arguments. */
export type StepPreHook = (opt: Optimizer, args: unknown[], kwargs: Record<string, unknown>) => [unknown[], Record<string, unknown>] | void | null;
export type StepPostHook = (opt: Optimizer, args: unknown[], kwargs: Record<string, unknown>) => void;
export type { RemovableHandle } from './hooks';

/** Options of `zero_grad`. */
export interface ZeroGradOptions {
  /** Set grads to `null` instead of zeroing them. Defaults to `true` (PyTorch 2.x). */
  set_to_none?: boolean;
}

/**
 * What `step()` and `zero_grad()` read on every call, in an object of one shape for every optimizer class (see
 * `Optimizer._c`): the groups and state behind `param_groups` and `state`, the step hooks, how many times `step()`
 * ran (`count`, reported in `optimizer:step` events), and the class's `_stepParam`.
 */
export interface StepRecord {
  groups: ParamGroup[];
  state: Map<Tensor, unknown>;
  readonly pre: HookList<StepPreHook>;
  readonly post: HookList<StepPostHook>;
  count: number;
  stepParam: (this: Optimizer, p: Tensor, grad: Tensor, group: never, state: Map<Tensor, unknown>) => void;
}

let nextOptimizerId = 1;
const NO_IDS: number[] = [];

/**
 * @typeParam O the constructor options (`AdamOptions`, …): the type of each param group's hyper-parameters
 * @typeParam S the per-parameter state (`AdamState`, …): what `initState` creates and `state.get(p)` returns
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export class Optimizer<O extends object = Record<string, any>, S extends object = ParamState> {
  static readonly pyName: string = 'Optimizer';
  /** The constructor options with every default filled in. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  defaults: Record<string, any>;
  /**
   * Behind `param_groups`, `state`, the step hooks and the step count. Instances of SGD, Adam, … each have a hidden
   * class of their own, so in V8 a read of `this.x` in a base-class method that sees five of them is megamorphic (a
   * generic lookup, and nothing inlined around it): in a worker that runs several optimizers, as the race lab and
   * `npm run bench`'s W3 do, that made each step slower than with one optimizer alone. `step()` and `zero_grad()`
   * read `this._c` once and the rest from here.
   */
  readonly _c: StepRecord = {
    groups: [], state: new Map(), pre: new HookList<StepPreHook>(), post: new HookList<StepPostHook>(), count: 0,
    stepParam: this._stepParam as StepRecord['stepParam'],
  };
  /** Identifies this optimizer in training events. */
  readonly _id: number = nextOptimizerId++;
  /** Set by an attached LR scheduler's wrapper of `step` (PyTorch 2.x `_opt_called`). */
  _opt_called = false;
  private _constructing = true;
  private readonly _sdPreHooks = new HookList<(opt: Optimizer) => void>();
  private readonly _sdPostHooks = new HookList<(opt: Optimizer, sd: OptimizerStateDict) => OptimizerStateDict | void>();
  private readonly _loadPreHooks = new HookList<(opt: Optimizer, sd: OptimizerStateDict) => OptimizerStateDict | void>();
  private readonly _loadPostHooks = new HookList<(opt: Optimizer) => void>();
  private _nonfiniteReported: Set<Tensor> | null = null;

  /** Keys whose Python default is a float (printed `1.0`, not `1`, by `toString()`). */
  protected _floatKeys: readonly string[] = [];

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(params: ParamsInput, defaults: Record<string, any>) {
    this.defaults = defaults;
    const groups = normaliseParams(params);
    for (const g of groups) this.add_param_group(g);
    this._constructing = false;
  }

  /** The parameter groups, read at every step(). */
  get param_groups(): ParamGroup[] {
    return this._c.groups;
  }
  set param_groups(groups: ParamGroup[]) {
    this._c.groups = groups;
  }

  /** Per-parameter state, created at a param's first update. */
  get state(): Map<Tensor, S> {
    return this._c.state as Map<Tensor, S>;
  }
  set state(state: Map<Tensor, S>) {
    this._c.state = state;
  }

  /** The class name PyTorch shows (`SGD`, `Adam`, …); minification-proof through a static `pyName`. */
  get _name(): string {
    return pyClassName(this.constructor);
  }

  /**
   * Adds a group (e.g. layers unfrozen during fine-tuning). Missing options are filled from `defaults`.
   * @throws ValueError "some parameters appear in more than one parameter group"
   */
  add_param_group(param_group: Record<string, unknown>): void {
    if (param_group === null || typeof param_group !== 'object' || Array.isArray(param_group) || param_group instanceof Tensor) {
      throw new TypeError_(`param_group must be a dict, but got ${pyTypeName(param_group)}`);
    }
    const { params, names } = groupTensors(param_group, this.defaults['differentiable'] === true);
    param_group['params'] = params;
    const anyNamed = this.param_groups.some((g) => 'param_names' in g);
    if (this.param_groups.length > 0 && (names !== null) !== anyNamed) {
      throw new ValueError(
        'all optimizer param groups should be with/without names. ' +
          `cannot add param group ${names !== null ? 'with' : 'without'} names to the optimizer`,
      );
    }
    if (names !== null) param_group['param_names'] = names;
    checkOptionTypes(`${(this.constructor as { pyName?: string }).pyName ?? 'Optimizer'}.add_param_group`, param_group, this.defaults);
    for (const [name, value] of Object.entries(this.defaults)) {
      if (!(name in param_group) || param_group[name] === undefined) param_group[name] = Array.isArray(value) ? value.slice() : value;
    }
    if (new Set(params).size !== params.length) {
      this._warn(
        'optimizer contains a parameter group with duplicate parameters; in future, this will cause an error; ' +
          'see github.com/pytorch/pytorch/issues/40967 for more information',
      );
    }
    const existing = new Set<Tensor>();
    for (const g of this.param_groups) for (const p of g.params) existing.add(p);
    if (params.some((p) => existing.has(p))) {
      throw new ValueError('some parameters appear in more than one parameter group');
    }
    this.param_groups.push(param_group as ParamGroup);
    this._onGroupAdded(param_group as ParamGroup);
    if (!this._constructing && hasListeners()) {
      emit({ type: 'optimizer:add_param_group', optimizer: this._id, params: params.map((p) => p.id), lr: num(param_group['lr']) });
    }
  }

  /** Hook for optimizers that create state eagerly (Adagrad). */
  protected _onGroupAdded(_group: ParamGroup): void {}

  /**
   * Resets the gradients of all optimized tensors.
   * `set_to_none` (default true since PyTorch 2.0) sets `p.grad = null`; false zeroes it in place.
   */
  zero_grad(options?: ZeroGradOptions | boolean): void {
    const setToNone = typeof options === 'boolean' ? options
      : options === undefined ? true : (checkOptions('Optimizer.zero_grad', options, ['set_to_none']).set_to_none ?? true);
    const listening = hasListeners();
    const touched: number[] = listening ? [] : NO_IDS;
    for (const group of this._c.groups) {
      for (const p of group.params) {
        const g = rawGrad(p);
        if (g === null) continue;
        if (listening) touched.push(p.id);
        if (setToNone) {
          clearGradByZeroGrad(p);
        } else {
          g.requires_grad = false;
          g.data.fill(0);
        }
      }
    }
    if (listening) emit({ type: 'optimizer:zero_grad', optimizer: this._id, set_to_none: setToNone, params: touched });
  }

  /**
   * Performs one optimization step. A closure re-evaluates the model and returns the loss; step() returns
   * the closure's result (undefined without a closure).
   */
  step(closure?: (() => unknown) | null): unknown {
    if (closure !== undefined && closure !== null && typeof closure !== 'function') {
      // Python calls it: `optimizer.step(42)` → TypeError: 'int' object is not callable
      throw new TypeError(`'${pyTypeName(closure)}' object is not callable`);
    }
    const c = this._c;
    if (c.pre.size > 0 || c.post.size > 0) return this._withStepHooks([closure], (f) => this._step(f as typeof closure, c));
    return this._step(closure, c);
  }

  /** Runs `body` between the step pre-hooks (which may replace the arguments) and the post-hooks. */
  protected _withStepHooks(args: unknown[], body: (...a: unknown[]) => unknown): unknown {
    let kwargs: Record<string, unknown> = {};
    for (const hook of this._c.pre.list()) {
      const result = hook(this, args, kwargs);
      if (result === undefined || result === null) continue;
      if (Array.isArray(result) && result.length === 2) {
        [args, kwargs] = result as [unknown[], Record<string, unknown>];
      } else {
        throw new RuntimeError(`${hook.name || 'hook'} must return None or a tuple of (new_args, new_kwargs), but got ${String(result)}.`);
      }
    }
    const out = body(...args);
    for (const hook of this._c.post.list()) hook(this, args, kwargs);
    return out;
  }

  /** The hook-free step (see `step`); `c` is `this._c`. */
  protected _step(closure: (() => unknown) | null | undefined, c: StepRecord): unknown {
    // the closure runs under torch.enable_grad() (it calls backward), the update itself needs no graph
    const loss = closure ? enable_grad(closure) : undefined;
    const listening = hasListeners();
    const updated: number[] | null = listening ? [] : null;
    const skipped: number[] | null = listening ? [] : null;
    const groups = c.groups;
    // what changed since the last step() (edited outside the optimizers), then remember the values before this update
    const all = listening ? groups.flatMap((g) => g.params) : null;
    const edited = all !== null ? rememberLeftByOptimizer(all) : null;
    const state = c.state as Map<Tensor, S>;
    const stepParam = c.stepParam;
    for (let gi = 0; gi < groups.length; gi++) {
      const group = groups[gi]!;
      const params = group.params;
      const lrOk = isNumberLike(group.lr);
      for (let i = 0; i < params.length; i++) {
        const p = params[i]!;
        const grad = rawGrad(p);
        if (grad === null) {
          if (skipped !== null) skipped.push(p.id);
          continue;
        }
        if (!lrOk) {
          const message = this._lrFirstUse(group.lr, pyTypeName(group.lr), group, state.has(p));
          if (message !== null) throw new TypeError(message);
        }
        stepParam.call(this, p, grad, group as never, state);
        if (updated !== null) updated.push(p.id);
      }
    }
    c.count++;
    if (listening) {
      const moved = rememberLeftByOptimizer(all!);
      this._emitStep(updated!, skipped!, edited!, moved);
    }
    return loss;
  }

  /**
   * One parameter that has a gradient: its state (created at the first update), then the algorithm's update.
   * `state` is `this.state`, read once per step.
   */
  protected _stepParam(p: Tensor, grad: Tensor, group: Group<O>, state: Map<Tensor, S>): void {
    this._update(p, grad, group, this._paramState(p, group, state));
  }

  /**
   * Python's TypeError message for the first operation of this optimizer's `_single_tensor_*` function that uses a
   * non-number `lr` (of Python type `t`), or null when that update would not fail (see ./lr-type-error.ts).
   * SGD, RMSprop, Adadelta: `-lr`.
   */
  protected _lrFirstUse(_lr: unknown, t: string, _group: ParamGroup, _hasState: boolean): string | null {
    return neg(t);
  }

  /** The state of a param at its first update (`step`, zeroed buffers, …); implemented by every optimizer. */
  protected initState(_p: Tensor, _group: Group<O>): S {
    throw new NotImplementedError(`${this._name}.step() is not implemented`);
  }

  /** The update rule for one parameter with a gradient: reads `group`, calls the pure kernel, updates p.data. */
  protected _update(_p: Tensor, _grad: Tensor, _group: Group<O>, _state: S): void {
    throw new NotImplementedError(`${this._name}.step() is not implemented`);
  }

  /** The param's state, made by `initState` when it has none yet (PyTorch's `if len(state) == 0`). */
  protected _paramState(p: Tensor, group: Group<O>, state: Map<Tensor, S> = this.state): S {
    let st = state.get(p);
    if (st === undefined) {
      st = this.initState(p, group);
      state.set(p, st);
    }
    return st;
  }

  /** Emits `optimizer:step` and, once per parameter, `nonfinite` when a value became NaN/±Inf. */
  protected _emitStep(updated: number[], skipped: number[], edited: number[] = [], moved: number[] = updated): void {
    emitStepEvents(this, updated, skipped, (this._nonfiniteReported ??= new Set()), edited, moved);
  }

  /** Emits `optimizer:create` (subclasses call this at the end of their constructor). */
  protected _emitCreate(): void {
    if (!hasListeners()) return;
    const name = this._name as OptimizerName;
    emit({
      type: 'optimizer:create',
      optimizer: this._id,
      name,
      options: { ...this.defaults },
      groups: this.param_groups.map((g) => ({ params: g.params.map((p) => p.id), lr: num(g.lr), options: groupOptions(g) })),
      ref: this,
    });
  }

  /** A PyTorch UserWarning, delivered as a `warning` training event. */
  protected _warn(message: string): void {
    if (hasListeners()) emit({ type: 'warning', category: 'UserWarning', message });
  }

  /** `{ state: { 0: {...} }, param_groups: [{ lr, …, params: [0, 1] }] }` with integer ids across groups. */
  state_dict(): OptimizerStateDict {
    for (const hook of this._sdPreHooks.list()) hook(this);
    let sd = lazyFunction('packOptimizerState')(this.param_groups, this.state); // state-dict.ts, in the extras chunk
    for (const hook of this._sdPostHooks.list()) sd = hook(this, sd) ?? sd;
    return sd;
  }

  /** `hook(optimizer, args, kwargs)` before every step; may return `[newArgs, newKwargs]`. */
  register_step_pre_hook(hook: StepPreHook): RemovableHandle {
    return this._c.pre.add(hook);
  }

  /** `hook(optimizer, args, kwargs)` after every step. */
  register_step_post_hook(hook: StepPostHook): RemovableHandle {
    return this._c.post.add(hook);
  }

  /** `hook(optimizer)` before `state_dict()` builds the dict. */
  register_state_dict_pre_hook(hook: (opt: Optimizer) => void, prepend = false): RemovableHandle {
    return this._sdPreHooks.add(hook, prepend);
  }

  /** `hook(optimizer, state_dict)` after `state_dict()`; may return a replacement dict. */
  register_state_dict_post_hook(hook: (opt: Optimizer, sd: OptimizerStateDict) => OptimizerStateDict | void, prepend = false): RemovableHandle {
    return this._sdPostHooks.add(hook, prepend);
  }

  /** `hook(optimizer, state_dict)` before loading; may return a replacement dict. */
  register_load_state_dict_pre_hook(hook: (opt: Optimizer, sd: OptimizerStateDict) => OptimizerStateDict | void, prepend = false): RemovableHandle {
    return this._loadPreHooks.add(hook, prepend);
  }

  /** `hook(optimizer)` after loading. */
  register_load_state_dict_post_hook(hook: (opt: Optimizer) => void, prepend = false): RemovableHandle {
    return this._loadPostHooks.add(hook, prepend);
  }

  /** Loads a state dict (from `state_dict()` or its JSON round trip); parameters are mapped by position. */
  load_state_dict(state_dict: OptimizerStateDict): void {
    for (const hook of this._loadPreHooks.list()) state_dict = hook(this, state_dict) ?? state_dict;
    const { groups, state } = lazyFunction('unpackOptimizerState')(this.param_groups, state_dict);
    this.param_groups = groups;
    this.state = state as Map<Tensor, S>;
    this._setstate();
    for (const hook of this._loadPostHooks.list()) hook(this);
  }

  /** PyTorch's `__setstate__`: fill defaults missing from old checkpoints, tensor-ise `step`. */
  protected _setstate(): void {
    for (const g of this.param_groups) {
      for (const [k, v] of Object.entries(this.defaults)) if (!(k in g)) g[k] = Array.isArray(v) ? v.slice() : v;
    }
    for (const st of this.state.values() as Iterable<ParamState>) {
      if (typeof st['step'] === 'number') st['step'] = scalarTensor(st['step']);
    }
  }

  /** `repr(optimizer)`: `SGD (\nParameter Group 0\n    dampening: 0\n …)`. */
  toString(): string {
    return optimizerRepr(this._name, this.param_groups, this.defaults, this._floatKeys);
  }
}

/** A group's options without `params` (for events and traces). */
export function groupOptions(g: ParamGroup): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(g)) if (k !== 'params') out[k] = v;
  return out;
}
