import { describe, expect, it } from 'vitest';
import runner from '../i18n/strings/runner';
import { translator } from '../i18n/define';
import { tipForError } from './coach';
import { executeInVm } from './node-vm';
import { operatorRewrite } from './operator-rewrite';

const zh = translator(runner, 'zh');
const en = translator(runner, 'en');

describe('operatorRewrite: JavaScript operators written as tensor methods', () => {
  it.each([
    ['const y = w + w;', 'w + w', 'w.add(w)'],
    ['const y = w * 3;', 'w * 3', 'w.mul(3)'],
    ['const loss = (w - 3) ** 2;', '(w - 3) ** 2', 'w.sub(3).pow(2)'],
    ['const z = 1 + 2 * w;', '1 + 2 * w', 'w.mul(2).add(1)'],
    ['const z = 1 - x;', '1 - x', 'torch.sub(1, x)'],
    ['if (loss < best) best = loss;', 'loss < best', 'loss.lt(best)'],
    ['if (3 < w.sum()) {', '3 < w.sum()', 'w.sum().gt(3)'],
    ['console.log(model(x) - y_true);', 'model(x) - y_true', 'model(x).sub(y_true)'],
    ['const d = -w.grad / 2.5;', '-w.grad / 2.5', 'w.grad.neg().div(2.5)'],
    ['const m = (a + b) / (c - d) // comment * x', '(a + b) / (c - d)', 'a.add(b).div(c.sub(d))'],
  ])('%s', (line, expression, suggestion) => {
    expect(operatorRewrite(line, 1)).toEqual({ expression, suggestion });
  });

  it('picks the expression at the error column, and ignores strings and lines without operators', () => {
    const line = 'for (let i = 0; i < 3; i++) y = w * 3;';
    expect(operatorRewrite(line, 1, line.indexOf('*') + 1)).toEqual({ expression: 'w * 3', suggestion: 'w.mul(3)' });
    expect(operatorRewrite("console.log('loss ' + loss);", 1)).toBeUndefined();
    expect(operatorRewrite('model.zero_grad();', 1)).toBeUndefined();
    expect(operatorRewrite('x', 3)).toBeUndefined();
  });
});

describe('the operator tip, end to end (engine TypeError → line/column → localised tip)', () => {
  it.each([
    ['w + w', 'w.add(w)'],
    ['w * 3', 'w.mul(3)'],
    ['(w - 3) ** 2', 'w.sub(3).pow(2)'],
  ])('%s', async (expr, suggestion) => {
    const code = `const w = torch.tensor([1, 2]);\nconst y = ${expr};\nconsole.log(y);`;
    const result = await executeInVm(code);
    expect(result.error).toMatchObject({ name: 'TypeError', line: 2 });
    expect(result.error!.message).toMatch(/^unsupported operand type\(s\) for a JavaScript operator: 'Tensor'/);
    const tip = tipForError(result.error, code)!;
    expect(tip).toEqual({ id: 'tensorOperator', params: { expression: expr, suggestion } });
    expect(en(`runner.tip.${tip.id}`, tip.params)).toBe(
      `Coach: JavaScript operators do not work on tensors (in Python they do). Write ${expr} with methods: ${suggestion}`,
    );
    expect(zh(`runner.tip.${tip.id}`, tip.params)).toBe(
      `教练提示：张量不能直接用 JavaScript 运算符（Python 里可以）。把 ${expr} 改写成方法调用：${suggestion}`,
    );
  });

  it('string concatenation with a tensor gets the general tip; template literals print', async () => {
    const code = "const w = torch.tensor([1, 2]);\nconsole.log(`w = ${w}`);\nconsole.log('w = ' + w);";
    const result = await executeInVm(code);
    expect(result.logs).toEqual(['w = tensor([1, 2])']);
    const tip = tipForError(result.error, code)!;
    expect(tip).toEqual({ id: 'tensorOperatorAny' });
    expect(en(`runner.tip.${tip.id}`)).toBe(
      'Coach: JavaScript operators (+ - * / ** < >) do not work on tensors (in Python they do). Use methods: a.add(b), a.mul(3), a.sub(3).pow(2), a.lt(b); `${a}` or String(a) prints a tensor.',
    );
    expect(zh(`runner.tip.${tip.id}`)).toBe(
      '教练提示：张量不能直接用 JavaScript 运算符（+ - * / ** < >，Python 里可以）。请改用方法：a.add(b)、a.mul(3)、a.sub(3).pow(2)、a.lt(b)；要打印张量用 `${a}` 或 String(a)。',
    );
  });
});
