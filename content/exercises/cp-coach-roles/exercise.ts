/** Checkpoint of lesson 01: in the coach metaphor, what is the coach's feedback? */
import { quiz } from '../../../src/exercises/quiz';

export default quiz('cp-coach-roles', ['gradient', 'loss', 'learning-rate', 'optimizer'], 'gradient', {
  loss: 'check.quiz.coach.loss',
  'learning-rate': 'check.quiz.coach.lr',
  optimizer: 'check.quiz.coach.optimizer',
});
