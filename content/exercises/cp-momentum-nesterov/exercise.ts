/** Checkpoint of lesson 04: SGD with momentum 0.9 and Nesterov momentum (any lr in [0.001, 0.1]). */
import { isVerdict, requireOptimizer, runFailure, trainingFailure } from '../../../src/exercises/common';
import { close, fmt } from '../../../src/exercises/trace';
import { defineExercise, fail, pass } from '../../../src/exercises/types';

export const bounds = { lrMin: 0.001, lrMax: 0.1, momentum: 0.9 } as const;

export default defineExercise({
  id: 'cp-momentum-nesterov',
  kind: 'code',
  budgetMs: 5_000,
  check({ result }) {
    const broken = runFailure(result, 5_000);
    if (broken || !result) return broken ?? fail('check.run.missing');
    const run = requireOptimizer(result, 'SGD');
    if (isVerdict(run)) return run;
    const { lr } = run;
    if (!(lr >= bounds.lrMin && lr <= bounds.lrMax)) {
      return fail('check.lrRange', { lr: fmt(lr), min: bounds.lrMin, max: bounds.lrMax });
    }
    const momentum = Number(run.options.momentum ?? 0);
    if (!close(momentum, bounds.momentum, 1e-9)) {
      return fail('check.momentum.value', { expected: bounds.momentum, actual: fmt(momentum) });
    }
    if (run.options.nesterov !== true) return fail('check.momentum.nesterov');
    return trainingFailure(result, run) ?? pass('check.momentum.pass', { lr: fmt(lr) });
  },
});
