import { definePrediction } from '../../src/predict/types';
import { numbersAfter, trend } from '../../src/predict/read';
import { LABEL } from '../../src/predict/choices';

export default definePrediction({
  question: { en: 'Adam with lr = 0.001 for 100 epochs; the targets are random noise. The loss will:', zh: 'Adam、学习率 0.001、训练 100 个 epoch；目标值是随机噪声。损失会：' },
  choices: [
    { id: 'down', label: { en: 'drop by more than half', zh: '降到一半以下' }, why: { en: 'Random targets cannot be fitted well, and 100 steps of about 0.001 each move the weights only about 0.1.', zh: '随机目标本来就拟合不好，而且 100 步、每步约 0.001，权重总共只动了 0.1 左右。' } },
    { id: 'flat', label: { en: 'go down a little (1.03 → about 0.9)', zh: '只下降一点（1.03 → 约 0.9）' }, why: { en: 'Adam moves each weight about one lr per step: a slow, steady descent with little to find.', zh: 'Adam 每步大约让每个权重移动一个 lr：缓慢而平稳地下降，本来也没多少可学。' } },
    { id: 'explode', label: LABEL.explode, why: { en: 'Adam’s steps are about lr in size whatever the gradient: it does not blow up at 0.001.', zh: '不管梯度多大，Adam 的步长都在 lr 左右：0.001 不会发散。' } },
  ],
  answer: 'flat',
  happened: (r) => trend(numbersAfter(r, 'Loss:')),
});
