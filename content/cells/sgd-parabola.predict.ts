import { definePrediction } from '../../src/predict/types';
import { numbersAfter } from '../../src/predict/read';

export default definePrediction({
  question: { en: 'x starts at 2 on f(x) = x², lr = 0.1. After 20 steps x will be:', zh: 'x 从 2 出发，f(x) = x²，学习率 0.1。20 步后 x 会是：' },
  choices: [
    { id: 'zero', label: { en: 'exactly 0', zh: '正好是 0' }, why: { en: 'Each step multiplies x by 1 − 2·lr = 0.8: it shrinks but never reaches 0.', zh: '每一步都把 x 乘以 1 − 2·lr = 0.8：越来越小，但到不了 0。' } },
    { id: 'near', label: { en: 'small but not 0', zh: '很小，但不是 0' }, why: { en: '2 · 0.8²⁰ ≈ 0.023: close to the minimum, slowing down as the slope flattens.', zh: '2 · 0.8²⁰ ≈ 0.023：接近最低点，坡越平走得越慢。' } },
    { id: 'negative', label: { en: 'negative (it overshoots)', zh: '变成负数（冲过头）' }, why: { en: 'Overshooting needs 1 − 2·lr < 0, that is lr > 0.5.', zh: '要冲过头需要 1 − 2·lr < 0，也就是 lr > 0.5。' } },
  ],
  answer: 'near',
  happened: (r) => {
    const x = numbersAfter(r, 'x =').at(-1);
    if (x === undefined || Number.isNaN(x)) return null;
    return x === 0 ? 'zero' : x > 0 ? 'near' : 'negative';
  },
});
