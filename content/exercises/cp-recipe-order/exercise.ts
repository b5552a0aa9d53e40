/** Checkpoint of lesson 10: the right order inside one iteration (zero_grad → backward → step). */
import { quiz } from '../../../src/exercises/quiz';

export default quiz(
  'cp-recipe-order',
  ['zero-backward-step', 'backward-zero-step', 'backward-step-no-zero', 'zero-step-backward'],
  'zero-backward-step',
  {
    'backward-zero-step': 'check.quiz.recipe.zeroBetween',
    'backward-step-no-zero': 'check.quiz.recipe.noZero',
    'zero-step-backward': 'check.quiz.recipe.stepFirst',
  },
);
