/**
 * Checkpoint of lesson 05: fix a loop whose steps are out of order. Every iteration must clear gradients before
 * backward() (anywhere: start or end of the loop), call backward() before step(), and the loss must go down.
 */
import { isVerdict, requireOptimizer, runFailure, trainingFailure } from '../../../src/exercises/common';
import { fmt } from '../../../src/exercises/trace';
import { defineExercise, defineMessages } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.order.pass': 'Passed! Every iteration clears, runs backward, then steps, and the loss fell from {first} to {last}.',
  },
  zh: {
    'check.order.pass': '通过！每轮都是先清空、再反向传播、最后更新，损失从 {first} 降到了 {last}。',
  },
});
const { fail, pass } = feedback;

/** Time budget of the check run (ms). */
const budgetMs = 5_000;

export default defineExercise({
  id: 'cp-fix-order',
  messages: feedback.messages,
  kind: 'code',
  budgetMs,
  check({ result }) {
    const broken = runFailure(result, budgetMs);
    if (broken || !result) return broken ?? fail('check.run.missing');
    const run = requireOptimizer(result);
    if (isVerdict(run)) return run;
    const bad = trainingFailure(result, run, { decreaseFactor: 0.5 });
    if (bad) return bad;
    return pass('check.order.pass', { first: fmt(run.losses[0]!), last: fmt(run.losses.at(-1)!) });
  },
});
