/**
 * Checkpoint of lesson 03 (predict, then run): f(x) = x², x0 = 1, lr = 1.1. Each step multiplies x by
 * 1 − 2·lr = −1.2, so |x| grows by 20% per step while flipping sign: it diverges.
 * The pick passes when it matches what the learner's run of the cell shows (they may edit lr and re-check).
 */
import { runFailure } from '../../../src/exercises/common';
import { classify } from '../../../src/exercises/predict';
import { defineExercise, defineMessages } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.predict.noRun': 'The cell did not run any gradient-descent steps. Keep the loop as given.',
    'check.predict.pass': 'Your prediction matches the run: “{observed}”. Look at how x moves in the output.',
    'check.predict.wrong': 'You predicted “{choice}”, but the run shows “{observed}”. Look at the x values the cell printed: what does each step multiply x by?',
  },
  zh: {
    'check.predict.noRun': '代码没有执行任何梯度下降步骤。请保持循环原样。',
    'check.predict.pass': '预测正确，运行结果正是“{observed}”。看看输出里 x 是怎么变化的。',
    'check.predict.wrong': '你预测的是“{choice}”，运行结果却是“{observed}”。看看代码打印出的 x：每一步 x 都乘上了多少？',
  },
});
const { fail, pass } = feedback;

export const choices = ['converges', 'oscillates-converges', 'diverges', 'stuck'] as const;

/** Time budget of the check run (ms). */
const budgetMs = 5_000;

export default defineExercise({
  id: 'cp-lr-too-big',
  messages: feedback.messages,
  kind: 'predict',
  choices,
  answer: 'diverges', // what the given cell (starter.ts, unchanged) shows
  budgetMs,
  check({ result, choice }) {
    if (!choice) return fail('check.choose');
    const broken = runFailure(result, budgetMs);
    if (broken || !result) return broken ?? fail('check.run.missing');
    const seen = classify(result.trace);
    if (!seen) return fail('check.predict.noRun');
    if (seen.includes(choice as (typeof seen)[number])) return pass('check.predict.pass', { observed: choice });
    return fail('check.predict.wrong', { choice, observed: seen[0]! });
  },
});
