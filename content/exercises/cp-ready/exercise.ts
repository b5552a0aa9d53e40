/** Checkpoint of lesson 11: what must already have happened in this iteration right before optimizer.step()? */
import { quiz } from '../../../src/exercises/quiz';
import { defineMessages } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.quiz.ready.forward': 'Not quite: a forward pass gives a loss but no gradients. step() uses .grad, which only backward() fills in, and the old gradients must have been cleared before that.',
    'check.quiz.ready.scheduler': 'Not quite: scheduler.step() belongs after optimizer.step(), and it changes the learning rate, not the gradients.',
    'check.quiz.ready.nothing': 'Not quite: step() reads .grad. Without zero_grad() and backward() in this iteration it would use missing or stale gradients.',
  },
  zh: {
    'check.quiz.ready.forward': '还不对：前向传播只得到损失，没有梯度。step() 用的是 .grad，要先清空旧梯度，再由 backward() 填进新的。',
    'check.quiz.ready.scheduler': '还不对：scheduler.step() 应该放在 optimizer.step() 之后，而且它改的是学习率，不是梯度。',
    'check.quiz.ready.nothing': '还不对：step() 要读 .grad。这一轮如果没有 zero_grad() 和 backward()，它用到的梯度要么不存在，要么是旧的。',
  },
});

export default quiz('cp-ready', ['zero-grad-and-backward', 'only-forward', 'scheduler-step', 'nothing'], 'zero-grad-and-backward', {
  'only-forward': 'check.quiz.ready.forward',
  'scheduler-step': 'check.quiz.ready.scheduler',
  nothing: 'check.quiz.ready.nothing',
}, feedback);
