import { definePrediction } from '../../src/predict/types';
import { numberAfter } from '../../src/predict/read';

export default definePrediction({
  question: { en: 'The data is exactly y = 3x − 1, no noise. After 150 epochs of Adam (lr = 0.05), the model will be:', zh: '数据正好是 y = 3x − 1，没有噪声。Adam（lr = 0.05）训练 150 个 epoch 后，模型会是：' },
  choices: [
    { id: 'found', label: { en: 'weight ≈ 3, bias ≈ −1', zh: 'weight ≈ 3，bias ≈ −1' }, why: { en: 'The loop finds the line: weight = 3.000, bias = −0.998.', zh: '循环找到了这条直线：weight = 3.000，bias = −0.998。' } },
    { id: 'half', label: { en: 'weight ≈ 3, bias still near 0', zh: 'weight ≈ 3，bias 还在 0 附近' }, why: { en: 'Adam gives the bias its own step size; it learns as fast as the weight.', zh: 'Adam 给 bias 单独的步长，它学得和 weight 一样快。' } },
    { id: 'far', label: { en: 'still far from the line', zh: '离这条直线还很远' }, why: { en: '150 steps of about 0.05 each can travel several units: enough here.', zh: '150 步、每步约 0.05，能走好几个单位：这里足够了。' } },
  ],
  answer: 'found',
  happened: (r) => {
    const w = numberAfter(r, 'weight =');
    const b = numberAfter(r, 'bias =');
    if (Number.isNaN(w) || Number.isNaN(b)) return null;
    if (Math.abs(w - 3) > 0.1) return 'far';
    return Math.abs(b + 1) < 0.1 ? 'found' : Math.abs(b) < 0.5 ? 'half' : 'far';
  },
});
