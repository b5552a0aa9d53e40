/** Checkpoint of lesson 10: the right order inside one iteration (zero_grad → backward → step). */
import { quiz } from '../../../src/exercises/quiz';
import { defineMessages } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.quiz.recipe.zeroBetween': 'Not quite: zero_grad() right after backward() wipes out the gradients that step() was about to use.',
    'check.quiz.recipe.noZero': 'Not quite: without zero_grad() the gradients of every iteration pile up on top of each other.',
    'check.quiz.recipe.stepFirst': 'Not quite: step() before backward() updates with gradients that do not exist yet in this iteration.',
  },
  zh: {
    'check.quiz.recipe.zeroBetween': '还不对：紧跟在 backward() 后面调用 zero_grad()，会把 step() 马上要用的梯度清掉。',
    'check.quiz.recipe.noZero': '还不对：不调用 zero_grad()，每一轮的梯度都会叠加在之前的梯度上。',
    'check.quiz.recipe.stepFirst': '还不对：先 step() 再 backward()，更新时这一轮的梯度还没算出来。',
  },
});

export default quiz(
  'cp-recipe-order',
  ['zero-backward-step', 'backward-zero-step', 'backward-step-no-zero', 'zero-step-backward'],
  'zero-backward-step',
  {
    'backward-zero-step': 'check.quiz.recipe.zeroBetween',
    'backward-step-no-zero': 'check.quiz.recipe.noZero',
    'zero-step-backward': 'check.quiz.recipe.stepFirst',
  },
  feedback,
);
