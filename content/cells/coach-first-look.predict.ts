import { definePrediction } from '../../src/predict/types';
import { numberAfter } from '../../src/predict/read';

export default definePrediction({
  question: { en: 'The best w is 3. Where will w be after 5 steps with lr = 0.1?', zh: '最好的 w 是 3。学习率 0.1、走 5 步之后，w 会在哪里？' },
  choices: [
    { id: 'exact', label: { en: 'exactly 3', zh: '正好是 3' }, why: { en: 'Each step covers only a fraction (2·lr = 20%) of the remaining distance, so it never lands exactly.', zh: '每一步只走剩余距离的一部分（2·lr = 20%），所以不会正好落在 3 上。' } },
    { id: 'short', label: { en: 'between 0 and 3, still short', zh: '在 0 和 3 之间，还没到' }, why: { en: 'Each step closes 20% of the gap: after 5 steps w ≈ 2.017.', zh: '每一步缩小 20% 的差距：5 步后 w ≈ 2.017。' } },
    { id: 'past', label: { en: 'past 3', zh: '超过了 3' }, why: { en: 'Overshooting needs a step longer than the gap, which takes lr > 0.5 here.', zh: '要越过 3，步子得比差距还大，这里需要 lr > 0.5。' } },
  ],
  answer: 'short',
  happened: (r) => {
    const w = numberAfter(r, 'steps: w =');
    if (Number.isNaN(w)) return null;
    return Math.abs(w - 3) < 1e-3 ? 'exact' : w < 3 ? 'short' : 'past';
  },
});
