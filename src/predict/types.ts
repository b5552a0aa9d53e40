/**
 * "Think, then run" (issue 12 §5): a one-click prediction that belongs to a cell, not to a lesson page.
 * Each lives in `content/cells/<cellId>.predict.ts` (default export, made with `definePrediction`); CodeCell
 * renders it above the editor when the file exists (src/components/Predict.astro), and running reveals it.
 * `happened(result)` reads what a run of the cell really did; src/predict/predictions.test.ts runs every cell
 * with the engine and requires `happened(...) === answer`, so the stated answer is what the cell does.
 */
import type { RunResult } from '../runner/types';

/** A text in both languages. */
export interface Text {
  en: string;
  zh: string;
}

export interface PredictChoice {
  /** stable id kept in progress: lowercase letters, digits, dashes */
  id: string;
  label: Text;
  /** one line: why this choice is right, or why it is not */
  why: Text;
}

export interface Prediction {
  question: Text;
  choices: PredictChoice[];
  /** the id of the choice the lesson's code produces */
  answer: string;
  /**
   * Which choice a run produced (from its printed lines and plots), or null when it cannot tell.
   * `twin` is the run of the cell named by `compareWith`, for "same as the cell above?" questions.
   */
  happened(result: RunResult, twin?: RunResult): string | null;
  /** another cell whose run `happened` compares against */
  compareWith?: string;
}

const CHOICE_ID = /^[a-z0-9][a-z0-9-]{0,40}$/;

/** Checks the shape at build time: 2–5 choices with unique valid ids, the answer among them, no empty text. */
export function definePrediction(p: Prediction): Prediction {
  const ids = p.choices.map((c) => c.id);
  const texts = [p.question, ...p.choices.flatMap((c) => [c.label, c.why])];
  if (ids.length < 2 || ids.length > 5) throw new Error(`prediction needs 2–5 choices, got ${ids.length}`);
  if (new Set(ids).size !== ids.length || !ids.every((id) => CHOICE_ID.test(id))) throw new Error(`bad choice ids: ${ids.join(', ')}`);
  if (!ids.includes(p.answer)) throw new Error(`answer "${p.answer}" is not a choice`);
  if (texts.some((t) => !t.en.trim() || !t.zh.trim())) throw new Error('every prediction text needs en and zh');
  return p;
}

/** What a page needs to show one prediction in one language (no functions: it is serialised into the HTML). */
export interface PredictionView {
  question: string;
  answer: string;
  choices: { id: string; label: string; why: string }[];
}

export function viewOf(p: Prediction, lang: 'en' | 'zh'): PredictionView {
  return {
    question: p.question[lang],
    answer: p.answer,
    choices: p.choices.map((c) => ({ id: c.id, label: c.label[lang], why: c.why[lang] })),
  };
}
