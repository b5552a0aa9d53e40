/**
 * The engine-independent heart of `execute`: builds the cell's environment (engine names, `plot`, `print`,
 * a console that writes to the output), compiles the transpiled code with a known line offset, runs it,
 * records training events and plots, and classifies errors with the learner's line and column.
 * `execute.ts` binds it to the real engine; `node-vm.ts` swaps the compiler for node:vm with a timeout.
 */
import { fullWidthAt, pythonCommentAt } from './python-habits';
import { CellSyntaxError, mapColumn, transpile, type Transpiled } from './transpile';
import { openSession, type SessionEngine, type SessionOptions } from './session';
import type { RunError, RunResult } from './types';

/** What the runner needs from the engine (src/engine/core.ts + events.ts). */
export interface EngineBinding extends SessionEngine {
  nn: unknown;
  optim: unknown;
  F: unknown;
  /** Loads what this code needs before it runs (the engine's extras chunk when it names a lazy name). */
  prepare?: (code: string) => Promise<void>;
}

/** Compiles a function from parameter names and a body (default: `new Function`). */
export type Compiler = (params: string[], body: string) => (...args: unknown[]) => unknown;

/** Options of a run (seed, autoplot, callbacks, caps): see ./session.ts. */
export type ExecuteOptions = SessionOptions;

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

/** Runs one cell against the given engine. Never throws: errors come back in the RunResult. */
export async function executeWith(
  engine: EngineBinding,
  code: string,
  opts: ExecuteOptions = {},
  compile: Compiler = defaultCompiler,
): Promise<RunResult> {
  const session = openSession(engine, opts);
  const { log, plot } = session;
  const print = (...args: unknown[]) => log('log', args);
  const cellConsole = {
    log: print, info: print, debug: print,
    warn: (...a: unknown[]) => log('warn', a),
    error: (...a: unknown[]) => log('error', a),
    table: print, dir: print,
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

  let transpiled: Transpiled | undefined;
  const offset = lineOffset(compile);
  let status: RunResult['status'] = 'ok';
  let error: RunError | undefined;
  try {
    transpiled = transpile(code);
    await engine.prepare?.(code);
    const fn = compile(PARAMS, PREFIX + transpiled.js + SUFFIX);
    await fn(engine.torch, engine.nn, engine.optim, engine.F, plot, print, cellConsole, __import, __dynamicImport);
  } catch (e) {
    status = 'error';
    error = toRunError(e, transpiled, offset);
    // V8 gives no position for a stray `#` (a Python comment) or full-width punctuation: point at the first one
    if (error.kind === 'syntax' && error.line === undefined) {
      const at = fullWidthAt(code) ?? pythonCommentAt(code);
      if (at) Object.assign(error, { line: at.line, column: at.column });
    }
  }
  return session.finish(status, error);
}
