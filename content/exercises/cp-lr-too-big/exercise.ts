/**
 * Checkpoint of lesson 03 (predict, then run): f(x) = x², x0 = 1, lr = 1.1. Each step multiplies x by
 * 1 − 2·lr = −1.2, so |x| grows by 20% per step while flipping sign: it diverges.
 * The pick passes when it matches what the learner's run of the cell shows (they may edit lr and re-check).
 */
import { runFailure } from '../../../src/exercises/common';
import { classify } from '../../../src/exercises/predict';
import { defineExercise, fail, pass } from '../../../src/exercises/types';

export const choices = ['converges', 'oscillates-converges', 'diverges', 'stuck'] as const;
/** What the given cell (starter.ts, unchanged) shows. */
export const answer = 'diverges';

export default defineExercise({
  id: 'cp-lr-too-big',
  kind: 'predict',
  choices,
  budgetMs: 5_000,
  check({ result, choice }) {
    if (!choice) return fail('check.choose');
    const broken = runFailure(result, 5_000);
    if (broken || !result) return broken ?? fail('check.run.missing');
    const seen = classify(result.trace);
    if (!seen) return fail('check.predict.noRun');
    if (seen.includes(choice as (typeof seen)[number])) return pass('check.predict.pass', { observed: choice });
    return fail('check.predict.wrong', { choice, observed: seen[0]! });
  },
});
