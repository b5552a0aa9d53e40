import { definePrediction } from '../../src/predict/types';
import { samePrint } from '../../src/predict/read';
import { LABEL } from '../../src/predict/choices';

export default definePrediction({
  question: { en: 'zero_grad() moved from the start of the loop to the end. Compared with the loop above, the losses will be:', zh: 'zero_grad() 从循环开头挪到了末尾。和上面的循环比，损失会：' },
  choices: [
    { id: 'same', label: LABEL.same, why: { en: 'Gradients are cleared once between every step() and the next backward(): that is all that matters.', zh: '每次 step() 和下一次 backward() 之间都清了一次梯度：要紧的只有这一点。' } },
    { id: 'different', label: LABEL.different, why: { en: 'Only the place changed, not the order that matters; .grad starts empty, so the first pass is the same too.', zh: '变的只是位置，关键顺序没变；.grad 一开始就是空的，所以第一轮也一样。' } },
  ],
  answer: 'same',
  compareWith: 'loop-guide',
  happened: (r, twin) => (twin ? (samePrint(r, twin) ? 'same' : 'different') : null),
});
