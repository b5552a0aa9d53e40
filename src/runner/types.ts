/** Shapes shared by the runner's parts (docs/CONTRACTS.md §4). */
import type { TrainingEvent } from '../engine/events';

/** Time budget of a run when nobody names one (ms): cells, exercise checks. The one place it is written. */
export const DEFAULT_BUDGET_MS = 10_000;

export type RunStatus = 'ok' | 'error' | 'timeout' | 'stopped';

export interface RunError {
  kind: 'syntax' | 'runtime' | 'memory';
  name: string;
  message: string;
  /** 1-based line in the learner's code */
  line?: number;
  /** 1-based column in the learner's code */
  column?: number;
}

export interface OptimizerSnapshot {
  id: number;
  name: string;
  groups: { lr: number; options: Record<string, unknown>; params: { id: number; shape: number[]; data: number[] }[] }[];
}

export interface RunTrace {
  /** training events without `ref` fields, capped */
  events: TrainingEvent[];
  /** final values, snapshotted after the run */
  optimizers: OptimizerSnapshot[];
  plots: Record<string, [number, number][]>;
  elapsedMs: number;
}

export interface RunResult {
  status: RunStatus;
  error?: RunError;
  logs: string[];
  trace: RunTrace;
}

export type LogKind = 'log' | 'warn' | 'error';

export interface PlotOptions {
  /** log-scale y axis for this series' chart */
  log?: boolean;
}

export function emptyTrace(): RunTrace {
  return { events: [], optimizers: [], plots: {}, elapsedMs: 0 };
}
