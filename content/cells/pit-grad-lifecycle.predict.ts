import { definePrediction } from '../../src/predict/types';
import { numberAfter } from '../../src/predict/read';

export default definePrediction({
  question: { en: 'After zero_grad(), step() is called again. w will:', zh: 'zero_grad() 之后又调用了一次 step()。w 会：' },
  choices: [
    { id: 'again', label: { en: 'move by the same step again', zh: '再走同样的一步' }, why: { en: 'The old gradient is gone: zero_grad() set .grad to None (set_to_none=True by default).', zh: '旧梯度已经没了：zero_grad() 默认把 .grad 设成 None（set_to_none=True）。' } },
    { id: 'still', label: { en: 'stay where it is', zh: '原地不动' }, why: { en: 'step() skips parameters whose .grad is None, so w stays at 0.6.', zh: 'step() 会跳过 .grad 为 None 的参数，所以 w 停在 0.6。' } },
    { id: 'error', label: { en: 'raise an error', zh: '报错' }, why: { en: 'A missing gradient is not an error for step(): it just has nothing to do.', zh: '没有梯度对 step() 来说不算错误：只是没事可做。' } },
  ],
  answer: 'still',
  happened: (r) => {
    if (r.status !== 'ok') return 'error';
    const before = numberAfter(r, 'w      = tensor([');
    const after = numberAfter(r, 'step() again:      w      = tensor([');
    if (Number.isNaN(before) || Number.isNaN(after)) return null;
    return before === after ? 'still' : 'again';
  },
});
