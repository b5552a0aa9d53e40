import { definePrediction } from '../../src/predict/types';
import { numberAfter } from '../../src/predict/read';

export default definePrediction({
  question: { en: 'One Adam step with two parameter groups (base lr = 1e-4, classifier lr = 1e-3). How far does each part move?', zh: '两个参数组（base 的 lr = 1e-4，classifier 的 lr = 1e-3），Adam 走一步。每部分最多移动多少？' },
  choices: [
    { id: 'own-lr', label: { en: 'each about its own lr', zh: '各自约等于自己的 lr' }, why: { en: 'Adam’s first step is lr · m̂/√v̂ = ±lr for every weight with a gradient: 0.0001 and 0.001.', zh: 'Adam 第一步是 lr · m̂/√v̂，凡是有梯度的权重都正好移动 ±lr：0.0001 和 0.001。' } },
    { id: 'same', label: { en: 'the same distance', zh: '移动一样远' }, why: { en: 'Each group has its own lr; the step uses the group’s lr.', zh: '每个参数组有自己的 lr，更新用的是所在组的 lr。' } },
    { id: 'by-grad', label: { en: 'it depends on the gradient size', zh: '取决于梯度大小' }, why: { en: 'For SGD, yes; Adam divides by √v̂, so the gradient’s size cancels on the first step.', zh: 'SGD 是这样；Adam 要除以 √v̂，第一步里梯度的大小正好约掉。' } },
  ],
  answer: 'own-lr',
  happened: (r) => {
    const base = numberAfter(r, 'base moved up to');
    const head = numberAfter(r, 'classifier moved up to');
    if (Number.isNaN(base) || Number.isNaN(head)) return null;
    if (Math.abs(base - 1e-4) < 2e-6 && Math.abs(head - 1e-3) < 2e-5) return 'own-lr';
    return Math.abs(base - head) < 1e-6 ? 'same' : 'by-grad';
  },
});
