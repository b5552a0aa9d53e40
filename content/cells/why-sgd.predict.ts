import { definePrediction } from '../../src/predict/types';
import { samePrint } from '../../src/predict/read';
import { LABEL } from '../../src/predict/choices';

export default definePrediction({
  question: { en: 'Same data, same lr, but optim.SGD does the update. Compared with the hand-written loop above, the printed numbers will be:', zh: '同样的数据和学习率，改由 optim.SGD 来更新。和上面手写的循环比，打印出来的数字会：' },
  choices: [
    { id: 'same', label: LABEL.same, why: { en: 'Plain SGD computes exactly w ← w − lr·grad, the line you wrote by hand.', zh: '普通 SGD 算的正是 w ← w − lr·grad，也就是你手写的那一行。' } },
    { id: 'different', label: { en: 'slightly different', zh: '略有不同' }, why: { en: 'No momentum, no weight decay: nothing is added to the hand-written rule.', zh: '没有动量，也没有权重衰减：它没在手写规则上多加任何东西。' } },
  ],
  answer: 'same',
  compareWith: 'why-manual',
  happened: (r, twin) => (twin ? (samePrint(r, twin) ? 'same' : 'different') : null),
});
