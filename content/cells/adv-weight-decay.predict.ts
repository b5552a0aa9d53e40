import { definePrediction } from '../../src/predict/types';
import { numberAfter } from '../../src/predict/read';
import { LABEL } from '../../src/predict/choices';

export default definePrediction({
  question: { en: 'Adam with weight_decay = 0.1, and Adam with (0.1/2)·‖θ‖² added to the loss. Their final ‖weight‖ will be:', zh: 'Adam 设 weight_decay = 0.1，和 Adam 在损失里加上 (0.1/2)·‖θ‖²。两者最后的 ‖weight‖ 会：' },
  choices: [
    { id: 'same', label: LABEL.same, why: { en: 'Adam’s weight_decay adds λθ to the gradient, exactly the gradient of the L2 term: both give 3.2237. Only AdamW decays separately.', zh: 'Adam 的 weight_decay 就是往梯度里加 λθ，正好是 L2 项的梯度：两者都是 3.2237。只有 AdamW 是分开衰减的。' } },
    { id: 'different', label: LABEL.different, why: { en: 'They are one rule written two ways; the difference you may expect is between Adam and AdamW (3.2237 vs 3.4616).', zh: '这是同一条规则的两种写法；你想到的差别其实在 Adam 和 AdamW 之间（3.2237 对 3.4616）。' } },
  ],
  answer: 'same',
  happened: (r) => {
    const a = numberAfter(r, 'Adam, weight_decay=0.1:');
    const b = numberAfter(r, 'Adam, L2 term in loss:');
    if (Number.isNaN(a) || Number.isNaN(b)) return null;
    return a === b ? 'same' : 'different';
  },
});
