/**
 * `execute(code, opts) → RunResult`: transpile a cell with sucrase and run it against the real engine, recording
 * its trace (docs/CONTRACTS.md §4). Pure JavaScript: runs in the cell worker and in Node (vitest) alike, so
 * exercise checkers can be tested without a browser. For code that may never finish (endless loops) in Node,
 * use `executeInVm` from ./node-vm instead.
 */
import { torch, nn, optim, F, loadExtras, needsExtras } from '../engine/core';
import { onTrainingEvent } from '../engine/events';
import { executeWith, type EngineBinding, type ExecuteOptions } from './core';
import type { RunResult } from './types';
import type { Namespaces } from './python-habits';

export { transpile } from './transpile';
export type { ExecuteOptions } from './core';
export type { RunResult, RunTrace, RunError, RunStatus, PlotOptions, LogKind } from './types';

/**
 * The real engine, as the runner sees it: the core, plus the extras chunk (schedulers, LBFGS, the rarer
 * optimizers, torch.utils.data, gradient clipping) loaded before the run when the code names any of them.
 */
export const engineBinding: EngineBinding = {
  torch: torch as unknown as EngineBinding['torch'],
  nn,
  optim,
  F,
  onTrainingEvent,
  prepare: (code) => (needsExtras(code) ? loadExtras() : Promise.resolve()),
};

/** The engine's namespaces as cells name them, for the "did you mean" coach tip. */
export const engineNamespaces: Namespaces = { torch, nn, optim, F, lr_scheduler: optim.lr_scheduler };

/** Runs one cell. Never throws: syntax, runtime and memory errors come back in `RunResult.error`. */
export function execute(code: string, opts: ExecuteOptions = {}): Promise<RunResult> {
  return executeWith(engineBinding, code, opts);
}
