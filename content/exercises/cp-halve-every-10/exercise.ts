/**
 * Checkpoint of lesson 07: a scheduler that halves the lr every 10 epochs (one optimizer step per epoch in the
 * given loop). Any scheduler with that effect passes: the checker reads the lr each optimizer.step() used.
 */
import { isVerdict, requireOptimizer, runFailure, trainingFailure } from '../../../src/exercises/common';
import { close, fmt } from '../../../src/exercises/trace';
import { defineExercise, defineMessages } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.sched.tooShort': 'The loop ran only {actual} epochs; run at least {expected} to see the lr halve twice.',
    'check.sched.constant': 'The learning rate stayed at {lr} for every epoch: no scheduler changed it. Create one and call scheduler.step() once per epoch.',
    'check.sched.beforeStep': 'scheduler.step() ran before optimizer.step(), so every change came one epoch too early. Call it after optimizer.step().',
    'check.sched.mismatch': 'In epoch {epoch} the learning rate was {actual}; halving every 10 epochs gives {expected}.',
    'check.sched.pass': 'Passed! The learning rate went from {lr0} and halved every 10 epochs, ending at {lr}.',
  },
  zh: {
    'check.sched.tooShort': '循环只跑了 {actual} 轮，至少要跑 {expected} 轮才能看到学习率减半两次。',
    'check.sched.constant': '学习率每一轮都是 {lr}，没有调度器改变它。创建一个调度器，并在每轮调用一次 scheduler.step()。',
    'check.sched.beforeStep': 'scheduler.step() 跑在了 optimizer.step() 前面，每次调整都提前了一轮。请把它放到 optimizer.step() 之后。',
    'check.sched.mismatch': '在 epoch = {epoch} 时学习率是 {actual}，每 10 轮减半应该是 {expected}。',
    'check.sched.pass': '通过！学习率从 {lr0} 开始，每 10 轮减半，最后是 {lr}。',
  },
});
const { fail, pass } = feedback;

export const schedule = { every: 10, factor: 0.5, minEpochs: 21 } as const;

/** lr expected at epoch k (0-based) from the initial lr. */
export const expectedLr = (lr0: number, k: number) => lr0 * schedule.factor ** Math.floor(k / schedule.every);

/** Time budget of the check run (ms). */
const budgetMs = 5_000;

export default defineExercise({
  id: 'cp-halve-every-10',
  messages: feedback.messages,
  kind: 'code',
  budgetMs,
  check({ result }) {
    const broken = runFailure(result, budgetMs);
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
