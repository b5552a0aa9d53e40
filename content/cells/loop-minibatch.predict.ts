import { definePrediction } from '../../src/predict/types';
import { numbersAfter } from '../../src/predict/read';

export default definePrediction({
  question: { en: '100 training samples, batch_size = 16, 6 epochs. How many optimizer steps in total?', zh: '100 个训练样本，batch_size = 16，训练 6 个 epoch。优化器一共走多少步？' },
  choices: [
    { id: 's6', label: { en: '6', zh: '6' }, why: { en: 'That counts epochs; the inner loop steps once per mini-batch.', zh: '这是 epoch 数；内层循环每个小批量都走一步。' } },
    { id: 's36', label: { en: '36', zh: '36' }, why: { en: '100 / 16 = 6.25, and the last, smaller batch of 4 still counts: 7 batches, not 6.', zh: '100 / 16 = 6.25，最后那个只有 4 个样本的小批量也算一步：是 7 个批量，不是 6 个。' } },
    { id: 's42', label: { en: '42', zh: '42' }, why: { en: '⌈100 / 16⌉ = 7 batches per epoch × 6 epochs = 42 steps.', zh: '每个 epoch ⌈100 / 16⌉ = 7 个批量 × 6 个 epoch = 42 步。' } },
    { id: 's600', label: { en: '600', zh: '600' }, why: { en: 'That would be one step per sample; a mini-batch step averages 16 samples.', zh: '那是每个样本走一步；小批量的一步对 16 个样本取平均。' } },
  ],
  answer: 's42',
  happened: (r) => {
    const n = numbersAfter(r, 'epoch 5:').at(-1);
    return n === undefined || Number.isNaN(n) ? null : `s${n}`;
  },
});
