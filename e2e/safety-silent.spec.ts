/**
 * No silent wrong answers from the runner (issue 14.4): an invalid date prints "Invalid Date", and a run whose
 * code finished but whose results take long to collect is not reported as an endless loop.
 */
import { expect, test } from './shared-context';
import { openCell, output, runCode } from './safety-helpers';

test('print(new Date(NaN)) prints Invalid Date', async ({ page }) => {
  const cell = await openCell(page, 'en');
  expect(await runCode(cell, 'print(new Date(NaN))\nprint([new Date(NaN)])')).toMatchObject({ status: 'ok', logs: ['Invalid Date', '[ Invalid Date ]'] });
});

test('zh: a slow snapshot after the code finished is not called an endless loop', async ({ page }) => {
  const cell = await openCell(page, 'zh');
  // the code ends at once; reading the optimizer's group while snapshotting then takes 3 s, twice the budget
  const code = [
    'const p = torch.zeros([2], { requires_grad: true })',
    'const o = optim.SGD([p], { lr: 0.1 })',
    "Object.defineProperty(o.param_groups[0], 'slow', { enumerable: true, get() { const t = Date.now(); while (Date.now() - t < 3000) {} return 1 } })",
    'print("done")',
  ].join('\n');
  const r = await runCode(cell, code, 1500);
  expect(r).toMatchObject({ status: 'ok', logs: ['done'] });
  await expect(output(cell)).not.toContainText('死循环');
  await expect(output(cell)).toHaveAttribute('data-state', 'ok');
});
