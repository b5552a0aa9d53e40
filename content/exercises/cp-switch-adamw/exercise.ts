/**
 * Checkpoint of lesson 06: switch the loop's optimizer to AdamW with lr 1e-3 and weight_decay 0.01.
 * (AdamW's default weight_decay is 0.01 in PyTorch, so leaving it out is also right.)
 */
import { requireOptimizer, isVerdict, runFailure, trainingFailure } from '../../../src/exercises/common';
import { close, fmt } from '../../../src/exercises/trace';
import { defineExercise, fail, pass } from '../../../src/exercises/types';

export const expected = { name: 'AdamW', lr: 1e-3, weight_decay: 0.01 } as const;

export default defineExercise({
  id: 'cp-switch-adamw',
  kind: 'code',
  budgetMs: 5_000,
  check({ result }) {
    const broken = runFailure(result, 5_000);
    if (broken || !result) return broken ?? fail('check.run.missing');
    const run = requireOptimizer(result);
    if (isVerdict(run)) return run;
    const wd = Number(run.options.weight_decay ?? 0);
    if (run.name === 'Adam' && wd > 0) return fail('check.adamw.adamWithDecay', { wd: fmt(wd) });
    if (run.name !== expected.name) return fail('check.train.wrongOptimizer', { expected: expected.name, actual: run.name });
    if (!close(run.lr, expected.lr, 1e-9)) return fail('check.adamw.lr', { expected: '1e-3', actual: fmt(run.lr) });
    if (!close(wd, expected.weight_decay, 1e-9)) return fail('check.adamw.wd', { expected: expected.weight_decay, actual: fmt(wd) });
    return trainingFailure(result, run) ?? pass('check.adamw.pass');
  },
});
