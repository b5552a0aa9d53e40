/**
 * Checkpoint of lesson 06: switch the loop's optimizer to AdamW with lr 1e-3 and weight_decay 0.01.
 * (AdamW's default weight_decay is 0.01 in PyTorch, so leaving it out is also right.)
 */
import { requireOptimizer, isVerdict, runFailure, trainingFailure } from '../../../src/exercises/common';
import { close, fmt } from '../../../src/exercises/trace';
import { defineExercise, defineMessages } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.adamw.adamWithDecay': 'This is still Adam, with weight_decay = {wd}. Adam adds weight decay to the gradient (L2); the task asks for AdamW, which decays the weights directly.',
    'check.adamw.lr': 'lr is {actual}; the task asks for {expected}.',
    'check.adamw.wd': 'weight_decay is {actual}; the task asks for {expected}.',
    'check.adamw.pass': 'Passed! AdamW with lr = 1e-3 and weight_decay = 0.01.',
  },
  zh: {
    'check.adamw.adamWithDecay': '这还是 Adam，只是加了 weight_decay = {wd}。Adam 把权重衰减加在梯度上（L2），题目要的是 AdamW：它直接对权重做衰减。',
    'check.adamw.lr': 'lr 是 {actual}，题目要求 {expected}。',
    'check.adamw.wd': 'weight_decay 是 {actual}，题目要求 {expected}。',
    'check.adamw.pass': '通过！这是 lr = 1e-3、weight_decay = 0.01 的 AdamW。',
  },
});
const { fail, pass } = feedback;

export const expected = { name: 'AdamW', lr: 1e-3, weight_decay: 0.01 } as const;

/** Time budget of the check run (ms). */
const budgetMs = 5_000;

export default defineExercise({
  id: 'cp-switch-adamw',
  messages: feedback.messages,
  kind: 'code',
  budgetMs,
  check({ result }) {
    const broken = runFailure(result, budgetMs);
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
