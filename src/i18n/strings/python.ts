/**
 * Strings of Python cells (the PyTorch tab): the editor, loading Pyodide, and the coach tips whose TypeScript
 * wording would not fit Python (tips not listed here read the same in both languages: runner.tip.*).
 */
import { defineStrings } from '../define';

export default defineStrings(
  {
    'python.editorLabel': 'Code editor (PyTorch, Python). Press Esc then Tab to leave the editor.',
    'python.loading': 'Loading Python (Pyodide), once per page',
    'python.loadingBytes': '{loaded} of {total} MB',
    'python.tip.gradAccumulation':
      'Coach: backward() ran again before zero_grad(), so the new gradients were added to the old ones. Clear them once per step, before the backward pass — unless you accumulate on purpose:\noptimizer.zero_grad()\nloss.backward()\noptimizer.step()',
    'python.tip.gradAfterZero':
      'Coach: you read .grad after zero_grad(); it is None now. Read gradients after loss.backward() and before optimizer.zero_grad(), e.g. print(w.grad) right after loss.backward().',
  },
  {
    'python.editorLabel': '代码编辑器（PyTorch，Python）。先按 Esc 再按 Tab 可离开编辑器。',
    'python.loading': '正在加载 Python（Pyodide），每个页面只需加载一次',
    'python.loadingBytes': '{loaded} / {total} MB',
    'python.tip.gradAccumulation':
      '教练提示：两次 backward() 之间没有调用 zero_grad()，新梯度被累加到了旧梯度上。每一步都应在反向传播之前清空一次梯度——除非你是有意累积梯度：\noptimizer.zero_grad()\nloss.backward()\noptimizer.step()',
    'python.tip.gradAfterZero':
      '教练提示：你在 zero_grad() 之后读取了 .grad，此时它已经是 None。请在 loss.backward() 之后、optimizer.zero_grad() 之前读取梯度，比如紧跟在 loss.backward() 后面 print(w.grad)。',
  },
);
