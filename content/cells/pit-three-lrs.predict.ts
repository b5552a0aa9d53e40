import { definePrediction } from '../../src/predict/types';
import { trend } from '../../src/predict/read';
import { LABEL } from '../../src/predict/choices';

export default definePrediction({
  question: { en: 'Plain SGD with lr = 1.5 on this line fit. Over 60 steps the loss will:', zh: '在这个直线拟合上用普通 SGD、学习率 1.5。60 步里损失会：' },
  choices: [
    { id: 'down', label: LABEL.down, why: { en: 'lr = 0.5 goes down fast; 1.5 is past the point where each step overshoots by more than it gains.', zh: 'lr = 0.5 降得很快；1.5 已经越过了界限：每一步冲过头的比前进的还多。' } },
    { id: 'flat', label: LABEL.flat, why: { en: 'That is lr = 0.01: too small to get far in 60 steps.', zh: '那是 lr = 0.01：太小，60 步走不远。' } },
    { id: 'explode', label: LABEL.explode, why: { en: 'Each step overshoots further than the last: the loss grows geometrically, to about 1e36.', zh: '每一步都比上一步冲得更远：损失成倍增长，涨到约 1e36。' } },
  ],
  answer: 'explode',
  happened: (r) => trend(r.trace.plots['lr = 1.5']),
});
