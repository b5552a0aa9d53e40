/**
 * Exercise integrity (issue 14.7): tricks a learner might use to pass a check without training, run through the
 * real runner and checkers. Each is caught with its reason, except the ones listed as known limits in
 * src/exercises/README.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execute } from '../src/runner/execute';
import { torch } from '../src/engine/index';
import type { ExerciseDef } from '../src/exercises/types';

const defs = import.meta.glob<{ default: ExerciseDef }>('../content/exercises/*/exercise.ts', { eager: true });
const ex1Def = Object.values(defs).map((m) => m.default).find((d) => d.id === 'sgd-linear-regression')!;
const ex1 = readFileSync('content/exercises/sgd-linear-regression/solution.ts', 'utf8');
const edit = (code: string, from: string, to: string) => {
  const out = code.replace(from, to);
  if (out === code) throw new Error(`edit did not apply: ${from}`);
  return out;
};
const slow = edit(ex1, 'lr: 0.1', 'lr: 0.001'); // too small to reach the answer by training
const fillAnswer = 'torch.no_grad(() => { model.weight.fill_(3); model.bias.fill_(2); });';
const afterImport = (code: string, inject: string) => edit(code, 'import { torch, nn, optim } from "torch";\n', `import { torch, nn, optim } from "torch";\n${inject}\n`);

/** Runs learner code in this realm (like the worker), then undoes the prototype hooks it may have installed. */
const sgdProto = Object.getPrototypeOf(torch.optim.SGD([torch.zeros([1], { requires_grad: true })], { lr: 1 })) as { step: unknown };
async function runRestoring(code: string) {
  const push = Array.prototype.push;
  const setIterator = Set.prototype[Symbol.iterator];
  const step = Object.getOwnPropertyDescriptor(sgdProto, 'step');
  try {
    return await execute(code);
  } finally {
    Array.prototype.push = push;
    Set.prototype[Symbol.iterator] = setIterator;
    if (step) Object.defineProperty(sgdProto, 'step', step);
    else delete (sgdProto as { step?: unknown }).step;
  }
}

describe('tricks that do not pass', () => {
  it.each([
    ['writing the answer with fill_ after every step', edit(ex1, '  optimizer.step();', `  optimizer.step();\n  ${fillAnswer}`), 'check.train.editedOutside'],
    ['writing the answer with fill_ after training (judged on what SGD left)', `${slow}\n${fillAnswer}`, 'check.train.notDecreasing'],
    ['writing the answer into .data after training', `${slow}\nmodel.weight.data[0] = 3;\nmodel.bias.data[0] = 2;`, 'check.train.notDecreasing'],
    ['patching SGD.prototype.step to write the answer after each real step', afterImport(slow, `const P = Object.getPrototypeOf(optim.SGD([torch.zeros([1], { requires_grad: true })], { lr: 1 }));
const orig = P.step;
P.step = function (...a: unknown[]) { const r = orig.apply(this, a); torch.no_grad(() => { for (const g of this.param_groups) for (const p of g.params) p.fill_(p.dim() === 2 ? 3 : 2); }); return r; };`), 'check.train.editedOutside'],
    ['hooking Array.prototype.push to shrink the recorded losses', afterImport(slow, `const push = Array.prototype.push;
Array.prototype.push = function (...a: any[]) { if (a[0] && a[0].type === 'backward') a[0] = { ...a[0], loss: a[0].loss / 1000 }; return push.apply(this, a); };`), 'check.train.notDecreasing'],
    ["hooking Set iteration to filter the engine's events", afterImport(slow, `const it = Set.prototype[Symbol.iterator];
Set.prototype[Symbol.iterator] = function* () { for (const l of it.call(this)) yield typeof l === 'function' ? (e: any) => l(e.type === 'backward' ? { ...e, loss: e.loss / 1000 } : e) : l; } as any;`), 'check.train.notDecreasing'],
    ['swapping param_groups for tensors holding the answer', `${slow}\noptimizer.param_groups[0].params = [torch.tensor([[3.0]]), torch.tensor([2.0])];`, 'check.train.notDecreasing'],
    ['replaying reference losses with lr 0', `const w = torch.tensor([[3.0]], { requires_grad: true });
const b = torch.tensor([2.0], { requires_grad: true });
const opt = optim.SGD([w, b], { lr: 0.0 });
for (const l of [13.9, 6.2, 2.8, 1.3, 0.6, 0.3, 0.15, 0.07, 0.03, 0.012]) {
  opt.zero_grad();
  w.mul(0).sum().add(b.mul(0).sum()).add(l).backward();
  opt.step();
}`, 'check.train.neverMoved'],
  ].map(([name, code, key]) => [`${name} → ${key}`, code, key]))('%s', async (_name, code, key) => {
    const r = await runRestoring(code);
    expect(r.error, JSON.stringify(r.error)).toBeUndefined();
    expect(ex1Def.check({ result: r })).toMatchObject({ pass: false, key });
  });
});

describe('a known limit: a shortcut that still passes', () => {
  it('training toward hard-coded constants is real gradient descent, and passes (said in src/exercises/README.md)', async () => {
    const r = await runRestoring(`const w = torch.tensor([[0.0]], { requires_grad: true });
const b = torch.tensor([0.0], { requires_grad: true });
const opt = optim.SGD([w, b], { lr: 0.1 });
for (let i = 0; i < 200; i++) { opt.zero_grad(); w.sub(3).pow(2).sum().add(b.sub(2).pow(2).sum()).backward(); opt.step(); }`);
    expect(ex1Def.check({ result: r }).pass).toBe(true);
  });
});
