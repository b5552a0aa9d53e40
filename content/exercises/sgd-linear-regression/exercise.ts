/**
 * Exercise 1 — train a linear regression with SGD.
 * The data: y = 3x + 2 + noise (seeded in the starter). Pass: optim.SGD trained the two parameters, gradients
 * were cleared before every backward, the loss went down, and the fit ends near the truth.
 */
import { finalParams } from '../../../src/exercises/trace';
import { fmt } from '../../../src/exercises/trace';
import { isVerdict, requireOptimizer, runFailure, trainingFailure } from '../../../src/exercises/common';
import { defineExercise, defineMessages, type TraceParam } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.linreg.params': 'The SGD optimizer should train exactly two numbers, w and b (as two tensors or one); it was given {count} numbers.',
    'check.linreg.weight': 'w ended at {actual}, but it should end at {expected} ± {tol}. Train longer or with a larger learning rate.',
    'check.linreg.bias': 'b ended at {actual}, but it should end at {expected} ± {tol}. Train longer or with a larger learning rate.',
    'check.linreg.loss': 'The final loss is {actual}; it should be below {bound}.',
    'check.linreg.pass': 'Passed! SGD found w = {w} and b = {b} (the truth is 3 and 2), with a final loss of {loss}.',
  },
  zh: {
    'check.linreg.params': 'SGD 优化器应该只训练两个数：w 和 b（放在两个张量里或一个张量里都行）。它拿到的却是 {count} 个数。',
    'check.linreg.weight': 'w 最后是 {actual}，应该落在 {expected} ± {tol} 以内。多训练几轮，或者把学习率调大些。',
    'check.linreg.bias': 'b 最后是 {actual}，应该落在 {expected} ± {tol} 以内。多训练几轮，或者把学习率调大些。',
    'check.linreg.loss': '最终损失是 {actual}，应该低于 {bound}。',
    'check.linreg.pass': '通过！SGD 找到了 w = {w}、b = {b}（真实值是 3 和 2），最终损失 {loss}。',
  },
});
const { fail, pass } = feedback;

/** Expected values and bounds (also quoted on the page). */
export const target = { weight: 3, bias: 2, tolerance: 0.05, maxLoss: 0.02 } as const;

/**
 * Picks w and b among the optimizer's parameters: two one-number tensors (the 2-D one is nn.Linear's weight, else
 * the best-fitting order), or one tensor holding both numbers (best-fitting order).
 */
export function pickWeightBias(params: TraceParam[]): { w: number; b: number } | null {
  const numbers = params.flatMap((p) => p.data);
  if (numbers.length !== 2) return null;
  if (params.length === 2) {
    const [p0, p1] = params as [TraceParam, TraceParam];
    if (p0.shape.length !== p1.shape.length) {
      const [w, b] = p0.shape.length > p1.shape.length ? [p0, p1] : [p1, p0];
      return { w: w.data[0]!, b: b.data[0]! };
    }
  }
  const a = { w: numbers[0]!, b: numbers[1]! };
  const swapped = { w: numbers[1]!, b: numbers[0]! };
  const err = (x: { w: number; b: number }) => Math.abs(x.w - target.weight) + Math.abs(x.b - target.bias);
  return err(swapped) < err(a) ? swapped : a;
}

export default defineExercise({
  id: 'sgd-linear-regression',
  messages: feedback.messages,
  kind: 'code',
  check({ result }) {
    const broken = runFailure(result);
    if (broken || !result) return broken ?? fail('check.run.missing');
    const run = requireOptimizer(result, 'SGD');
    if (isVerdict(run)) return run;
    const bad = trainingFailure(result, run, { decreaseFactor: 0.5 });
    if (bad) return bad;
    const wb = pickWeightBias(finalParams(result.trace, run.id));
    if (!wb) return fail('check.linreg.params', { count: finalParams(result.trace, run.id).reduce((n, p) => n + p.data.length, 0) });
    const tol = fmt(target.tolerance);
    if (!(Math.abs(wb.w - target.weight) <= target.tolerance)) {
      return fail('check.linreg.weight', { actual: fmt(wb.w), expected: target.weight, tol });
    }
    if (!(Math.abs(wb.b - target.bias) <= target.tolerance)) {
      return fail('check.linreg.bias', { actual: fmt(wb.b), expected: target.bias, tol });
    }
    const last = run.losses[run.losses.length - 1]!;
    if (!(last <= target.maxLoss)) return fail('check.linreg.loss', { actual: fmt(last), bound: target.maxLoss });
    return pass('check.linreg.pass', { w: fmt(wb.w), b: fmt(wb.b), loss: fmt(last) });
  },
});
