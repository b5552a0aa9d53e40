/** Checkpoint of lesson 09: the usual first choice for fine-tuning a pretrained Transformer. */
import { quiz } from '../../../src/exercises/quiz';
import { defineMessages } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.quiz.transformer.sgd': 'Not quite: SGD with momentum is a classic for training vision models from scratch, but fine-tuning a pretrained Transformer usually starts with an adaptive optimizer.',
    'check.quiz.transformer.adam': 'Close: the usual pick is an adaptive optimizer like Adam, but Adam adds weight_decay to the gradient (L2). Which variant applies weight decay directly to the weights instead?',
    'check.quiz.transformer.adagrad': 'Not quite: Adagrad’s step sizes only ever shrink, which suits sparse features more than fine-tuning a large pretrained model.',
  },
  zh: {
    'check.quiz.transformer.sgd': '还不对：带动量的 SGD 是从头训练视觉模型的经典选择，但微调预训练的 Transformer，通常先用自适应的优化器。',
    'check.quiz.transformer.adam': '很接近了：常见的选择和 Adam 一样是自适应的，但 Adam 的 weight_decay 是加在梯度上的 L2。哪个变体直接对权重做衰减？',
    'check.quiz.transformer.adagrad': '还不对：Adagrad 的步长只会越来越小，更适合稀疏特征，不太适合微调大型预训练模型。',
  },
});

export default quiz('cp-choose-transformer', ['sgd', 'adam', 'adamw', 'adagrad'], 'adamw', {
  sgd: 'check.quiz.transformer.sgd',
  adam: 'check.quiz.transformer.adam',
  adagrad: 'check.quiz.transformer.adagrad',
}, feedback);
