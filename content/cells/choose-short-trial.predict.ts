import { definePrediction } from '../../src/predict/types';
import { pickBy } from '../../src/predict/read';

export default definePrediction({
  question: { en: 'A 200-step trial of four candidates. Which ends with the lowest loss?', zh: '四个候选各试 200 步。哪一个最后损失最低？' },
  choices: [
    { id: 'adam-3', label: { en: 'Adam lr=0.001', zh: 'Adam lr=0.001' }, why: { en: 'Its steps of about 0.001 cover only about 0.2 in 200 steps: still at 2.45.', zh: '每步约 0.001，200 步只走 0.2 左右：还停在 2.45。' } },
    { id: 'adam-2', label: { en: 'Adam lr=0.01', zh: 'Adam lr=0.01' }, why: { en: 'Good (0.072), but momentum SGD is better on this small, well-scaled problem.', zh: '不错（0.072），但在这个尺度均匀的小问题上，带动量的 SGD 更好。' } },
    { id: 'adamw', label: { en: 'AdamW lr=0.01', zh: 'AdamW lr=0.01' }, why: { en: 'Like Adam lr=0.01, with weight decay pulling slightly back: 0.076.', zh: '和 Adam lr=0.01 差不多，权重衰减还往回拉了一点：0.076。' } },
    { id: 'sgd', label: { en: 'SGD momentum lr=0.05', zh: 'SGD 动量 lr=0.05' }, why: { en: 'A short trial is the point: here it wins clearly (0.0029). Trust the trial, not the reputation.', zh: '这正是短试验的意义：这里它明显最好（0.0029）。信试验，别信名气。' } },
  ],
  answer: 'sgd',
  happened: (r) => pickBy(r, { 'adam-3': 'Adam lr=0.001: loss after 200 steps =', 'adam-2': 'Adam lr=0.01: loss after 200 steps =', adamw: 'AdamW lr=0.01: loss after 200 steps =', sgd: 'SGD momentum lr=0.05: loss after 200 steps =' }, 'min'),
});
