/** Checkpoint of lesson 01: in the coach metaphor, what is the coach's feedback? */
import { quiz } from '../../../src/exercises/quiz';
import { defineMessages } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.quiz.coach.loss': 'Not quite: the loss is one number that says how far off the model is overall. It does not tell each parameter which way to move. Which quantity does?',
    'check.quiz.coach.lr': 'Not quite: the learning rate is how big a change the coach makes at once, not the feedback itself.',
    'check.quiz.coach.optimizer': 'Not quite: the optimizer is the coach itself. The question asks what the coach listens to.',
  },
  zh: {
    'check.quiz.coach.loss': '还不对：损失只是一个数，说明模型整体差了多少，却不告诉每个参数该往哪边调。哪个量能做到这一点？',
    'check.quiz.coach.lr': '还不对：学习率是教练一次调整的幅度，不是反馈本身。',
    'check.quiz.coach.optimizer': '还不对：优化器就是教练本人。题目问的是教练根据什么来调整。',
  },
});

export default quiz('cp-coach-roles', ['gradient', 'loss', 'learning-rate', 'optimizer'], 'gradient', {
  loss: 'check.quiz.coach.loss',
  'learning-rate': 'check.quiz.coach.lr',
  optimizer: 'check.quiz.coach.optimizer',
}, feedback);
