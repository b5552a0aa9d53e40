/** Messages between the page (client.ts) and the cell worker (worker.ts). */
import type { TrainingEvent } from '../engine/events';
import type { Tip } from './coach';
import type { OutputReport } from './output-cap';
import type { LogKind, RunResult } from './types';

export interface RunRequest {
  type: 'run';
  /** echoed in every reply; replies with another token are ignored */
  token: string;
  code: string;
  autoplot: boolean;
  seed?: number;
}

/** The page's first message to a Python worker: start, from this interpreter snapshot when the page has one. */
export interface PythonInit {
  type: 'init';
  snapshot?: ArrayBuffer;
}

export interface PlotPoint {
  series: string;
  x: number;
  y: number;
  log?: boolean;
}

export interface LogLine {
  text: string;
  kind: LogKind;
}

export type WorkerReply =
  | { type: 'ready' }
  /** a Python worker loading Pyodide: bytes of its files loaded so far, of total */
  | { type: 'progress'; loaded: number; total: number }
  /** a Python worker's memory snapshot of a freshly started interpreter, for the next workers (python-worker.ts) */
  | { type: 'snapshot'; data: ArrayBuffer }
  | { type: 'started'; token: string }
  /** the learner's code has ended; the worker is collecting the result (the budget no longer applies) */
  | { type: 'ended'; token: string }
  | { type: 'batch'; token: string; logs: LogLine[]; plots: PlotPoint[]; events: TrainingEvent[]; tips: Tip[] }
  /** what the worker's output caps removed (output-cap.ts); sent once, before `done`, when anything was */
  | { type: 'truncated'; token: string; report: OutputReport }
  | { type: 'done'; token: string; result: RunResult };
