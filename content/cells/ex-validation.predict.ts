import { definePrediction } from '../../src/predict/types';
import { numberAfter } from '../../src/predict/read';

export default definePrediction({
  question: { en: 'By epoch 99, how will the validation loss compare with the training loss?', zh: '到第 99 个 epoch，验证损失和训练损失相比会怎样？' },
  choices: [
    { id: 'lower', label: { en: 'lower', zh: '更低' }, why: { en: 'It was lower early on (2.26 vs 2.76, by chance of the split), but not at the end.', zh: '开始时确实更低（2.26 对 2.76，只是划分的偶然），最后不是。' } },
    { id: 'equal', label: { en: 'about the same', zh: '差不多' }, why: { en: 'The model never saw the validation points; their noise is not fitted.', zh: '模型从没见过验证集的点，它们的噪声没被拟合。' } },
    { id: 'higher', label: { en: 'higher', zh: '更高' }, why: { en: 'The model fits the training points’ noise a little: 0.0089 on training vs 0.0256 on validation.', zh: '模型稍微拟合了训练点的噪声：训练 0.0089，验证 0.0256。' } },
  ],
  answer: 'higher',
  happened: (r) => {
    const line = r.logs.findIndex((l) => l.startsWith('epoch 99:'));
    if (line < 0) return null;
    const train = numberAfter(r, 'train', line);
    const val = numberAfter(r, 'validation', line);
    if (Number.isNaN(train) || Number.isNaN(val)) return null;
    return Math.abs(val - train) < 0.1 * train ? 'equal' : val < train ? 'lower' : 'higher';
  },
});
