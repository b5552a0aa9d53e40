/**
 * Reading a RunTrace: which optimizers ran, which losses belong to which run, in what order the training steps
 * happened, and what the parameters ended as. Pure functions; every checker builds on these.
 *
 * A "run" is one optimizer and the parameters it owns: a backward event belongs to the run whose parameters
 * received its gradient, so two models trained in one cell (SGD vs Adam) are told apart by tensor ids.
 */
import type { RunTrace, TraceOptimizer, TrainingEvent } from './types';

type Ev<T extends TrainingEvent['type']> = Extract<TrainingEvent, { type: T }>;

export interface RunInfo {
  id: number;
  name: string;
  /** Options of the first param group as resolved by the engine (PyTorch key names). */
  options: Record<string, unknown>;
  /** Learning rate of the first group at construction. */
  lr: number;
  /** Ids of every parameter the optimizer was given (all groups, incl. add_param_group). */
  params: Set<number>;
  /** Number of optimizer.step() calls. */
  steps: number;
  /** Loss value of every backward() whose gradient reached this run's parameters, in order. */
  losses: number[];
  /** lrs[0] at each step. */
  stepLrs: number[];
}

const intersects = (ids: readonly number[], set: Set<number>): boolean => ids.some((i) => set.has(i));

/** Every optimizer the code created, in creation order, with its losses and steps. */
export function runs(trace: RunTrace): RunInfo[] {
  const out = new Map<number, RunInfo>();
  for (const e of trace.events) {
    if (e.type === 'optimizer:create') {
      const params = new Set<number>();
      for (const g of e.groups) for (const p of g.params) params.add(p);
      const first = e.groups[0];
      out.set(e.optimizer, {
        id: e.optimizer,
        name: e.name,
        options: { ...e.options, ...(first?.options ?? {}) },
        lr: first ? first.lr : Number(e.options.lr),
        params,
        steps: 0,
        losses: [],
        stepLrs: [],
      });
    } else if (e.type === 'optimizer:add_param_group') {
      const r = out.get(e.optimizer);
      if (r) for (const p of e.params) r.params.add(p);
    } else if (e.type === 'optimizer:step') {
      const r = out.get(e.optimizer);
      if (r) {
        r.steps++;
        r.stepLrs.push(e.lrs[0] ?? NaN);
      }
    } else if (e.type === 'backward') {
      for (const r of out.values()) if (intersects(e.leaves, r.params)) r.losses.push(e.loss);
    }
  }
  return [...out.values()];
}

/** The run that did the most steps (ties: the first created); null when no optimizer was created. */
export function mainRun(trace: RunTrace): RunInfo | null {
  let best: RunInfo | null = null;
  for (const r of runs(trace)) if (!best || r.steps > best.steps) best = r;
  return best;
}

/** Every backward loss in the run, whatever the gradient reached (for code without an optimizer). */
export function allLosses(trace: RunTrace): number[] {
  return trace.events.filter((e): e is Ev<'backward'> => e.type === 'backward').map((e) => e.loss);
}

/** Final parameter values of an optimizer (snapshotted after the run), all groups in order. */
export function finalParams(trace: RunTrace, optimizerId: number): TraceOptimizer['groups'][number]['params'] {
  const opt = trace.optimizers.find((o) => o.id === optimizerId);
  return opt ? opt.groups.flatMap((g) => g.params) : [];
}

/**
 * Index (within the backward events that reach `params`) of the first backward that added to gradients left over
 * from an earlier backward: no zero_grad (optimizer's or module's) touched those parameters in between, and the
 * engine reports that a gradient was already there. -1 when gradients were cleared before every backward.
 * (Setting `.grad = null` by hand also counts as clearing: the engine then reports no accumulation.)
 */
export function firstAccumulation(events: readonly TrainingEvent[], params?: Set<number>): number {
  const touches = (ids: readonly number[]) => (params ? intersects(ids, params) : true);
  let seenBackward = false;
  let zeroedSince = false;
  let index = -1;
  for (const e of events) {
    if ((e.type === 'optimizer:zero_grad' || e.type === 'module:zero_grad') && touches(e.params)) zeroedSince = true;
    if (e.type !== 'backward' || !touches(e.leaves)) continue;
    index++;
    if (seenBackward && !zeroedSince && e.accumulated) return index;
    seenBackward = true;
    zeroedSince = false;
  }
  return -1;
}

export type OrderProblem = 'step-before-backward' | 'zero-between-backward-and-step';

/**
 * Checks the order of one optimizer's training steps: every step() must follow a backward() of this iteration,
 * and no zero_grad() may sit between that backward() and the step() (it would throw the fresh gradients away).
 * zero_grad() may be anywhere else (start or end of the loop). Returns the first problem and the step it hit
 * (0-based), or null.
 */
export function orderProblem(
  events: readonly TrainingEvent[],
  run: Pick<RunInfo, 'id' | 'params'>,
): { problem: OrderProblem; step: number } | null {
  let backwardSinceStep = false;
  let step = 0;
  for (const e of events) {
    if (e.type === 'backward' && intersects(e.leaves, run.params)) backwardSinceStep = true;
    else if ((e.type === 'optimizer:zero_grad' || e.type === 'module:zero_grad') && intersects(e.params, run.params)) {
      if (backwardSinceStep) return { problem: 'zero-between-backward-and-step', step };
    } else if (e.type === 'optimizer:step' && e.optimizer === run.id) {
      if (!backwardSinceStep) return { problem: 'step-before-backward', step };
      backwardSinceStep = false;
      step++;
    }
  }
  return null;
}

/** Index of the first non-finite loss, or -1. */
export function firstNonFinite(losses: readonly number[]): number {
  return losses.findIndex((l) => !Number.isFinite(l));
}

/** Relative closeness, with an absolute floor for values near zero. */
export function close(a: number, b: number, rel = 1e-6, abs = 1e-12): boolean {
  return Math.abs(a - b) <= Math.max(abs, rel * Math.max(Math.abs(a), Math.abs(b)));
}

/** A number for a feedback message: 4 significant digits, exponent form when very large or small. */
export function fmt(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e5 || a < 1e-4) return x.toExponential(2);
  return String(Number(x.toPrecision(4)));
}
