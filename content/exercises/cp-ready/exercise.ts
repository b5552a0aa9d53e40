/** Checkpoint of lesson 11: what must already have happened in this iteration right before optimizer.step()? */
import { quiz } from '../../../src/exercises/quiz';

export default quiz('cp-ready', ['zero-grad-and-backward', 'only-forward', 'scheduler-step', 'nothing'], 'zero-grad-and-backward', {
  'only-forward': 'check.quiz.ready.forward',
  'scheduler-step': 'check.quiz.ready.scheduler',
  nothing: 'check.quiz.ready.nothing',
});
