/** "Think, then run": the prediction above a cell (src/components/Predict.astro, src/predict/predict-element.ts). */
import { defineStrings } from '../define';

export default defineStrings(
  {
    'predict.legend': 'Predict first',
    'predict.optional': 'Optional: pick one, then run the cell to find out.',
    'predict.right': 'You predicted “{pick}”. Right!',
    'predict.wrong': 'You predicted “{pick}”. What happens: “{answer}”.',
    'predict.none': 'What happens: “{answer}”.',
    'predict.yours': 'Your choice: {why}',
    'predict.edited': 'You changed the code; this is what the lesson’s code does.',
    'predict.notSaved': 'Your pick could not be saved in this browser (it still counts on this page).',
  },
  {
    'predict.legend': '先猜一猜',
    'predict.optional': '可选：先选一个，再运行代码揭晓答案。',
    'predict.right': '你猜的是“{pick}”。猜对了！',
    'predict.wrong': '你猜的是“{pick}”。实际结果：“{answer}”。',
    'predict.none': '实际结果：“{answer}”。',
    'predict.yours': '你的选项：{why}',
    'predict.edited': '你改过代码；这里说的是课程原代码的结果。',
    'predict.notSaved': '这个浏览器没能保存你的选择（在本页仍然有效）。',
  },
);
