/**
 * Types shared by every checker. A checker is a pure function from what the learner did (the RunResult of their
 * code, and/or the choice they picked) to a verdict made of an i18n key plus parameters — never prose.
 *
 * RunResult/RunTrace are the runner's own types (src/runner/types.ts, docs/CONTRACTS.md §4), imported as types
 * only, so checkers can be unit-tested with hand-made traces and fed by the runner (worker or Node).
 */
import type { OptimizerSnapshot, RunResult } from '../runner/types';
import checks from '../i18n/strings/checks';

export type { TrainingEvent } from '../engine/events';
export type { RunError, RunResult, RunTrace } from '../runner/types';
export type { OptimizerSnapshot as TraceOptimizer };
/** One parameter's final values in a trace. */
export type TraceParam = OptimizerSnapshot['groups'][number]['params'][number];

/** Every key of the `checks` namespace (feedback messages are keys of it). */
export type CheckKey = keyof (typeof checks)['en'];

export type Params = Record<string, string | number>;

/**
 * A verdict: pass or fail, with ONE message: a key of the shared `checks` namespace or of the exercise's own
 * `messages`, and its parameters.
 */
export interface Verdict {
  pass: boolean;
  key: string;
  params?: Params;
}

/** An exercise's own feedback, in both languages with the same keys (tests/exercises.test.ts checks parity). */
export interface Messages<K extends string = string> {
  readonly en: Readonly<Record<K, string>>;
  readonly zh: Readonly<Record<K, string>>;
}

/** Time budget of a check run when the exercise names none (ms): the runner's default. */
export { DEFAULT_BUDGET_MS } from '../runner/types';

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
  /** The folder's name (content/exercises/<id>/). */
  id: string;
  kind: ExerciseKind;
  /** Choice ids the checker knows (quiz/predict/code). The MDX `<Choice value>`s must be among them. */
  choices?: readonly string[];
  /**
   * The right choice: for a quiz, the answer key; for predict/code exercises, the choice that the given cell
   * (predict) or the reference solution (code) supports when run unchanged. Tests derive their expectations from it.
   */
  answer?: string;
  /** Time budget for the check run (ms); DEFAULT_BUDGET_MS when absent. */
  budgetMs?: number;
  /** This exercise's own feedback messages (keys its checker returns besides the shared `checks` ones). */
  messages?: Messages;
  check(input: CheckInput): Verdict;
}

export const pass = (key: CheckKey = 'check.pass', params?: Params): Verdict => ({ pass: true, key, params });
export const fail = (key: CheckKey, params?: Params): Verdict => ({ pass: false, key, params });

/**
 * An exercise's messages plus `pass`/`fail` that accept its own keys as well as the shared ones (typed, so a
 * misspelt key does not compile): `const { messages, pass, fail } = defineMessages({ en: {…}, zh: {…} })`.
 */
export function defineMessages<K extends string>(messages: Messages<K>) {
  return {
    messages,
    pass: (key: CheckKey | K = 'check.pass', params?: Params): Verdict => ({ pass: true, key, params }),
    fail: (key: CheckKey | K, params?: Params): Verdict => ({ pass: false, key, params }),
  };
}

/** Typed identity: `export default defineExercise({ … })` in content/exercises/<id>/exercise.ts. */
export const defineExercise = <T extends ExerciseDef>(def: T): T => def;

/** The text of a verdict key in a language: the exercise's own message first, then the shared `checks` one. */
export function messageText(def: Pick<ExerciseDef, 'messages'> | undefined, lang: 'en' | 'zh', key: string): string | undefined {
  return def?.messages?.[lang][key] ?? (checks[lang] as Record<string, string>)[key];
}
