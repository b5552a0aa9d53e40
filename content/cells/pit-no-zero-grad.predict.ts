import { definePrediction } from '../../src/predict/types';
import { numberAfter } from '../../src/predict/read';

export default definePrediction({
  question: { en: 'The gradient of one backward() is 4. Without zero_grad(), what will w.grad be after the third backward()?', zh: '一次 backward() 的梯度是 4。不调用 zero_grad()，第三次 backward() 之后 w.grad 是多少？' },
  choices: [
    { id: 'g4', label: { en: '4', zh: '4' }, why: { en: 'Only with zero_grad() before each backward(), as the second loop shows.', zh: '只有每次 backward() 之前都 zero_grad() 才是 4，第二个循环就是这样。' } },
    { id: 'g12', label: { en: '12', zh: '12' }, why: { en: 'backward() adds into .grad: 4 + 4 + 4 = 12.', zh: 'backward() 会累加进 .grad：4 + 4 + 4 = 12。' } },
    { id: 'error', label: { en: 'an error', zh: '报错' }, why: { en: 'Accumulating is allowed (and used on purpose for gradient accumulation).', zh: '累加是允许的（梯度累积就是有意这样用的）。' } },
  ],
  answer: 'g12',
  happened: (r) => {
    if (r.status !== 'ok') return 'error';
    const g = numberAfter(r, 'backward #3: w.grad = tensor([');
    return g === 12 ? 'g12' : g === 4 ? 'g4' : null;
  },
});
