import { definePrediction } from '../../src/predict/types';

export default definePrediction({
  question: { en: 'OneCycleLR over 35 steps with max_lr = 0.1. When is the learning rate highest?', zh: 'OneCycleLR 共 35 步，max_lr = 0.1。学习率什么时候最高？' },
  choices: [
    { id: 'start', label: { en: 'at the first step', zh: '第一步' }, why: { en: 'It starts low, at max_lr / 25 = 0.004, and warms up.', zh: '它从很低处开始（max_lr / 25 = 0.004），先预热。' } },
    { id: 'early', label: { en: 'about 30% of the way in', zh: '大约走到 30% 的时候' }, why: { en: 'pct_start = 0.3: it rises for the first 30% of steps, then anneals down to almost 0.', zh: 'pct_start = 0.3：前 30% 的步数上升，然后退火到几乎为 0。' } },
    { id: 'middle', label: { en: 'halfway', zh: '正好一半' }, why: { en: 'The peak is set by pct_start, 0.3 by default, not 0.5.', zh: '峰值位置由 pct_start 决定，默认是 0.3，不是 0.5。' } },
    { id: 'end', label: { en: 'at the end', zh: '最后' }, why: { en: 'It ends lowest of all, far below where it started.', zh: '最后反而最低，比起点还低得多。' } },
  ],
  answer: 'early',
  happened: (r) => {
    const s = r.trace.plots.OneCycleLR;
    if (!s || s.length < 4) return null;
    const ys = s.map((p) => p[1]);
    const at = ys.indexOf(Math.max(...ys)) / (ys.length - 1);
    return at === 0 ? 'start' : at === 1 ? 'end' : at < 0.4 ? 'early' : at <= 0.6 ? 'middle' : null;
  },
});
