import { definePrediction } from '../../src/predict/types';
import { numberAfter } from '../../src/predict/read';
import { LABEL } from '../../src/predict/choices';

export default definePrediction({
  question: { en: 'Resume from a checkpoint that restores the model only (a fresh Adam and StepLR). The loss after 10 more steps, compared with training 20 steps in one go, will be:', zh: '从只恢复了模型的检查点继续（Adam 和 StepLR 都是新的）。再训练 10 步后的损失，和一口气训练 20 步相比会：' },
  choices: [
    { id: 'same', label: LABEL.same, why: { en: 'Only a full checkpoint (model + optimizer + scheduler) gives the same 1.339167.', zh: '只有完整的检查点（模型 + 优化器 + 调度器）才能得到同样的 1.339167。' } },
    { id: 'different', label: LABEL.different, why: { en: 'Adam’s moments restart at 0 and StepLR restarts at lr = 0.05: a different path (0.537912 here).', zh: 'Adam 的动量从 0 重来，StepLR 又从 lr = 0.05 开始：走的是另一条路（这里是 0.537912）。' } },
  ],
  answer: 'different',
  happened: (r) => {
    const whole = numberAfter(r, 'in one go:');
    const modelOnly = numberAfter(r, 'model only, 10 more:');
    if (Number.isNaN(whole) || Number.isNaN(modelOnly)) return null;
    return whole === modelOnly ? 'same' : 'different';
  },
});
