/**
 * `execute(code, opts) → RunResult`: transpile a cell with sucrase and run it against the real engine, recording
 * its trace (docs/CONTRACTS.md §4). Pure JavaScript: runs in the cell worker and in Node (vitest) alike, so
 * exercise checkers can be tested without a browser. For code that may never finish (endless loops) in Node,
 * use `executeInVm` from ./node-vm instead.
 */
import { onTrainingEvent } from '../engine/events';
import { executeWith, type EngineBinding, type ExecuteOptions } from './core';
import type { RunResult } from './types';

export { transpile } from './transpile';
export type { ExecuteOptions } from './core';
export type { RunResult, RunTrace, RunError, RunStatus, PlotOptions, LogKind } from './types';

// The engine's public entry (src/engine/index.ts: torch, nn, optim, F), bound through an eager glob so the
// runner builds even while the engine is still being written (then `execute` reports that it is missing).
const entry = Object.values(
  import.meta.glob<{ torch: EngineBinding['torch']; nn: unknown; optim: unknown; F: unknown }>('../engine/index.ts', { eager: true }),
)[0];

/** The real engine, as the runner sees it (undefined only while src/engine/index.ts does not exist). */
export const engineBinding: EngineBinding | undefined = entry
  ? { torch: entry.torch, nn: entry.nn, optim: entry.optim, F: entry.F, onTrainingEvent }
  : undefined;

/** Runs one cell. Never throws: syntax, runtime and memory errors come back in `RunResult.error`. */
export async function execute(code: string, opts: ExecuteOptions = {}): Promise<RunResult> {
  if (!engineBinding) {
    return {
      status: 'error',
      error: { kind: 'runtime', name: 'Error', message: 'the engine (src/engine/index.ts) is not available' },
      logs: [],
      trace: { events: [], optimizers: [], plots: {}, elapsedMs: 0 },
    };
  }
  return executeWith(engineBinding, code, opts);
}
