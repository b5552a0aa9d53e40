/**
 * Types shared by every checker. A checker is a pure function from what the learner did (the RunResult of their
 * code, and/or the choice they picked) to a verdict made of an i18n key plus parameters — never prose.
 *
 * RunResult/RunTrace mirror docs/CONTRACTS.md §4 structurally, so checkers can be unit-tested with hand-made
 * traces and fed by the runner (worker or Node) without importing it.
 */
import type { TrainingEvent } from '../engine/events';
import type checks from '../i18n/strings/checks';

export type { TrainingEvent };

/** Every key of the `checks` namespace (feedback messages are keys of it). */
export type CheckKey = keyof (typeof checks)['en'];

export interface TraceParam {
  id: number;
  shape: number[];
  data: number[];
}

export interface TraceOptimizer {
  id: number;
  name: string;
  groups: { lr: number; options: Record<string, unknown>; params: TraceParam[] }[];
}

export interface RunTrace {
  events: TrainingEvent[];
  optimizers: TraceOptimizer[];
  plots: Record<string, [number, number][]>;
  elapsedMs: number;
}

export interface RunError {
  kind: 'syntax' | 'runtime' | 'memory';
  name: string;
  message: string;
  line?: number;
  column?: number;
}

export interface RunResult {
  status: 'ok' | 'error' | 'timeout' | 'stopped';
  error?: RunError;
  logs: string[];
  trace: RunTrace;
}

export type Params = Record<string, string | number>;

/** A verdict: pass or fail, with ONE message (an i18n key of `checks` and its parameters). */
export interface Verdict {
  pass: boolean;
  key: CheckKey;
  params?: Params;
}

/** What a checker gets: the run of the learner's code (code kinds) and/or their picked choice (quiz kinds). */
export interface CheckInput {
  result?: RunResult;
  choice?: string | null;
}

export type ExerciseKind = 'quiz' | 'predict' | 'code';

/**
 * The language-neutral definition of an exercise or checkpoint (content/exercises/<id>/exercise.ts default export).
 * Prose, choice labels and hints live in the MDX; answer keys, bounds and the checker live here.
 */
export interface ExerciseDef {
  id: string;
  kind: ExerciseKind;
  /** Choice ids the checker knows (quiz/predict). The MDX `<Choice value>`s should be among them. */
  choices?: readonly string[];
  /** Time budget for the check run (ms). */
  budgetMs?: number;
  check(input: CheckInput): Verdict;
}

export const pass = (key: CheckKey = 'check.pass', params?: Params): Verdict => ({ pass: true, key, params });
export const fail = (key: CheckKey, params?: Params): Verdict => ({ pass: false, key, params });

/** Typed identity: `export default defineExercise({ … })` in content/exercises/<id>/exercise.ts. */
export const defineExercise = <T extends ExerciseDef>(def: T): T => def;
