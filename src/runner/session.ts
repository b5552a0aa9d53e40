/**
 * One run's bookkeeping, shared by `executeWith` (TypeScript cells, ./core.ts) and `executePython`
 * (Python cells, src/python/execute-python.ts): engine defaults reset, `print`/`plot`/console, the log and plot
 * caps, training events recorded into the trace, optimizer snapshots after the run, and the final `RunResult`.
 */
import type { TrainingEvent } from '../engine/events';
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

function stripRef(e: TrainingEvent): TrainingEvent {
  if (!('ref' in (e as object))) return e;
  const { ref: _ref, ...rest } = e as TrainingEvent & { ref?: unknown };
  return rest as TrainingEvent;
}

interface OptLike {
  param_groups?: ({ params?: { id: number; shape: number[]; data: ArrayLike<number> }[]; lr?: number } & Record<string, unknown>)[];
}

function snapshot(id: number, name: string, ref: unknown): OptimizerSnapshot {
  const groups = ((ref as OptLike)?.param_groups ?? []).map((g) => {
    const options: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(g)) if (k !== 'params' && k !== 'lr' && (typeof v !== 'object' || v === null || Array.isArray(v))) options[k] = v;
    return {
      lr: Number(g.lr),
      options,
      params: (g.params ?? []).map((p) => ({ id: p.id, shape: [...p.shape], data: Array.from(p.data) })),
    };
  });
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
  const optRefs = new Map<number, { name: string; ref: unknown }>();
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
    if (trace.events.length < maxEvents) trace.events.push(stripRef(e));
    if (e.type === 'optimizer:create') optRefs.set(e.optimizer, { name: e.name, ref: (e as { ref?: unknown }).ref });
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
      if (droppedLogs > 0) opts.onTruncated?.(droppedLogs);
      for (const [id, { name, ref }] of optRefs) {
        try {
          trace.optimizers.push(snapshot(id, name, ref));
        } catch {
          trace.optimizers.push({ id, name, groups: [] });
        }
      }
      trace.elapsedMs = performance.now() - started;
      return error ? { status, error, logs, trace } : { status, logs, trace };
    },
  };
}
