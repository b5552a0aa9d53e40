/**
 * The engine-independent heart of `execute`: builds the cell's environment (engine names, `plot`, `print`,
 * a console that writes to the output), compiles the transpiled code with a known line offset, runs it,
 * records training events and plots, and classifies errors with the learner's line and column.
 * `execute.ts` binds it to the real engine; `node-vm.ts` swaps the compiler for node:vm with a timeout.
 */
import type { TrainingEvent } from '../engine/events';
import { formatArgs } from './format';
import { pythonCommentAt } from './python-habits';
import { CellSyntaxError, mapColumn, transpile, type Transpiled } from './transpile';
import type { LogKind, OptimizerSnapshot, PlotOptions, RunError, RunResult, RunTrace } from './types';

/** What the runner needs from the engine (src/engine/index.ts + events.ts). */
export interface EngineBinding {
  torch: Record<string, unknown> & {
    manual_seed?: (s: number) => unknown;
    set_grad_enabled?: (mode: boolean) => unknown;
    set_default_dtype?: (dtype: unknown) => unknown;
  };
  nn: unknown;
  optim: unknown;
  F: unknown;
  onTrainingEvent: (listener: (e: TrainingEvent) => void) => () => void;
}

/** Compiles a function from parameter names and a body (default: `new Function`). */
export type Compiler = (params: string[], body: string) => (...args: unknown[]) => unknown;

