/**
 * Checkpoint of lesson 07: a scheduler that halves the lr every 10 epochs (one optimizer step per epoch in the
 * given loop). Any scheduler with that effect passes: the checker reads the lr each optimizer.step() used.
 */
import { isVerdict, requireOptimizer, runFailure, trainingFailure } from '../../../src/exercises/common';
import { close, fmt } from '../../../src/exercises/trace';
import { defineExercise, fail, pass } from '../../../src/exercises/types';

export const schedule = { every: 10, factor: 0.5, minEpochs: 21 } as const;

/** lr expected at epoch k (0-based) from the initial lr. */
export const expectedLr = (lr0: number, k: number) => lr0 * schedule.factor ** Math.floor(k / schedule.every);

export default defineExercise({
  id: 'cp-halve-every-10',
  kind: 'code',
  budgetMs: 5_000,
  check({ result }) {
    const broken = runFailure(result, 5_000);
    if (broken || !result) return broken ?? fail('check.run.missing');
    const run = requireOptimizer(result);
    if (isVerdict(run)) return run;
    const lrs = run.stepLrs;
    if (lrs.length < schedule.minEpochs) return fail('check.sched.tooShort', { expected: schedule.minEpochs, actual: lrs.length });
    const lr0 = lrs[0]!;
    const k = lrs.findIndex((lr, i) => !close(lr, expectedLr(lr0, i), 1e-6));
    if (k >= 0) {
      if (lrs.every((lr) => lr === lr0)) return fail('check.sched.constant', { lr: fmt(lr0) });
      const early = result.trace.events.some((e) => e.type === 'scheduler:step' && e.beforeOptimizerStep);
      if (early) return fail('check.sched.beforeStep');
      return fail('check.sched.mismatch', { epoch: k, expected: fmt(expectedLr(lr0, k)), actual: fmt(lrs[k]!) });
    }
    return trainingFailure(result, run) ?? pass('check.sched.pass', { lr0: fmt(lr0), lr: fmt(lrs.at(-1)!) });
  },
});
