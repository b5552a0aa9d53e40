/**
 * Exercises and checkpoints in Python (issue 10, acceptance 2): the same checkers as in TypeScript judge a Python
 * run through its RunTrace. Every solution.py passes and every starter.py fails (the same way as the TypeScript
 * starter); for the three guide exercises, wrong Python submissions each fail with their specific message and
 * differently written correct ones pass. Submissions are small visible edits of the real files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/runner/execute';
import { loadPythonForNode } from '../../src/python/load';
import { executePython, type PyodideLike } from '../../src/python/execute-python';
import type { ExerciseDef, RunResult, Verdict } from '../../src/exercises/types';

const defs = import.meta.glob<{ default: ExerciseDef }>('../../content/exercises/*/exercise.ts', { eager: true });
const byId = new Map(Object.values(defs).map((m) => [m.default.id, m.default]));
const path = (id: string, name: string) => `content/exercises/${id}/${name}`;
const file = (id: string, name: string) => readFileSync(path(id, name), 'utf8');

let py: PyodideLike;
beforeAll(async () => {
  py = await loadPythonForNode();
}, 120_000);

const runPy = (code: string) => executePython(py, code) as Promise<RunResult>;
async function check(id: string, code: string, choice: string | null): Promise<Verdict> {
  return byId.get(id)!.check({ result: await runPy(code), choice });
}

function edit(code: string, from: string | RegExp, to: string): string {
  const out = code.replace(from, to);
  if (out === code) throw new Error(`edit did not apply: ${String(from)}`);
  return out;
}

const codeIds = [...byId.values()].filter((d) => d.kind === 'code' && existsSync(path(d.id, 'solution.py'))).map((d) => d.id).sort();

describe('every code exercise and checkpoint has its Python starter and solution', () => {
  it('starter.py and solution.py exist beside the TypeScript ones', () => {
    for (const d of byId.values()) {
      if (d.kind !== 'code') continue;
      if (existsSync(path(d.id, 'starter.ts'))) expect(existsSync(path(d.id, 'starter.py')), `${d.id}/starter.py`).toBe(true);
      expect(existsSync(path(d.id, 'solution.py')), `${d.id}/solution.py`).toBe(true);
    }
  });
});

describe.each(codeIds)('%s in Python', (id) => {
  const choice = byId.get(id)!.answer ?? null;
  it('solution.py passes', async () => {
    const v = await check(id, file(id, 'solution.py'), choice);
    expect(v, JSON.stringify(v)).toMatchObject({ pass: true });
  });
  it('starter.py fails for the same reason as starter.ts', async () => {
    if (!existsSync(path(id, 'starter.py'))) return;
    const d = byId.get(id)!;
    const vPy = await check(id, file(id, 'starter.py'), choice);
    const vTs = d.check({ result: (await execute(file(id, 'starter.ts'))) as RunResult, choice });
    expect(vPy.pass, JSON.stringify(vPy)).toBe(vTs.pass);
    expect(vPy.key).toBe(vTs.key);
  });
});

type Case = [name: string, code: () => string, key: string, choice?: string];
const cases = (id: string, list: Case[]) =>
  it.each(list.map(([n, c, k, ch]) => [`${n} → ${k}`, c, k, ch] as const))('%s', async (_n, code, key, choice) => {
    const v = await check(id, code(), choice ?? null);
    expect(v, JSON.stringify(v)).toMatchObject({ pass: false, key });
  });
const passes = (id: string, list: [string, string, string | null][]) =>
  it.each(list)('%s', async (_n, code, choice) => {
    const v = await check(id, code, choice);
    expect(v, JSON.stringify(v)).toMatchObject({ pass: true });
  });

