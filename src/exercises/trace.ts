/**
 * Reading a RunTrace: which optimizers ran, which losses belong to which run, in what order the training steps
 * happened, and what the parameters ended as. Pure functions; every checker builds on these.
 *
 * A "run" is one optimizer and the parameters it owns. A backward event belongs to the run whose step() used its
 * gradient, so two models trained in one cell (SGD vs Adam), or one model trained by SGD and then by Adam, are told
 * apart. Checkers judge what a statement asks about, and name the real mistake: e.g. a zero_grad() is only wrong
 * when a step() then uses the cleared gradients.
 */
import type { RunTrace, TraceOptimizer, TrainingEvent } from './types';

type Ev<T extends TrainingEvent['type']> = Extract<TrainingEvent, { type: T }>;

export interface RunInfo {
  /** Id of the optimizer (the last one, when the same optimizer was re-created; see `recreated`). */
  id: number;
  /** Every optimizer id that makes up this run (more than one when it was re-created). */
  ids: number[];
  name: string;
  /** Options of the first param group as resolved by the engine (PyTorch key names). */
  options: Record<string, unknown>;
  /** Learning rate of the first group at construction. */
  lr: number;
  /** Ids of every parameter the optimizer was given (all groups, incl. add_param_group). */
  params: Set<number>;
  /** Number of optimizer.step() calls. */
  steps: number;
  /** Loss value of every backward() whose gradient this run's optimizer used (see `runs`), in order. */
  losses: number[];
  /** lrs[0] at each step. */
  stepLrs: number[];
  /**
   * How many times the same optimizer (same class, same parameters) was created anew after its first creation,
   * each taking over from the previous one (e.g. `optim.Adam(...)` inside the epoch loop). Such runs are merged.
   */
  recreated: number;
}

const intersects = (ids: readonly number[], set: Set<number>): boolean => ids.some((i) => set.has(i));

type Stepped = Ev<'optimizer:step'>;

/**
 * Which optimizer each backward() belongs to: the one whose next step() updates those parameters (it consumes the
 * gradient); failing that (a last backward with no step after it), the last one that stepped on them; failing that,
 * the newest optimizer created so far that owns them. -1 when no optimizer owns them.
 */
function backwardOwners(events: readonly TrainingEvent[], owners: Map<number, Set<number>>): Map<number, number> {
  const out = new Map<number, number>();
  const nextStepper = new Map<number, number>();
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'optimizer:step') for (const p of stepParams(e, owners)) nextStepper.set(p, e.optimizer);
    else if (e.type === 'backward') {
      const hit = e.leaves.find((l) => nextStepper.has(l));
      if (hit !== undefined) out.set(i, nextStepper.get(hit)!);
    }
  }
  const lastStepper = new Map<number, number>();
  const created: number[] = [];
  events.forEach((e, i) => {
    if (e.type === 'optimizer:create') created.push(e.optimizer);
    else if (e.type === 'optimizer:step') for (const p of stepParams(e, owners)) lastStepper.set(p, e.optimizer);
    else if (e.type === 'backward' && !out.has(i)) {
      const hit = e.leaves.find((l) => lastStepper.has(l));
      const owner = hit !== undefined
        ? lastStepper.get(hit)!
        : [...created].reverse().find((o) => intersects(e.leaves, owners.get(o)!));
      out.set(i, owner ?? -1);
    }
  });
  return out;
}

/** The parameters a step() call updated (all of the optimizer's when the event does not say). */
function stepParams(e: Stepped, owners: Map<number, Set<number>>): Iterable<number> {
  return e.updated.length > 0 ? e.updated : (owners.get(e.optimizer) ?? []);
}

