/**
 * Checkpoint of lesson 08: gradient accumulation. Eight micro-batches of 8 per epoch, one optimizer step per 4 of
 * them, each micro-batch loss divided by 4 so that the accumulated gradient is the mean over 32 samples. Judged on
 * behaviour: 4 backward() per step(), gradients really added up between steps, and the final parameters equal those
 * of real PyTorch running solution.py (`divided`); `notDivided` is the same run without the division (every step
 * then uses 4 times the gradient).
 */
import { isVerdict, requireOptimizer, runFailure } from '../../../src/exercises/common';
import { close, finalParams, firstAccumulation } from '../../../src/exercises/trace';
import { defineExercise, fail, pass } from '../../../src/exercises/types';

export const ACCUM_STEPS = 4;

/** Final [weight (4), bias] from real PyTorch 2.14 (scripts: solution.py, and the same without `loss / accum_steps`). */
export const reference = {
  divided: [0.9031208157539368, -1.9749304056167603, 0.5612860918045044, 2.9019196033477783, 0.46945807337760925],
  notDivided: [0.9999998211860657, -1.9999992847442627, 0.5000001788139343, 2.999999523162842, 0.49999964237213135],
} as const;

const matches = (values: number[], ref: readonly number[]) =>
  values.length === ref.length && ref.every((r, i) => close(values[i]!, r, 1e-4, 1e-6));

export default defineExercise({
  id: 'cp-accumulate',
  kind: 'code',
  budgetMs: 10_000,
  check({ result }) {
    const broken = runFailure(result, 10_000);
    if (broken || !result) return broken ?? fail('check.run.missing');
    const run = requireOptimizer(result, 'SGD');
    if (isVerdict(run)) return run;
    if (run.losses.length === 0) return fail('check.train.noBackward', { optimizer: run.name });
    if (run.steps === 0) return fail('check.train.noStep', { optimizer: run.name });
    if (run.losses.length !== ACCUM_STEPS * run.steps) {
      return fail('check.accum.cadence', { backwards: run.losses.length, steps: run.steps, per: ACCUM_STEPS });
    }
    if (firstAccumulation(result.trace.events, run.params) < 0) return fail('check.accum.cleared', { per: ACCUM_STEPS });
    const values = finalParams(result.trace, run.id).flatMap((p) => p.data);
    if (matches(values, reference.divided)) return pass('check.accum.pass', { steps: run.steps, per: ACCUM_STEPS });
    if (matches(values, reference.notDivided)) return fail('check.accum.notDivided', { per: ACCUM_STEPS });
    return fail('check.accum.mismatch', { per: ACCUM_STEPS });
  },
});