const ex1 = file('sgd-linear-regression', 'solution.py');
describe('sgd-linear-regression in Python: wrong submissions', () => {
  cases('sgd-linear-regression', [
    ['wrong optimizer', () => edit(ex1, 'optim.SGD(', 'optim.Adam('), 'check.train.wrongOptimizer'],
    ['missing zero_grad', () => edit(ex1, '    optimizer.zero_grad()\n', ''), 'check.train.accumulated'],
    ['learning rate too small', () => edit(ex1, 'lr=0.1', 'lr=0.01'), 'check.linreg.weight'],
    ['diverging learning rate', () => edit(ex1, 'lr=0.1', 'lr=1.5'), 'check.train.diverged'],
    ['unfinished starter', () => file('sgd-linear-regression', 'starter.py'), 'check.train.noOptimizer'],
    ['no backward/step', () => edit(edit(ex1, '    loss.backward()\n', ''), '    optimizer.step()\n', ''), 'check.train.noBackward'],
    ['step before backward', () => edit(ex1, 'loss.backward()\n    optimizer.step()', 'optimizer.step()\n    loss.backward()'), 'check.order.stepBeforeBackward'],
    ['hard-coded output', () => 'print("epoch 0, loss 10.1169")\nprint("w = 3", "b = 2")', 'check.train.noOptimizer'],
    ['raised error', () => edit(ex1, 'model = nn.Linear', 'raise ValueError("boom")\nmodel = nn.Linear'), 'check.run.errorAt'],
    ['syntax error (missing colon)', () => edit(ex1, 'for epoch in range(100):', 'for epoch in range(100)'), 'check.run.syntaxAt'],
  ]);
});
describe('sgd-linear-regression in Python: differently written correct solutions pass', () => {
  const manual = `import torch
from torch import optim
torch.manual_seed(0)
x = torch.randn(100, 1)
y = 3 * x + 2 + 0.1 * torch.randn(100, 1)
w = torch.zeros(1, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
optimizer = optim.SGD([w, b], lr=0.2)
for i in range(80):
    optimizer.zero_grad()
    loss = ((x @ w + b - y) ** 2).mean()
    loss.backward()
    optimizer.step()
`;
  const moduleClass = `import torch
from torch import nn, optim
torch.manual_seed(0)
x = torch.randn(100, 1)
y = 3 * x + 2 + 0.1 * torch.randn(100, 1)

class Line(nn.Module):
    def __init__(self):
        super().__init__()
        self.fit = nn.Linear(1, 1)

    def forward(self, x):
        return self.fit(x)

model = Line()
optimizer = optim.SGD(model.parameters(), lr=0.3)
epoch = 0
while epoch < 60:
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()
    epoch += 1
`;
  passes('sgd-linear-regression', [
    ['the solution', ex1, null],
    ['manual parameters, SGD over [w, b]', manual, null],
    ['nn.Module subclass, while loop, zero_grad at the end', moduleClass, null],
    ['model.zero_grad(), lr 0.5', edit(edit(ex1, 'optimizer.zero_grad()', 'model.zero_grad()'), 'lr=0.1', 'lr=0.5'), null],
  ]);
});

