import { definePrediction } from '../../src/predict/types';
import { numberAfter } from '../../src/predict/read';

export default definePrediction({
  question: { en: 'clip_grad_norm_(…, 1.0) is called twice on the same gradients. What does the second call print?', zh: '对同一批梯度调用两次 clip_grad_norm_(…, 1.0)。第二次会打印多少？' },
  choices: [
    { id: 'same', label: { en: 'the same large norm again', zh: '又是同样大的范数' }, why: { en: 'The first call already scaled the gradients in place (the trailing _), so they are not large any more.', zh: '第一次调用已经原地缩放了梯度（名字末尾的 _），梯度已经不大了。' } },
    { id: 'one', label: { en: 'about 1.0', zh: '约 1.0' }, why: { en: 'It returns the total norm before clipping; after the first call that norm is max_norm = 1.0.', zh: '它返回的是裁剪前的总范数；第一次调用之后，这个范数就是 max_norm = 1.0。' } },
    { id: 'zero', label: { en: '0', zh: '0' }, why: { en: 'Clipping rescales the gradients; it never zeroes them.', zh: '裁剪只是按比例缩小梯度，从不清零。' } },
  ],
  answer: 'one',
  happened: (r) => {
    const before = numberAfter(r, 'before clipping:');
    const after = numberAfter(r, 'after clipping:');
    if (Number.isNaN(before) || Number.isNaN(after)) return null;
    return Math.abs(after - 1) < 1e-3 ? 'one' : after === 0 ? 'zero' : after === before ? 'same' : null;
  },
});
