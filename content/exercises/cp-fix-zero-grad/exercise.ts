/**
 * Checkpoint of lesson 08: fix a loop that forgets zero_grad() (model.zero_grad() works too). Every iteration must clear gradients before
 * backward() (anywhere: start or end of the loop), call backward() before step(), and the loss must go down.
 */
import { isVerdict, requireOptimizer, runFailure, trainingFailure } from '../../../src/exercises/common';
import { fmt } from '../../../src/exercises/trace';
import { defineExercise, defineMessages } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.zero.pass': 'Passed! Gradients are cleared before every backward, and the loss fell from {first} to {last}.',
  },
  zh: {
    'check.zero.pass': '通过！每次反向传播前梯度都清空了，损失从 {first} 降到了 {last}。',
  },
});
const { fail, pass } = feedback;

/** Time budget of the check run (ms). */
const budgetMs = 5_000;

export default defineExercise({
  id: 'cp-fix-zero-grad',
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
    return pass('check.zero.pass', { first: fmt(run.losses[0]!), last: fmt(run.losses.at(-1)!) });
  },
});
