/**
 * One run's bookkeeping, shared by `executeWith` (TypeScript cells, ./core.ts) and `executePython`
 * (Python cells, src/python/execute-python.ts): engine defaults reset, `print`/`plot`/console, the log and plot
 * caps, training events recorded into the trace, optimizer snapshots after the run, and the final `RunResult`.
 */
import type { TrainingEvent } from '../engine/events';
import { leftByOptimizer } from '../engine/optim/integrity';
import { formatArgs } from './format';
import type { LogKind, OptimizerSnapshot, PlotOptions, RunError, RunResult, RunTrace } from './types';

/** What a session needs from the engine (src/engine/index.ts + events.ts). */
export interface SessionEngine {
  torch: Record<string, unknown> & {
    manual_seed?: (s: number) => unknown;
    set_grad_enabled?: (mode: boolean) => unknown;
    set_default_dtype?: (dtype: unknown) => unknown;
  };
  onTrainingEvent: (listener: (e: TrainingEvent) => void) => () => void;
}

export interface SessionOptions {
  /** `torch.manual_seed(seed)` before the run */
  seed?: number;
  /** plot every backward() loss as series "loss" */
  autoplot?: boolean;
  onLog?: (text: string, kind: LogKind) => void;
  onPlot?: (series: string, x: number, y: number, opts?: PlotOptions) => void;
  onEvent?: (event: TrainingEvent) => void;
  /** cap on recorded events (default 20000) */
  maxEvents?: number;
  /** cap on recorded log lines (default 5000) */
  maxLogLines?: number;
  /** called once at the end with the number of log lines beyond maxLogLines */
  onTruncated?: (count: number) => void;
  /** cap on points per plot series (default 20000) */
  maxPoints?: number;
  /** called once when the learner's code has ended, before the optimizers are snapshotted (see client.ts) */
  onCodeEnd?: () => void;
}

export interface RunSession {
  trace: RunTrace;
  /** one log entry from already formatted text */
  logText(kind: LogKind, text: string): void;
  /** one log entry from values, formatted like console.log */
  log(kind: LogKind, args: unknown[]): void;
  /** `plot(series, x, y, opts?)` or `plot(series, y, opts?)`; tensors with `.item()` are accepted */
  plot(series: unknown, x: unknown, y?: unknown, o?: PlotOptions): void;
  /** stops listening, snapshots the optimizers and builds the result */
  finish(status: RunResult['status'], error?: RunError): RunResult;
}

/*
 * Integrity (issue 14.7): learner code runs in the same realm after this module has loaded, so what the trace is
 * built with is captured now: learner code that replaces Array.prototype.push, Object.entries or Array.from later
 * cannot drop, forge or reshape recorded events and snapshots.
 */
const { apply } = Reflect;
const arrayPush = Array.prototype.push;
const entries = Object.entries;
const isArray = Array.isArray;
const push = <T>(arr: T[], item: T): void => {
  apply(arrayPush, arr, [item]);
};
/** A plain copy of array-like numbers, by index (no iterator or prototype method involved). */
const copyNumbers = (src: ArrayLike<number>): number[] => {
  const out: number[] = [];
  for (let i = 0; i < src.length; i++) push(out, Number(src[i]));
  return out;
};

function stripRef(e: TrainingEvent): TrainingEvent {
  if (!('ref' in (e as object))) return e;
  const { ref: _ref, ...rest } = e as TrainingEvent & { ref?: unknown };
  return rest as TrainingEvent;
}

interface ParamLike {
  id: number;
  shape: number[];
  data: ArrayLike<number>;
}
interface GroupLike extends Record<string, unknown> {
  params?: ParamLike[];
  lr?: number;
}
interface OptLike {
  param_groups?: GroupLike[];
}

/** The optimizer's parameters per group, captured when it was created (later swaps of param_groups don't count). */
const captureParams = (groups: readonly GroupLike[] | undefined): ParamLike[][] => {
  const out: ParamLike[][] = [];
  for (let g = 0; g < (groups?.length ?? 0); g++) {
    const ps = groups![g]!.params ?? [];
    const copy: ParamLike[] = [];
    for (let i = 0; i < ps.length; i++) push(copy, ps[i]!);
    push(out, copy);
  }
  return out;
};

/**
 * An optimizer after the run: per group its lr, options and parameters. Parameter values are those the optimizers
 * left after their last step() (src/engine/optim/integrity.ts), not what later code wrote into them.
 */
