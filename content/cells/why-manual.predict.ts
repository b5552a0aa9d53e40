import { definePrediction } from '../../src/predict/types';
import { numbersAfter } from '../../src/predict/read';

export default definePrediction({
  question: { en: 'The loss starts at 41. After 5 hand-written updates it will be:', zh: '损失一开始是 41。手写更新 5 次之后，它会是：' },
  choices: [
    { id: 'below-1', label: { en: 'below 1', zh: '小于 1' }, why: { en: 'Two steps already bring it near 1; after 5 it is about 0.012.', zh: '两步就降到 1 左右，5 步后约为 0.012。' } },
    { id: 'about-20', label: { en: 'about half, near 20', zh: '降一半左右，约 20' }, why: { en: 'The first step alone moves w from 0 to 1.75, most of the way to 2.', zh: '光是第一步就把 w 从 0 推到 1.75，离 2 已经很近。' } },
    { id: 'above-41', label: { en: 'above 41', zh: '大于 41' }, why: { en: 'With lr = 0.05 the steps are small enough for this data; nothing blows up.', zh: '对这组数据来说 lr = 0.05 足够小，不会发散。' } },
  ],
  answer: 'below-1',
  happened: (r) => {
    const l = numbersAfter(r, 'loss =').at(-1);
    if (l === undefined || Number.isNaN(l)) return null;
    return l < 1 ? 'below-1' : l <= 41 ? 'about-20' : 'above-41';
  },
});
