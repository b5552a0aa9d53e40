import { definePrediction } from '../../src/predict/types';
import { numberAfter } from '../../src/predict/read';

export default definePrediction({
  question: { en: 'Four micro-batches of 8, each mean loss NOT divided by 4. The accumulated gradient compared with one batch of 32:', zh: '四个 8 样本的小批量，每个的平均损失都不除以 4。累积出来的梯度和一次 32 样本的批量相比：' },
  choices: [
    { id: 'same', label: { en: 'the same', zh: '一样' }, why: { en: 'Each micro-batch mean is already the size of a full-batch mean; adding four of them gives four times it.', zh: '每个小批量的平均值本身就和整批的平均值一样大；加四个就是四倍。' } },
    { id: 'times4', label: { en: '4 times larger', zh: '大 4 倍' }, why: { en: 'backward() adds into .grad: four means add up to 4 × the mean. Divide each loss by 4 to match.', zh: 'backward() 会累加进 .grad：四个平均值加起来就是 4 倍。每个损失除以 4 才能对上。' } },
    { id: 'quarter', label: { en: '4 times smaller', zh: '小 4 倍' }, why: { en: 'That happens only if you divide by 4 twice; gradients add, they do not average.', zh: '只有除了两次 4 才会这样；梯度是相加，不是取平均。' } },
  ],
  answer: 'times4',
  happened: (r) => {
    const one = numberAfter(r, 'one batch of 32:');
    const acc = numberAfter(r, 'not divided:');
    if (Number.isNaN(one) || Number.isNaN(acc) || one === 0) return null;
    const k = acc / one;
    return Math.abs(k - 4) < 0.01 ? 'times4' : Math.abs(k - 1) < 0.01 ? 'same' : Math.abs(k - 0.25) < 0.01 ? 'quarter' : null;
  },
});
