/** Checkpoint of lesson 04: SGD with momentum 0.9 and Nesterov momentum (any lr in [0.001, 0.1]). */
import { isVerdict, requireOptimizer, runFailure, trainingFailure } from '../../../src/exercises/common';
import { close, fmt } from '../../../src/exercises/trace';
import { defineExercise, defineMessages } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.lrRange': 'lr = {lr} is outside the range this task allows ({min} to {max}).',
    'check.momentum.value': 'momentum is {actual}; the task asks for {expected}.',
    'check.momentum.nesterov': 'Nesterov momentum is off. Turn it on with nesterov: true.',
    'check.momentum.pass': 'Passed! SGD with momentum 0.9 and Nesterov momentum at lr = {lr}.',
  },
  zh: {
    'check.lrRange': 'lr = {lr} 超出了本题允许的范围（{min} 到 {max}）。',
    'check.momentum.value': 'momentum 是 {actual}，题目要求 {expected}。',
    'check.momentum.nesterov': 'Nesterov 动量没有打开，用 nesterov: true 打开它。',
    'check.momentum.pass': '通过！这是动量 0.9、带 Nesterov 动量的 SGD，lr = {lr}。',
  },
});
const { fail, pass } = feedback;

export const bounds = { lrMin: 0.001, lrMax: 0.1, momentum: 0.9 } as const;

/** Time budget of the check run (ms). */
const budgetMs = 5_000;

export default defineExercise({
  id: 'cp-momentum-nesterov',
  messages: feedback.messages,
  kind: 'code',
  budgetMs,
  check({ result }) {
    const broken = runFailure(result, budgetMs);
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
