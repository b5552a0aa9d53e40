import { definePrediction } from '../../src/predict/types';
import { numberAfter } from '../../src/predict/read';

const lrs = { 'lr-001': 'lr = 0.01:', 'lr-01': 'lr = 0.1:', 'lr-05': 'lr = 0.5:', 'lr-09': 'lr = 0.9:' } as const;

export default definePrediction({
  question: { en: 'Four learning rates on f(x) = x², 15 steps each. Which one ends closest to the minimum x = 0?', zh: '在 f(x) = x² 上试四个学习率，各走 15 步。哪一个最后离最低点 x = 0 最近？' },
  choices: [
    { id: 'lr-001', label: { en: 'lr = 0.01', zh: 'lr = 0.01' }, why: { en: 'Far too timid: x only shrinks by 2% a step and is still near 1.48.', zh: '太保守：x 每步只缩小 2%，最后还在 1.48 左右。' } },
    { id: 'lr-01', label: { en: 'lr = 0.1', zh: 'lr = 0.1' }, why: { en: 'Steady, but each step keeps 80% of x: about 0.07 after 15 steps.', zh: '稳，但每步保留 80% 的 x：15 步后约 0.07。' } },
    { id: 'lr-05', label: { en: 'lr = 0.5', zh: 'lr = 0.5' }, why: { en: 'Here 1 − 2·lr = 0: the very first step lands on 0 (a lucky fit to this exact parabola).', zh: '此时 1 − 2·lr = 0：第一步就落在 0 上（只是恰好适合这条抛物线）。' } },
    { id: 'lr-09', label: { en: 'lr = 0.9', zh: 'lr = 0.9' }, why: { en: 'x jumps from side to side (×(−0.8) a step) and ends at −0.07: as far off as lr = 0.1.', zh: 'x 左右来回跳（每步乘以 −0.8），最后在 −0.07，和 lr = 0.1 一样远。' } },
  ],
  answer: 'lr-05',
  happened: (r) => {
    let best: string | null = null;
    let bestV = Infinity;
    for (const [id, label] of Object.entries(lrs)) {
      const v = Math.abs(numberAfter(r, `${label} after 15 steps x =`));
      if (Number.isNaN(v)) return null;
      if (v < bestV) [best, bestV] = [id, v];
    }
    return best;
  },
});
