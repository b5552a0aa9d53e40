import { definePrediction } from '../../src/predict/types';
import { numberAfter } from '../../src/predict/read';

export default definePrediction({
  question: { en: 'Adam with lr = 0.001 (its default), 200 epochs. Where will its loss end?', zh: 'Adam 用默认学习率 0.001，训练 200 个 epoch。它的损失最后会在哪里？' },
  choices: [
    { id: 'low', label: { en: 'near 0, like SGD + momentum', zh: '接近 0，和 SGD + 动量一样' }, why: { en: 'SGD + momentum with lr = 0.01 gets there (0.009); Adam’s steps are far smaller.', zh: '学习率 0.01 的 SGD + 动量做到了（0.009）；Adam 的步子小得多。' } },
    { id: 'high', label: { en: 'still high, above 1', zh: '还很高，大于 1' }, why: { en: 'About 0.001 per step × 200 steps ≈ 0.2 of travel: the weights cannot reach their targets (loss ≈ 8).', zh: '每步约 0.001 × 200 步 ≈ 总共移动 0.2：权重够不到目标（损失约 8）。' } },
    { id: 'diverged', label: { en: 'diverged (inf or nan)', zh: '发散（inf 或 nan）' }, why: { en: 'Adam’s step is bounded by about lr: a small lr cannot diverge.', zh: 'Adam 的步长大约以 lr 为界：小学习率不会发散。' } },
  ],
  answer: 'high',
  happened: (r) => {
    const l = numberAfter(r, 'Adam: loss after 200 epochs =');
    if (Number.isNaN(l)) return /Adam: loss after 200 epochs = (inf|nan)/i.test(r.logs.join('\n')) ? 'diverged' : null;
    return l < 1 ? 'low' : 'high';
  },
});
