import { definePrediction } from '../../src/predict/types';

export default definePrediction({
  question: { en: 'All three schedulers start at lr = 0.1. At epoch 90, which one has the smallest learning rate?', zh: '三个调度器都从 lr = 0.1 开始。到第 90 个 epoch，哪一个的学习率最小？' },
  choices: [
    { id: 'step', label: { en: 'StepLR', zh: 'StepLR' }, why: { en: '×0.1 at epochs 30, 60 and 90: 0.1 → 0.0001, three cuts by 10.', zh: '在第 30、60、90 个 epoch 各乘 0.1：0.1 → 0.0001，缩小了三次 10 倍。' } },
    { id: 'exp', label: { en: 'ExponentialLR', zh: 'ExponentialLR' }, why: { en: '0.1 · 0.95⁹⁰ ≈ 0.0010: ten times more than StepLR.', zh: '0.1 · 0.95⁹⁰ ≈ 0.0010：是 StepLR 的十倍。' } },
    { id: 'cos', label: { en: 'CosineAnnealingLR', zh: 'CosineAnnealingLR' }, why: { en: 'The cosine stays high longest and only reaches 0 at T_max = 100: about 0.0024 at epoch 90.', zh: '余弦曲线高位保持得最久，到 T_max = 100 才归零：第 90 个 epoch 约为 0.0024。' } },
  ],
  answer: 'step',
  happened: (r) => {
    const line = r.logs.find((l) => l.startsWith('epoch 90:'));
    const v = line?.slice('epoch 90:'.length).trim().split(/\s+/).map(Number);
    if (!v || v.length !== 3 || v.some(Number.isNaN)) return null;
    return ['step', 'exp', 'cos'][v.indexOf(Math.min(...v))] ?? null;
  },
});