const ex2 = file('sgd-vs-adam', 'solution.py');
describe('sgd-vs-adam in Python: wrong submissions', () => {
  cases('sgd-vs-adam', [
    ['RMSprop instead of Adam', () => edit(ex2, 'optim.Adam(params, lr=lr)', 'optim.RMSprop(params, lr=lr)'), 'check.compare.needBoth', 'sgd'],
    ['missing zero_grad', () => edit(ex2, '        optimizer.zero_grad()\n', ''), 'check.train.accumulated', 'sgd'],
    ['different learning rates', () => edit(ex2, 'optim.Adam(params, lr=lr)', 'optim.Adam(params, lr=0.001)'), 'check.compare.differentLr', 'sgd'],
    ['diverging learning rate', () => edit(ex2, 'lr = 0.01', 'lr = 1.0'), 'check.train.diverged', 'adam'],
    ['unfinished starter', () => file('sgd-vs-adam', 'starter.py'), 'check.compare.needBoth', 'sgd'],
    ['no backward', () => edit(ex2, '        loss.backward()\n', ''), 'check.train.noBackward', 'sgd'],
    ['different starting points', () => edit(edit(ex2, /    torch\.manual_seed\(0\)[^\n]*\n/, ''), 'lr = 0.01', 'torch.manual_seed(0)\nlr = 0.01'), 'check.compare.differentStart', 'sgd'],
    ['curves not plotted', () => edit(ex2, '        plot(name, epoch, loss.item())\n', ''), 'check.compare.notPlotted', 'sgd'],
    ['answer contradicts the run', () => ex2, 'check.compare.wrongSgd', 'adam'],
    ['no answer picked', () => ex2, 'check.choose', ''],
    ['TypeError in the program', () => edit(ex2, "train('SGD'", "train('SGD', 3)\ntrain('SGD'"), 'check.run.errorAt', 'sgd'],
  ]);
});
describe('sgd-vs-adam in Python: differently written correct solutions pass', () => {
  const twoLoops = `import torch
from torch import nn, optim
lr = 0.1
for name in ["SGD", "Adam"]:
    torch.manual_seed(0)
    x = torch.randn(100, 3)
    y = x @ torch.tensor([[1.5], [-2.0], [0.5]]) + 1
    model = nn.Linear(3, 1)
    opt = optim.SGD(model.parameters(), lr=lr) if name == "SGD" else optim.Adam(model.parameters(), lr=lr)
    for epoch in range(60):
        loss = nn.MSELoss()(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        plot(name, epoch, loss)
`;
  passes('sgd-vs-adam', [
    ['the solution (lr 0.01)', ex2, 'sgd'],
    ['lr 0.001', edit(ex2, 'lr = 0.01', 'lr = 0.001'), 'sgd'],
    ['one loop over both names, lr 0.1, plot(name, epoch, loss tensor)', twoLoops, 'sgd'],
  ]);
});

const ex3 = file('weight-decay', 'solution.py');
describe('weight-decay in Python: wrong submissions', () => {
  cases('weight-decay', [
    ['different optimizers', () => edit(ex3, 'optim.Adam(model.parameters()', '(optim.AdamW if weight_decay > 0 else optim.Adam)(model.parameters()'), 'check.wd.differentOptimizers', 'yes'],
    ['missing zero_grad', () => edit(ex3, '        optimizer.zero_grad()\n', ''), 'check.train.accumulated', 'yes'],
    ['different learning rates', () => edit(ex3, 'lr=0.1,', 'lr=0.05 if weight_decay > 0 else 0.1,'), 'check.wd.differentLr', 'yes'],
    ['diverging learning rate', () => edit(ex3, 'lr=0.1,', 'lr=1000,'), 'check.train.diverged', 'yes'],
    ['no step', () => edit(ex3, '        optimizer.step()\n', ''), 'check.train.noStep', 'yes'],
    ['unfinished starter (one run)', () => file('weight-decay', 'starter.py'), 'check.wd.needTwo', 'yes'],
    ['weight_decay never passed', () => edit(ex3, ', weight_decay=weight_decay', ''), 'check.wd.noDecay', 'yes'],
    ['answer contradicts the run', () => ex3, 'check.wd.wrongImproved', 'no'],
    ['only weight_decay 1e-2 tried', () => edit(ex3, 'train(1e-4)', 'train(1e-2)'), 'check.wd.otherValue', 'no'],
    ['NameError', () => edit(ex3, 'train(0)\n', 'trian(0)\n'), 'check.run.errorAt', 'yes'],
  ]);
});
describe('weight-decay in Python: differently written correct solutions pass', () => {
  passes('weight-decay', [
    ['the solution, weight_decay 1e-4 → improved', ex3, 'yes'],
    ['decayed run first', edit(ex3, 'train(0)\ntrain(1e-4)', 'train(1e-4)\ntrain(0)'), 'yes'],
  ]);
});
