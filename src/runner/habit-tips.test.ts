/**
 * Coach tips for Python habits in TypeScript cells and for the order of calls (issue 11, point 3): each case runs
 * through the real runner and asserts the exact tip in both languages.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/define';
import runnerStrings from '../i18n/strings/runner';
import { coachTips, tipForError, type Tip } from './coach';
import { engineNamespaces, execute } from './execute';

const say = (tip: Tip | undefined) => ({
  en: tip && translator(runnerStrings, 'en')(`runner.tip.${tip.id}`, tip.params),
  zh: tip && translator(runnerStrings, 'zh')(`runner.tip.${tip.id}`, tip.params),
});
async function errorTip(code: string) {
  const r = await execute(code);
  return say(tipForError(r.error, code, engineNamespaces));
}
async function runTips(code: string) {
  const r = await execute(code);
  expect(r.error).toBeUndefined();
  return coachTips(r.trace.events).map((t) => say(t));
}

describe('tips for Python habits in a TypeScript cell', () => {
  it.each([
    ['True', 'const w = torch.zeros([1], { requires_grad: True })', {
      en: 'Coach: True is Python. TypeScript writes it true.',
      zh: '教练提示：True 是 Python 的写法，TypeScript 里写作 true。',
    }],
    ['None', 'let g = None', {
      en: 'Coach: None is Python. TypeScript writes it null.',
      zh: '教练提示：None 是 Python 的写法，TypeScript 里写作 null。',
    }],
    ['import torch', 'import torch\nprint(torch.zeros(1))', {
      en: 'Coach: that is Python\'s import. In a TypeScript cell torch, nn and optim are already there; if you want the line, write import { torch, nn, optim } from "torch".',
      zh: '教练提示：这是 Python 的 import。TypeScript 单元格里 torch、nn、optim 已经准备好了；想写这一行的话，请写 import { torch, nn, optim } from "torch"。',
    }],
    ['for … in range(…):', 'for i in range(3):\n  print(i)', {
      en: 'Coach: TypeScript has no range() and no for … in …: loops. Count like this: for (let i = 0; i < 10; i++) { … }, or loop over items with for (const x of xs) { … }.',
      zh: '教练提示：TypeScript 没有 range()，也没有 for … in …: 这种循环。计数这样写：for (let i = 0; i < 10; i++) { … }；逐个取元素用 for (const x of xs) { … }。',
    }],
    ['range() in a JS loop', 'for (const i of range(3)) print(i)', {
      en: 'Coach: TypeScript has no range() and no for … in …: loops. Count like this: for (let i = 0; i < 10; i++) { … }, or loop over items with for (const x of xs) { … }.',
      zh: '教练提示：TypeScript 没有 range()，也没有 for … in …: 这种循环。计数这样写：for (let i = 0; i < 10; i++) { … }；逐个取元素用 for (const x of xs) { … }。',
    }],
    ['f-string', 'const loss = 1\nprint(f"loss {loss}")', {
      en: 'Coach: f"…{x}…" is a Python f-string. TypeScript uses backquotes: `loss ${loss.item()}`.',
      zh: '教练提示：f"…{x}…" 是 Python 的 f-string。TypeScript 用反引号：`loss ${loss.item()}`。',
    }],
    ['full-width parentheses', 'print（1）', {
      en: 'Coach: line 1 has a full-width “（” (typed with a Chinese keyboard). Code needs the ASCII “(”: switch the keyboard to English for code.',
      zh: '教练提示：第 1 行有一个全角的“（”（中文输入法打出来的）。代码里要用半角的“(”：写代码时把输入法切换到英文。',
    }],
    ['full-width comma (a Chinese comment on the line is fine)', '// 注释，没问题\nprint(1，2)', {
      en: 'Coach: line 2 has a full-width “，” (typed with a Chinese keyboard). Code needs the ASCII “,”: switch the keyboard to English for code.',
      zh: '教练提示：第 2 行有一个全角的“，”（中文输入法打出来的）。代码里要用半角的“,”：写代码时把输入法切换到英文。',
    }],
    ['trailing # comment', 'const x = 1  # the answer\nprint(x)', {
      en: 'Coach: # starts a comment in Python; in TypeScript write // instead: // the answer',
      zh: '教练提示：# 是 Python 的注释符号，TypeScript 里要用 //，写成：// the answer',
    }],
    ['zero_grd', 'const w = torch.zeros([1], { requires_grad: true })\nconst o = optim.SGD([w], { lr: 0.1 })\no.zero_grd()', {
      en: 'Coach: there is no .zero_grd — did you mean .zero_grad?',
      zh: '教练提示：没有 .zero_grd 这个成员，你是不是想写 .zero_grad？',
    }],
    ['w.gard', 'const w = torch.zeros([1], { requires_grad: true })\nw.sum().backward()\nprint(w.gard.item())', {
      en: 'Coach: there is no .gard — did you mean .grad?',
      zh: '教练提示：没有 .gard 这个成员，你是不是想写 .grad？',
    }],
  ])('%s', async (_name, code, expected) => {
    expect(await errorTip(code)).toEqual(expected);
  });

  it('a # inside a string, a #private field or a Chinese comment is no habit', async () => {
    expect((await execute('class A { #x = 1 }\nprint("# not a comment", "（全角在字符串里）") // 中文注释：好')).error).toBeUndefined();
  });
});

describe('tips know the order of calls', () => {
  const loop = (body: string) => `const w = torch.tensor([5.0], { requires_grad: true })
const o = optim.SGD([w], { lr: 0.1 })
for (let i = 0; i < 30; i++) {
${body}
}`;
  it('step() before backward() gets its own tip, not "is step() missing?"', async () => {
    expect(await runTips(loop('  o.zero_grad()\n  const loss = w.pow(2).sum()\n  o.step()\n  loss.backward()'))).toEqual([{
      en: 'Coach: optimizer.step() ran before loss.backward() in this iteration, so it used no gradients or last iteration\'s. The order is zero_grad() → forward → loss → backward() → step().',
      zh: '教练提示：这一轮里 optimizer.step() 在 loss.backward() 之前运行了，用的是空的梯度或上一轮的梯度。正确顺序是 zero_grad() → 前向 → 损失 → backward() → step()。',
    }]);
  });
  it('zero_grad() between backward() and step() gets its own tip', async () => {
    expect(await runTips(loop('  const loss = w.pow(2).sum()\n  loss.backward()\n  o.zero_grad()\n  o.step()'))).toEqual([{
      en: 'Coach: zero_grad() ran after loss.backward() and before optimizer.step(), so step() found the gradients already cleared. Clear them before backward() (or after step()).',
      zh: '教练提示：zero_grad() 夹在 loss.backward() 和 optimizer.step() 之间运行了，step() 拿到的梯度已经被清空。请在 backward() 之前（或 step() 之后）清空梯度。',
    }]);
  });
  it('a flat loss names step() only when an optimizer exists and never stepped, and no optimizer otherwise', async () => {
    expect(await runTips(loop('  o.zero_grad()\n  w.pow(2).sum().backward()'))).toEqual([{
      en: 'Coach: the loss barely moved over 20 backward passes: the optimizer was created, but optimizer.step() never ran, so the parameters never changed.',
      zh: '教练提示：连续 20 次反向传播，损失几乎没变：优化器创建了，但 optimizer.step() 一次也没运行，参数一直没变。',
    }]);
    const noOptimizer = 'const w = torch.tensor([5.0], { requires_grad: true })\nfor (let i = 0; i < 30; i++) { w.pow(2).sum().backward(); w.grad = null }';
    expect(await runTips(noOptimizer)).toEqual([{
      en: 'Coach: the loss barely moved over 20 backward passes. Nothing updates the parameters yet: create an optimizer and call its step() after backward(), or update them by hand under torch.no_grad().',
      zh: '教练提示：连续 20 次反向传播，损失几乎没变。还没有任何东西在更新参数：创建一个优化器，并在 backward() 之后调用它的 step()；或者在 torch.no_grad() 里手动更新。',
    }]);
  });
  it('the right order stays silent, with zero_grad() at the start or at the end', async () => {
    expect(await runTips(loop('  o.zero_grad()\n  w.pow(2).sum().backward()\n  o.step()'))).toEqual([]);
    expect(await runTips(loop('  w.pow(2).sum().backward()\n  o.step()\n  o.zero_grad()'))).toEqual([]);
  });
});
