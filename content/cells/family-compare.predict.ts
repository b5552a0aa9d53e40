import { definePrediction } from '../../src/predict/types';
import { pickBy } from '../../src/predict/read';

export default definePrediction({
  question: { en: 'Seven optimizers, 100 steps each, on features of very different scales. Of these four, which ends with the HIGHEST loss?', zh: '七个优化器在尺度差别很大的特征上各走 100 步。下面四个里，哪一个最后的损失最高？' },
  choices: [
    { id: 'sgd', label: { en: 'plain SGD', zh: '普通 SGD' }, why: { en: 'Slow on the flat direction (loss ≈ 0.021), but its lr = 0.02 is well chosen for the steep one.', zh: '在平缓方向上慢（损失约 0.021），但 lr = 0.02 对陡的方向刚好。' } },
    { id: 'adam', label: { en: 'Adam', zh: 'Adam' }, why: { en: 'Per-parameter step sizes handle the different scales: about 0.0001.', zh: '每个参数各有步长，不怕尺度不同：约 0.0001。' } },
    { id: 'rmsprop', label: { en: 'RMSprop', zh: 'RMSprop' }, why: { en: 'With lr = 0.01 and no momentum its steps stay small: it ends highest, about 0.045. A setting, not a verdict on RMSprop.', zh: 'lr = 0.01 又没有动量，步子一直偏小：最后最高，约 0.045。这是设置的问题，不是说 RMSprop 不好。' } },
    { id: 'adagrad', label: { en: 'Adagrad', zh: 'Adagrad' }, why: { en: 'Its large lr = 0.5 is tamed by the growing sum of squared gradients: it reaches about 0.', zh: '大学习率 0.5 被不断累积的梯度平方和压住：最后几乎为 0。' } },
  ],
  answer: 'rmsprop',
  happened: (r) => pickBy(r, { sgd: 'SGD: loss after 100 steps =', adam: 'Adam: loss after 100 steps =', rmsprop: 'RMSprop: loss after 100 steps =', adagrad: 'Adagrad: loss after 100 steps =' }, 'max'),
});