export interface ExecuteOptions {
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

export const SOURCE_URL = 'oc-cell.js';
const PARAMS = ['torch', 'nn', 'optim', 'F', 'plot', 'print', 'console', '__import', '__dynamicImport'];
const PREFIX = 'return (async () => { "use strict";\n';
const SUFFIX = `\n})();\n//# sourceURL=${SOURCE_URL}`;

const defaultCompiler: Compiler = (params, body) =>
  new Function(...params, body) as (...args: unknown[]) => unknown;

const FRAME_RE = new RegExp(`${SOURCE_URL.replace('.', '\\.')}:(\\d+):(\\d+)`);
const offsets = new WeakMap<Compiler, number>();

/** Where line 1 of the learner's code lands in stack traces for this compiler (measured once). */
function lineOffset(compile: Compiler): number {
  const known = offsets.get(compile);
  if (known !== undefined) return known;
  let offset = 2;
  try {
    // synchronous probe with the same prefix line count
    const fn = compile(PARAMS, `${PREFIX.replace('async ', '')}throw new Error('probe');${SUFFIX}`);
    fn();
  } catch (e) {
    const m = FRAME_RE.exec(String((e as Error).stack));
    if (m) offset = Number(m[1]) - 1;
  }
  offsets.set(compile, offset);
  return offset;
}

const MEMORY_RE = /Array buffer allocation failed|cannot allocate|Invalid typed array length|Invalid array length|out of memory|too large to allocate|exceeds the (element|memory) (cap|limit)|elements? (cap|limit)/i;

/** Classifies a thrown value into a RunError with the learner's position. */
export function toRunError(e: unknown, t: Transpiled | undefined, offset: number): RunError {
  if (e instanceof CellSyntaxError) {
    return { kind: 'syntax', name: 'SyntaxError', message: e.message, line: e.line, column: e.column };
  }
  // duck-typed: errors from another realm (node:vm) are not `instanceof Error` here
  const err = e && typeof e === 'object' && 'message' in e && 'name' in e ? (e as Error) : undefined;
  const name = err?.name || (e as { constructor?: { name?: string } })?.constructor?.name || 'Error';
  const message = err ? err.message : String(e);
  const out: RunError = { kind: 'runtime', name, message };
  if (MEMORY_RE.test(message) && (name === 'RangeError' || name === 'RuntimeError' || name === 'Error')) out.kind = 'memory';
  if (name === 'SyntaxError' && !err?.stack?.includes(SOURCE_URL)) out.kind = 'syntax';
  const m = err?.stack ? FRAME_RE.exec(err.stack) : null;
  if (m) {
    const line = Number(m[1]) - offset;
    const col = Number(m[2]);
    if (line >= 1) {
      out.line = line;
      out.column = t ? mapColumn(t, line, col) : col;
    }
  }
  return out;
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

/** Runs one cell against the given engine. Never throws: errors come back in the RunResult. */
export async function executeWith(
  engine: EngineBinding,
  code: string,
  opts: ExecuteOptions = {},
  compile: Compiler = defaultCompiler,
): Promise<RunResult> {
  const started = performance.now();
  const maxEvents = opts.maxEvents ?? 20000;
  const maxLog = opts.maxLogLines ?? 5000;
  const maxPoints = opts.maxPoints ?? 20000;
  const logs: string[] = [];
  let droppedLogs = 0;
  const trace: RunTrace = { events: [], optimizers: [], plots: {}, elapsedMs: 0 };
  const optRefs = new Map<number, { name: string; ref: unknown }>();
  let backwardCount = 0;

  const log = (kind: LogKind, args: unknown[]) => {
    if (logs.length >= maxLog) {
      droppedLogs++;
      return;
    }
    const text = formatArgs(args);
    logs.push(kind === 'log' ? text : `${kind === 'warn' ? 'Warning' : 'Error'}: ${text}`);
    opts.onLog?.(text, kind);
  };
  const print = (...args: unknown[]) => log('log', args);
  const cellConsole = {
    log: print, info: print, debug: print,
    warn: (...a: unknown[]) => log('warn', a),
    error: (...a: unknown[]) => log('error', a),
    table: print, dir: print,
  };
  const toNumber = (v: unknown): number => {
    if (typeof v === 'number') return v;
    if (v && typeof (v as { item?: unknown }).item === 'function') return Number((v as { item(): unknown }).item());
    return Number(v);
  };
  const addPoint = (series: string, x: number, y: number, o?: PlotOptions) => {
    const pts = (trace.plots[series] ??= []);
    if (pts.length >= maxPoints) return;
    pts.push([x, y]);
    opts.onPlot?.(series, x, y, o);
  };
  const plot = (series: unknown, x: unknown, y?: unknown, o?: PlotOptions) => {
    const name = String(series);
    if (y === undefined || (typeof y === 'object' && y !== null && !('item' in y))) {
      // plot(series, y) or plot(series, y, opts): x is the point's index
      addPoint(name, trace.plots[name]?.length ?? 0, toNumber(x), y as PlotOptions | undefined);
    } else addPoint(name, toNumber(x), toNumber(y), o);
  };

  const nsTorch = Object.assign(Object.create(engine.torch) as object, {
    torch: engine.torch, nn: engine.nn, optim: engine.optim, F: engine.F, default: engine.torch,
  });
  const tOptim = engine.torch.optim as Record<string, unknown> | undefined;
  const modules: Record<string, unknown> = {
    torch: nsTorch,
    'torch/nn': engine.nn,
    'torch.nn': engine.nn,
    'torch/optim': engine.optim,
    'torch.optim': engine.optim,
    'torch/nn/functional': engine.F,
    'torch.nn.functional': engine.F,
    'torch/optim/lr_scheduler': tOptim?.lr_scheduler,
    'torch.optim.lr_scheduler': tOptim?.lr_scheduler,
  };
  const __import = (spec: string) => {
    const mod = modules[spec];
    if (mod === undefined) {
      const e = new Error(`No module named '${spec}' (cells can import only "torch", "torch/nn", "torch/optim", "torch/nn/functional")`);
      e.name = 'ModuleNotFoundError';
      throw e;
    }
    const m = mod as Record<string, unknown>;
    return 'default' in m ? m : Object.assign(Object.create(m) as object, { default: m });
  };

  const __dynamicImport = (spec: unknown) => {
    const e = new Error(`import(${JSON.stringify(String(spec))}) is not available in cells; use import … from "torch"`);
    e.name = 'ImportError';
    return Promise.reject(e);
  };

  const unsubscribe = engine.onTrainingEvent((e) => {
    if (trace.events.length < maxEvents) trace.events.push(stripRef(e));
    if (e.type === 'optimizer:create') optRefs.set(e.optimizer, { name: e.name, ref: (e as { ref?: unknown }).ref });
    if (e.type === 'warning') log('warn', [`${e.category}: ${e.message}`]);
    if (e.type === 'backward' && opts.autoplot) addPoint('loss', backwardCount, e.loss);
    if (e.type === 'backward') backwardCount++;
    opts.onEvent?.(e);
  });

  let transpiled: Transpiled | undefined;
  const offset = lineOffset(compile);
  let status: RunResult['status'] = 'ok';
  let error: RunError | undefined;
  try {
    // A previous run ended by a timeout may have left global modes switched (e.g. inside torch.no_grad):
    // every run starts from PyTorch's defaults.
    engine.torch.set_grad_enabled?.(true);
    engine.torch.set_default_dtype?.(engine.torch['float32']);
    if (opts.seed !== undefined) engine.torch.manual_seed?.(opts.seed);
    transpiled = transpile(code);
    const fn = compile(PARAMS, PREFIX + transpiled.js + SUFFIX);
    await fn(engine.torch, engine.nn, engine.optim, engine.F, plot, print, cellConsole, __import, __dynamicImport);
  } catch (e) {
    status = 'error';
    error = toRunError(e, transpiled, offset);
    // V8 gives no position for a stray `#` (a Python comment): point at the first such line
    if (error.kind === 'syntax' && error.line === undefined) {
      const at = pythonCommentAt(code);
      if (at) Object.assign(error, at);
    }
  } finally {
    unsubscribe();
    opts.onCodeEnd?.();
  }
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
}
