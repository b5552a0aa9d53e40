/**
 * Python cells: `installTorch(pyodide)` puts the `torch` package (src/python/torch) into Pyodide's file system
 * and registers the engine bridge; `executePython(pyodide, code, opts)` runs one program and returns the same
 * `RunResult` as `execute()` (src/runner/execute.ts): logs, training events, optimizer snapshots, plots, and
 * errors with the learner's Python line, `kind: 'syntax' | 'runtime' | 'memory'` and the exception's name.
 * Runs in the browser worker and in Node (vitest) alike; the caller loads Pyodide (`loadPyodide`).
 */
import { onTrainingEvent } from '../engine/events';
import { torch } from '../engine/index';
import { openSession, type SessionOptions } from '../runner/session';
import type { RunError, RunResult } from '../runner/types';
import { createBridge, type Bridge } from './bridge';
import { pythonFiles } from './files';

export type { RunResult, RunTrace, RunError } from '../runner/types';
export type PythonExecuteOptions = SessionOptions;

/** The part of Pyodide's API used here (the `pyodide` npm package's PyodideAPI satisfies it). */
export interface PyodideLike {
  FS: { mkdirTree(path: string): void; writeFile(path: string, data: string): void };
  registerJsModule(name: string, module: object): void;
  runPython(code: string, opts?: { globals?: unknown }): unknown;
  pyimport(name: string): unknown;
}

/** Where the package lives inside Pyodide's file system (on sys.path). */
export const PACKAGE_DIR = '/home/pyodide/oc';
/** The JS module name the Python package imports the engine from. */
export const BRIDGE_MODULE = '_oc_engine';

interface Installed {
  bridge: Bridge;
  run: (code: string) => { toJs(o: { dict_converter: (e: Iterable<[string, unknown]>) => unknown }): unknown; destroy(): void } | undefined;
  fresh: () => void;
}
const installed = new WeakMap<object, Installed>();

/** Writes the package into Pyodide, registers the bridge, imports torch and seals learner code off from JS. Idempotent. */
export function installTorch(pyodide: PyodideLike): void {
  if (installed.has(pyodide)) return;
  for (const [path, source] of Object.entries(pythonFiles)) {
    const full = `${PACKAGE_DIR}/${path}`;
    pyodide.FS.mkdirTree(full.slice(0, full.lastIndexOf('/')));
    pyodide.FS.writeFile(full, source);
  }
  const bridge = createBridge();
  pyodide.registerJsModule(BRIDGE_MODULE, bridge);
  pyodide.runPython(`import sys\nif ${JSON.stringify(PACKAGE_DIR)} not in sys.path: sys.path.insert(0, ${JSON.stringify(PACKAGE_DIR)})\nimport _oc_runner\n_oc_runner.install()`);
  const runner = pyodide.pyimport('_oc_runner') as { run: Installed['run']; fresh: () => void };
  installed.set(pyodide, { bridge, run: (code) => runner.run(code), fresh: () => runner.fresh() });
}

/**
 * Between two runs on the same interpreter (the browser's Python worker serves many): imports the `torch`
 * package afresh and restores the builtins, so a program's monkeypatches (`torch.zeros = None`) end with it.
 * Each run already gets fresh globals, and openSession resets grad mode, default dtype and the seed.
 */
export function freshTorch(pyodide: PyodideLike): void {
  installTorch(pyodide);
  installed.get(pyodide)!.fresh();
}

/** Runs one Python program. Never throws: syntax, runtime and memory errors come back in `RunResult.error`. */
export async function executePython(pyodide: PyodideLike, code: string, opts: PythonExecuteOptions = {}): Promise<RunResult> {
  installTorch(pyodide);
  const { bridge, run } = installed.get(pyodide)!;
  const session = openSession({ torch: torch as unknown as Parameters<typeof openSession>[0]['torch'], onTrainingEvent }, opts);
  bridge.sink = { write: (text, kind) => session.logText(kind, text), plot: session.plot };
  let error: RunError | undefined;
  let status: RunResult['status'] = 'ok';
  try {
    const r = run(code);
    if (r) {
      const e = r.toJs({ dict_converter: (entries) => Object.fromEntries(entries) }) as RunError & { stopped?: boolean };
      r.destroy();
      if (e.stopped) status = 'stopped';
      else {
        status = 'error';
        error = { kind: e.kind, name: e.name, message: e.message };
        if (e.line != null) error.line = e.line;
        if (e.column != null) error.column = e.column;
      }
    }
  } catch (e) {
    // a failure of the layer itself (not of the learner's program)
    status = 'error';
    error = { kind: 'runtime', name: (e as Error).name || 'Error', message: (e as Error).message ?? String(e) };
  } finally {
    bridge.sink = { write() {}, plot() {} };
  }
  return session.finish(status, error);
}
