/**
 * Training events: a typed, documented way for tools (the cell runner, coach tips, charts, exercise checkers)
 * to observe what learner code does with the engine — without monkey-patching.
 *
 * Cost when nobody listens: one `listeners.size === 0` check per emit site; emit sites build the event object
 * only after `hasListeners()` says yes.
 *
 * This module is the engine's only public surface besides `index.ts`; it is for tooling, not for learners.
 */
export type OptimizerName =
  | 'SGD' | 'Adam' | 'AdamW' | 'RMSprop' | 'Adagrad' | 'Adadelta' | 'Adamax' | 'NAdam' | 'RAdam' | 'Rprop' | 'ASGD'
  | 'LBFGS';

export type TrainingEvent =
  /** An optimizer was constructed. `options` are the resolved defaults (PyTorch key names). */
  | { type: 'optimizer:create'; optimizer: number; name: OptimizerName; options: Record<string, unknown>;
      groups: { params: number[]; lr: number; options: Record<string, unknown> }[];
      /** The optimizer instance itself. IN-REALM ONLY: strip before postMessage (the runner's trace drops it). */
      ref?: unknown }
  /** `add_param_group` was called. */
  | { type: 'optimizer:add_param_group'; optimizer: number; params: number[]; lr: number }
  /** `optimizer.zero_grad()`; `params` are the tensor ids it touched. */
  | { type: 'optimizer:zero_grad'; optimizer: number; set_to_none: boolean; params: number[] }
  /** `optimizer.step()` finished. `count` is how many steps this optimizer has taken; `lrs` per group. */
  | { type: 'optimizer:step'; optimizer: number; count: number; lrs: number[];
      /** ids of params that had a grad and were updated */ updated: number[]; /** ids skipped (grad null) */ skipped: number[];
      /** ids of params whose values were changed by something other than an optimizer since the last step()
       *  (fill_, copy_, .data writes, a manual update): see optim/integrity.ts */ edited: number[];
      /** ids of params whose values this step really changed (an lr of 0 or zero gradients change nothing) */ moved: number[] }
  /** `module.zero_grad()` on an nn.Module (params: ids touched). */
  | { type: 'module:zero_grad'; set_to_none: boolean; params: number[] }
  /** `t.backward()` ran. `loss` is the scalar value (NaN/Infinity possible); `leaves` the leaf ids that received grad. */
  | { type: 'backward'; loss: number; leaves: number[]; /** true if some leaf already held a non-zero grad, so the new one piled onto it (a missing zero_grad) */ accumulated: boolean }
  /** A scheduler was constructed / stepped. `lrs` are the new learning rates per group. */
  | { type: 'scheduler:create'; scheduler: number; name: string; optimizer: number; lrs: number[];
      /** The scheduler instance itself. IN-REALM ONLY: strip before postMessage. */
      ref?: unknown }
  | { type: 'scheduler:step'; scheduler: number; name: string; optimizer: number; lrs: number[];
      /** true when this optimizer had not stepped yet (PyTorch warns about this order) */ beforeOptimizerStep: boolean }
  /** A warning PyTorch would print with warnings.warn (the runner shows it). */
  | { type: 'warning'; category: 'UserWarning' | 'DeprecationWarning'; message: string }
  /** `.grad` read on a leaf whose grad is null because zero_grad() set it to None. */
  | { type: 'grad:read_after_zero_grad'; tensor: number }
  /** A non-finite value appeared in a loss passed to backward or in a parameter after step. */
  | { type: 'nonfinite'; where: 'loss' | 'param'; value: number; tensor?: number };

export type TrainingListener = (event: TrainingEvent) => void;

/*
 * Listeners live in a plain array that is replaced (never mutated) on subscribe/unsubscribe and walked by index:
 * learner code that later patches Set/Array iteration cannot intercept or rewrite what tools receive.
 */
let listeners: readonly TrainingListener[] = [];

/** Subscribe to training events; returns the unsubscribe function. */
export function onTrainingEvent(listener: TrainingListener): () => void {
  listeners = [...listeners, listener];
  return () => {
    listeners = listeners.filter((l) => l !== listener);
  };
}

/** True when someone listens: emit sites check this before building an event object. */
export function hasListeners(): boolean {
  return listeners.length > 0;
}

/** Deliver an event to every listener (a throwing listener does not stop the others or the engine). */
export function emit(event: TrainingEvent): void {
  const ls = listeners;
  for (let i = 0; i < ls.length; i++) {
    try {
      ls[i]!(event);
    } catch {
      /* a broken listener must never break learner code */
    }
  }
}
