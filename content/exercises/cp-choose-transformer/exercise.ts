/** Checkpoint of lesson 09: the usual first choice for fine-tuning a pretrained Transformer. */
import { quiz } from '../../../src/exercises/quiz';

export default quiz('cp-choose-transformer', ['sgd', 'adam', 'adamw', 'adagrad'], 'adamw', {
  sgd: 'check.quiz.transformer.sgd',
  adam: 'check.quiz.transformer.adam',
  adagrad: 'check.quiz.transformer.adagrad',
});