const sameSet = (a: Set<number>, b: Set<number>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * Every optimizer the code created, in creation order, with its losses and steps. A backward() belongs to the
 * optimizer that used its gradient (see `backwardOwners`), so two models trained in one cell (SGD vs Adam), or one
 * model trained first by SGD and then by Adam, are told apart. An optimizer created anew with the same class over the
 * same parameters, after the previous one has stepped, continues that run (`recreated` counts it).
 */
export function runs(trace: RunTrace): RunInfo[] {
  const out = new Map<number, RunInfo>();
  const owners = new Map<number, Set<number>>();
  for (const e of trace.events) {
    if (e.type === 'optimizer:create') {
      const params = new Set<number>();
      for (const g of e.groups) for (const p of g.params) params.add(p);
      owners.set(e.optimizer, params);
    } else if (e.type === 'optimizer:add_param_group') for (const p of e.params) owners.get(e.optimizer)?.add(p);
  }
  const belongs = backwardOwners(trace.events, owners);
  const runOf = new Map<number, RunInfo>();
  trace.events.forEach((e, i) => {
    if (e.type === 'optimizer:create') {
      const params = owners.get(e.optimizer)!;
      const previous = [...out.values()].reverse().find((r) => sameSet(r.params, params));
      if (previous && previous.name === e.name && previous.steps > 0) {
        previous.ids.push(e.optimizer);
        previous.id = e.optimizer;
        previous.recreated++;
        runOf.set(e.optimizer, previous);
        return;
      }
      const first = e.groups[0];
      const run: RunInfo = {
        id: e.optimizer,
        ids: [e.optimizer],
        name: e.name,
        options: { ...e.options, ...(first?.options ?? {}) },
        lr: first ? first.lr : Number(e.options.lr),
        params,
        steps: 0,
        losses: [],
        stepLrs: [],
        recreated: 0,
      };
      out.set(e.optimizer, run);
      runOf.set(e.optimizer, run);
    } else if (e.type === 'optimizer:step') {
      const r = runOf.get(e.optimizer);
      if (r) {
        r.steps++;
        r.stepLrs.push(e.lrs[0] ?? NaN);
      }
    } else if (e.type === 'backward') {
      runOf.get(belongs.get(i) ?? -1)?.losses.push(e.loss);
    }
  });
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

/**
 * True when re-creating this optimizer loses something: it keeps state between steps (momentum buffers, Adam's
 * moving averages, step counts…). Plain SGD (momentum 0) keeps none, so creating it anew each epoch changes nothing.
 */
export function keepsState(run: Pick<RunInfo, 'name' | 'options'>): boolean {
  return !(run.name === 'SGD' && !Number(run.options.momentum ?? 0));
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
 * Checks the order of one run's training steps: every step() must use gradients from a backward() since the
 * previous step(), and those gradients must still be there: a zero_grad() after the last backward() and before the
 * step() throws them away ('zero-between-backward-and-step'). A zero_grad() anywhere else is fine (start or end of
 * the loop, or after a backward() run only to look at a gradient). Returns the first problem and the step it hit
 * (0-based), or null.
 */
export function orderProblem(
  events: readonly TrainingEvent[],
  run: Pick<RunInfo, 'ids' | 'params'>,
): { problem: OrderProblem; step: number } | null {
  let grads: 'none' | 'fresh' | 'cleared' = 'none';
  let step = 0;
  for (const e of events) {
    if (e.type === 'backward' && intersects(e.leaves, run.params)) grads = 'fresh';
    else if ((e.type === 'optimizer:zero_grad' || e.type === 'module:zero_grad') && intersects(e.params, run.params)) {
      if (grads === 'fresh') grads = 'cleared';
    } else if (e.type === 'optimizer:step' && run.ids.includes(e.optimizer)) {
      if (grads === 'cleared') return { problem: 'zero-between-backward-and-step', step };
      if (grads === 'none') return { problem: 'step-before-backward', step };
      grads = 'none';
      step++;
    }
  }
  return null;
}

/**
 * The first step (0-based, within this run) before which something other than an optimizer changed this run's
 * parameters (the engine reports it: src/engine/optim/integrity.ts), or -1.
 */
export function firstEditOutside(events: readonly TrainingEvent[], run: Pick<RunInfo, 'ids' | 'params'>): number {
  let step = 0;
  for (const e of events) {
    if (e.type !== 'optimizer:step' || !run.ids.includes(e.optimizer)) continue;
    if ((e.edited ?? []).some((id) => run.params.has(id))) return step;
    step++;
  }
  return -1;
}

/** True when at least one step() of this run changed some of its parameters' values. */
export function everMoved(events: readonly TrainingEvent[], run: Pick<RunInfo, 'ids'>): boolean {
  return events.some((e) => e.type === 'optimizer:step' && run.ids.includes(e.optimizer) && (e.moved ?? e.updated).length > 0);
}

/** True when some zero_grad() (optimizer's or module's) touched these parameters at least once. */
export function everZeroed(events: readonly TrainingEvent[], params: Set<number>): boolean {
  return events.some((e) => (e.type === 'optimizer:zero_grad' || e.type === 'module:zero_grad') && intersects(e.params, params));
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
