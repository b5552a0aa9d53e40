/**
 * Checkpoint of lesson 05: fix a loop whose steps are out of order. Every iteration must clear gradients before
 * backward() (anywhere: start or end of the loop), call backward() before step(), and the loss must go down.
 */
import { isVerdict, requireOptimizer, runFailure, trainingFailure } from '../../../src/exercises/common';
import { fmt } from '../../../src/exercises/trace';
import { defineExercise, fail, pass } from '../../../src/exercises/types';

export default defineExercise({
  id: 'cp-fix-order',
  kind: 'code',
  budgetMs: 5_000,
  check({ result }) {
    const broken = runFailure(result, 5_000);
    if (broken || !result) return broken ?? fail('check.run.missing');
    const run = requireOptimizer(result);
    if (isVerdict(run)) return run;
    const bad = trainingFailure(result, run, { decreaseFactor: 0.5 });
    if (bad) return bad;
    return pass('check.order.pass', { first: fmt(run.losses[0]!), last: fmt(run.losses.at(-1)!) });
  },
});