function snapshot(id: number, name: string, ref: unknown, params: ParamLike[][]): OptimizerSnapshot {
  const live = (ref as OptLike)?.param_groups ?? [];
  const groups: OptimizerSnapshot['groups'] = [];
  for (let gi = 0; gi < params.length; gi++) {
    const g = live[gi] ?? {};
    const options: Record<string, unknown> = {};
    const kv = entries(g);
    for (let i = 0; i < kv.length; i++) {
      const [k, v] = kv[i]!;
      if (k !== 'params' && k !== 'lr' && (typeof v !== 'object' || v === null || isArray(v))) options[k] = v;
    }
    const ps: OptimizerSnapshot['groups'][number]['params'] = [];
    const group = params[gi]!;
    for (let i = 0; i < group.length; i++) {
      const p = group[i]!;
      push(ps, { id: p.id, shape: copyNumbers(p.shape), data: copyNumbers(leftByOptimizer(p as never) ?? p.data) });
    }
    push(groups, { lr: toNumber(g.lr), options, params: ps });
  }
  return { id, name, groups };
}

const toNumber = (v: unknown): number => {
  if (typeof v === 'number') return v;
  if (v && typeof (v as { item?: unknown }).item === 'function') return Number((v as { item(): unknown }).item());
  return Number(v);
};

/**
 * Starts a run: resets the engine's global modes (a run ended by a timeout may have left them switched),
 * seeds it if asked, and listens to training events until `finish`.
 */
export function openSession(engine: SessionEngine, opts: SessionOptions = {}): RunSession {
  const started = performance.now();
  const maxEvents = opts.maxEvents ?? 20000;
  const maxLog = opts.maxLogLines ?? 5000;
  const maxPoints = opts.maxPoints ?? 20000;
  const logs: string[] = [];
  let droppedLogs = 0;
  const trace: RunTrace = { events: [], optimizers: [], plots: {}, elapsedMs: 0 };
  const optRefs: { id: number; name: string; ref: unknown; params: ParamLike[][] }[] = [];
  const optRef = (id: number) => {
    for (let i = 0; i < optRefs.length; i++) if (optRefs[i]!.id === id) return optRefs[i];
    return undefined;
  };
  let backwardCount = 0;

  const logText = (kind: LogKind, text: string) => {
    if (logs.length >= maxLog) {
      droppedLogs++;
      return;
    }
    logs.push(kind === 'log' ? text : `${kind === 'warn' ? 'Warning' : 'Error'}: ${text}`);
    opts.onLog?.(text, kind);
  };
  const addPoint = (series: string, x: number, y: number, o?: PlotOptions) => {
    const pts = (trace.plots[series] ??= []);
    if (pts.length >= maxPoints) return;
    pts.push([x, y]);
    opts.onPlot?.(series, x, y, o);
  };
  const plot = (series: unknown, x: unknown, y?: unknown, o?: PlotOptions) => {
    const name = String(series);
    if (y === undefined || y === null || (typeof y === 'object' && !('item' in y))) {
      // plot(series, y) or plot(series, y, opts): x is the point's index
      addPoint(name, trace.plots[name]?.length ?? 0, toNumber(x), (y ?? undefined) as PlotOptions | undefined);
    } else addPoint(name, toNumber(x), toNumber(y), o);
  };

  const unsubscribe = engine.onTrainingEvent((e) => {
    if (trace.events.length < maxEvents) push(trace.events, stripRef(e));
    if (e.type === 'optimizer:create') {
      const ref = (e as { ref?: unknown }).ref;
      push(optRefs, { id: e.optimizer, name: e.name, ref, params: captureParams((ref as OptLike)?.param_groups) });
    } else if (e.type === 'optimizer:add_param_group') {
      const o = optRef(e.optimizer);
      const groups = (o?.ref as OptLike | undefined)?.param_groups;
      if (o && groups) push(o.params, captureParams([groups[groups.length - 1]!])[0]!);
    }
    if (e.type === 'warning') logText('warn', `${e.category}: ${e.message}`);
    if (e.type === 'backward' && opts.autoplot) addPoint('loss', backwardCount, e.loss);
    if (e.type === 'backward') backwardCount++;
    opts.onEvent?.(e);
  });

  engine.torch.set_grad_enabled?.(true);
  engine.torch.set_default_dtype?.(engine.torch['float32']);
  if (opts.seed !== undefined) engine.torch.manual_seed?.(opts.seed);

  return {
    trace,
    logText,
    log: (kind, args) => logText(kind, formatArgs(args)),
    plot,
    finish(status, error) {
      unsubscribe();
      opts.onCodeEnd?.();
      if (droppedLogs > 0) opts.onTruncated?.(droppedLogs);
      for (let i = 0; i < optRefs.length; i++) {
        const { id, name, ref, params } = optRefs[i]!;
        try {
          push(trace.optimizers, snapshot(id, name, ref, params));
        } catch {
          push(trace.optimizers, { id, name, groups: [] });
        }
      }
      trace.elapsedMs = performance.now() - started;
      return error ? { status, error, logs, trace } : { status, logs, trace };
    },
  };
}
