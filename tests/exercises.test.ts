/**
 * Acceptance tests for every exercise and checkpoint, run through the real runner and engine in Node
 * (src/runner/node-vm.ts, so endless loops end with a timeout instead of hanging):
 *  - every reference solution passes and every starter fails;
 *  - for the three guide exercises, a table of wrong submissions each fails with its expected message key,
 *    and several differently written correct solutions pass.
 * Submissions are derived from the real starter/solution files by small, visible edits.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execute } from '../src/runner/execute';
import { executeInVm } from '../src/runner/node-vm';
import { torch } from '../src/engine/index';
import { messageText, type ExerciseDef, type RunResult, type Verdict } from '../src/exercises/types';
import checks from '../src/i18n/strings/checks';

const defs = import.meta.glob<{ default: ExerciseDef }>('../content/exercises/*/exercise.ts', { eager: true });
const byId = new Map(Object.values(defs).map((m) => [m.default.id, m]));
const folderOf = (path: string) => path.split('/').at(-2)!;
const file = (id: string, name: string) => readFileSync(`content/exercises/${id}/${name}`, 'utf8');
const def = (id: string) => byId.get(id)!.default;

/**
 * Runs learner code like the page does. Code that may never end runs in node:vm with a time limit (`timeoutMs`);
 * the rest runs through `execute` (same realm, like the browser worker). A run killed by the vm timeout can leave
 * the engine's global grad mode switched off (the browser throws the whole worker away instead), so it is reset.
 */
async function run(code: string, timeoutMs?: number): Promise<RunResult> {
  if (timeoutMs === undefined) return (await execute(code)) as RunResult;
  const r = (await executeInVm(code, { timeoutMs })) as RunResult;
  torch.set_grad_enabled(true);
  return r;
}
async function check(id: string, code: string, choice: string | null = null, timeoutMs?: number): Promise<Verdict> {
  const d = def(id);
  return d.check({ result: d.kind === 'quiz' ? undefined : await run(code, timeoutMs), choice });
}

/**
 * The vm time limit for the endless-loop cases: any limit ends an endless loop with the same timeout result, so it
 * is short (a limit only has to outlast code that ends, and these cases never end).
 */
const LOOP_LIMIT_MS = 300;

/** Replace `from` (must occur) by `to`. */
function edit(code: string, from: string | RegExp, to: string): string {
  const out = code.replace(from, to);
  if (out === code) throw new Error(`edit did not apply: ${String(from)}`);
  return out;
}

describe('exercise folders', () => {
  it('every folder declares its own name as id, and every kind with choices names the right one', () => {
    expect(byId.size).toBeGreaterThan(0);
    for (const [path, m] of Object.entries(defs)) {
      expect(m.default.id, path).toBe(folderOf(path));
      if (m.default.choices) expect(m.default.choices, `${path}: answer`).toContain(m.default.answer);
    }
  });
  it('shared and per-exercise messages exist in both languages, and no exercise shadows a shared key', () => {
    for (const key of Object.keys(checks.en)) expect(checks.zh[key as keyof typeof checks.zh]).toBeTruthy();
    for (const [path, m] of Object.entries(defs)) {
      const own = m.default.messages;
      if (!own) continue;
      expect(Object.keys(own.zh).sort(), `${path}: zh keys`).toEqual(Object.keys(own.en).sort());
      for (const key of Object.keys(own.en)) {
        expect(own.zh[key], `${path}: ${key}`).toBeTruthy();
        expect(key in checks.en, `${path}: ${key} is also a shared key`).toBe(false);
      }
    }
  });
  it('a verdict key is found in the exercise or the shared table (zh and en)', () => {
    const def = byId.get('weight-decay')!.default;
    expect(messageText(def, 'zh', 'check.wd.otherValue')).toContain('1e-4');
    expect(messageText(def, 'en', 'check.run.timeout')).toContain('{seconds}');
    expect(messageText(def, 'en', 'no.such.key')).toBeUndefined();
  });
});

describe('MDX and answer keys agree', () => {
  const mdx = import.meta.glob<string>('../content/{lessons,exercises}/*/{zh,en}.mdx', { query: '?raw', import: 'default', eager: true });
  const blocks = Object.entries(mdx).flatMap(([path, text]) =>
    [...text.matchAll(/<(Checkpoint|Exercise) id="([^"]+)">([\s\S]*?)<\/\1>/g)].map((m) => ({
      path,
      id: m[2]!,
      values: [...m[3]!.matchAll(/<Choice value="([^"]+)"/g)].map((c) => c[1]!),
    })),
  );
  it('every Checkpoint/Exercise in the MDX has a definition, and its choices are ones the checker knows', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) {
      const d = byId.get(b.id)?.default;
      expect(d, `${b.path}: ${b.id}`).toBeDefined();
      for (const v of b.values) expect(d!.choices ?? [], `${b.path}: ${b.id} choice ${v}`).toContain(v);
      if (d!.answer) expect(b.values, `${b.path}: ${b.id} offers the right answer`).toContain(d!.answer);
    }
  });
});

describe.each([...byId.keys()].sort())('%s: reference passes, starter fails', (id) => {
  const d = def(id);
  if (d.kind === 'quiz') {
    const answer = d.answer!;
    it('every verdict it can give has its text in both languages', () => {
      for (const c of [...(d.choices ?? []), 'something-else', null]) {
        const v = d.check({ choice: c });
        for (const lang of ['zh', 'en'] as const) expect(messageText(d, lang, v.key), `${id} ${c} ${lang}`).toBeTruthy();
      }
    });
    it('the answer key passes, every other choice and no choice fail', () => {
      expect(d.check({ choice: answer }).pass).toBe(true);
      expect(d.check({ choice: null })).toMatchObject({ pass: false, key: 'check.choose' });
      for (const c of [...(d.choices ?? []), 'something-else'].filter((c) => c !== answer)) {
        expect(d.check({ choice: c }).pass).toBe(false);
      }
    });
  } else if (d.kind === 'predict') {
    const answer = d.answer!;
    it('the given cell with the right prediction passes; other predictions fail', async () => {
      const result = await run(file(id, 'starter.ts'));
      expect(d.check({ result, choice: answer })).toMatchObject({ pass: true });
      for (const c of (d.choices ?? []).filter((c) => c !== answer)) {
        expect(d.check({ result, choice: c })).toMatchObject({ pass: false, key: 'check.predict.wrong' });
      }
      expect(d.check({ result, choice: null })).toMatchObject({ pass: false, key: 'check.choose' });
    });
  } else {
    const choice = d.answer ?? null;
    it('solution.ts passes', async () => {
      const v = await check(id, file(id, 'solution.ts'), choice);
      expect(v, JSON.stringify(v)).toMatchObject({ pass: true });
    });
    it('starter.ts fails', async () => {
      const v = await check(id, file(id, 'starter.ts'), choice);
      expect(v, JSON.stringify(v)).toMatchObject({ pass: false });
    });
  }
});

type Case = [name: string, code: () => string, key: string, choice?: string];

const ex1 = file('sgd-linear-regression', 'solution.ts');
const ex1Sgd = 'optim.SGD(model.parameters(), { lr: 0.1 })';
describe('sgd-linear-regression: wrong submissions', () => {
  const cases: Case[] = [
    ['wrong optimizer', () => edit(ex1, ex1Sgd, 'optim.Adam(model.parameters(), { lr: 0.1 })'), 'check.train.wrongOptimizer'],
    ['missing zero_grad', () => edit(ex1, 'optimizer.zero_grad();', ''), 'check.train.accumulated'],
    ['learning rate too small', () => edit(ex1, 'lr: 0.1', 'lr: 0.01'), 'check.linreg.weight'],
    ['diverging learning rate', () => edit(ex1, 'lr: 0.1', 'lr: 1.5'), 'check.train.diverged'],
    ['no training (unfinished starter)', () => file('sgd-linear-regression', 'starter.ts'), 'check.train.noOptimizer'],
    ['no backward/step', () => edit(edit(ex1, 'loss.backward();', ''), 'optimizer.step();', ''), 'check.train.noBackward'],
    ['hard-coded output', () => 'print("epoch 0, loss 10.1169");\nprint("w = 3", "b = 2");', 'check.train.noOptimizer'],
    ['weights set by hand, then one step', () => edit(
      edit(ex1, 'for (let epoch = 0; epoch < 100; epoch++)', 'for (let epoch = 0; epoch < 1; epoch++)'),
      'const criterion',
      'torch.no_grad(() => { model.weight.fill_(3); model.bias.fill_(2); });\nconst criterion',
    ), 'check.train.notDecreasing'],
    ['step before backward', () => edit(ex1, 'loss.backward();\n  optimizer.step();', 'optimizer.step();\n  loss.backward();'), 'check.order.stepBeforeBackward'],
    ['thrown error', () => edit(ex1, 'const model', 'throw new Error("boom");\nconst model'), 'check.run.errorAt'],
    ['syntax error', () => edit(ex1, 'const model = ', 'const model = = '), 'check.run.syntaxAt'],
    ['infinite loop', () => edit(ex1, 'epoch < 100; epoch++', 'epoch < 100; '), 'check.run.timeout'],
  ];
  it.each(cases.map(([n, c, k, ch]) => [`${n} → ${k}`, c, k, ch] as const))('%s', async (name, code, key) => {
    const v = await check('sgd-linear-regression', code(), null, name.startsWith('infinite') ? LOOP_LIMIT_MS : undefined);
    expect(v, JSON.stringify(v)).toMatchObject({ pass: false, key });
  });
});

describe('sgd-linear-regression: differently written correct solutions pass', () => {
  const manual = `
torch.manual_seed(0);
const x = torch.randn(100, 1);
const y = x.mul(3).add(2).add(torch.randn(100, 1).mul(0.1));
const w = torch.tensor([[0.0]], { requires_grad: true });
const b = torch.tensor([0.0], { requires_grad: true });
const optimizer = optim.SGD([w, b], { lr: 0.2 });
for (let i = 0; i < 80; i++) {
  optimizer.zero_grad();
  const loss = x.matmul(w).add(b).sub(y).pow(2).mean();
  loss.backward();
  optimizer.step();
}`;
  const whileLoop = edit(
    edit(edit(ex1, 'for (let epoch = 0; epoch < 100; epoch++) {', 'let epoch = 0;\nwhile (epoch < 60) {\n  epoch++;'), 'lr: 0.1', 'lr: 0.3'),
    '  optimizer.step();',
    '  optimizer.step();\n  optimizer.zero_grad();',
  ).replace('  optimizer.zero_grad();\n  const loss', '  const loss');
  const moduleZero = edit(edit(ex1, 'optimizer.zero_grad();', 'model.zero_grad();'), 'lr: 0.1', 'lr: 0.5');
  const keepZeros = edit(ex1, 'optimizer.zero_grad();', 'optimizer.zero_grad({ set_to_none: false });');
  it.each([
    ['manual parameters, SGD over [w, b]', manual],
    ['while loop, zero_grad at the end, lr 0.3', whileLoop],
    ['model.zero_grad(), lr 0.5', moduleZero],
    ['zero_grad({ set_to_none: false })', keepZeros],
  ])('%s', async (_name, code) => {
    const v = await check('sgd-linear-regression', code);
    expect(v, JSON.stringify(v)).toMatchObject({ pass: true });
  });
});

const ex2 = file('sgd-vs-adam', 'solution.ts');
describe('sgd-vs-adam: wrong submissions', () => {
  const cases: Case[] = [
    ['wrong optimizer (RMSprop instead of Adam)', () => edit(ex2, "optim.Adam(params, { lr })", 'optim.RMSprop(params, { lr })'), 'check.compare.needBoth', 'sgd'],
    ['missing zero_grad', () => edit(ex2, 'optimizer.zero_grad();', ''), 'check.train.accumulated', 'sgd'],
    ['different learning rates', () => edit(ex2, "optim.Adam(params, { lr })", 'optim.Adam(params, { lr: 0.001 })'), 'check.compare.differentLr', 'sgd'],
    ['diverging learning rate', () => edit(ex2, 'const lr = 0.01;', 'const lr = 1.0;'), 'check.train.diverged', 'adam'],
    ['no training (unfinished starter)', () => file('sgd-vs-adam', 'starter.ts'), 'check.compare.needBoth', 'sgd'],
    ['no backward', () => edit(ex2, 'loss.backward();', ''), 'check.train.noBackward', 'sgd'],
    ['hard-coded output', () => 'print("SGD: loss after 100 epochs = 0.3006");\nprint("Adam: loss after 100 epochs = 1.5753");', 'check.train.noOptimizer', 'sgd'],
    ['different starting points', () => edit(edit(ex2, /  torch\.manual_seed\(0\);[^\n]*\n/, ''), 'const lr', 'torch.manual_seed(0);\nconst lr'), 'check.compare.differentStart', 'sgd'],
    ['curves not plotted', () => edit(ex2, '    plot(name, epoch, loss.item());\n', ''), 'check.compare.notPlotted', 'sgd'],
    ['answer contradicts the run', () => ex2, 'check.compare.wrongSgd', 'adam'],
    ['no answer picked', () => ex2, 'check.choose', ''],
    ['thrown error', () => edit(ex2, 'function train', 'throw new TypeError("boom");\nfunction train'), 'check.run.errorAt', 'sgd'],
    ['infinite loop', () => edit(ex2, 'epoch < 100; epoch++', 'epoch < 100; '), 'check.run.timeout', 'sgd'],
  ];
  it.each(cases.map(([n, c, k, ch]) => [`${n} → ${k}`, c, k, ch] as const))('%s', async (name, code, key, choice) => {
    const v = await check('sgd-vs-adam', code(), choice || null, name.startsWith('infinite') ? LOOP_LIMIT_MS : undefined);
    expect(v, JSON.stringify(v)).toMatchObject({ pass: false, key });
  });
});

describe('sgd-vs-adam: differently written correct solutions pass', () => {
  const twoLoops = `
const lr = 0.1;
for (const name of ["SGD", "Adam"]) {
  torch.manual_seed(0);
  const x = torch.randn(100, 3);
  const y = x.matmul(torch.tensor([[1.5], [-2.0], [0.5]])).add(1);
  const model = nn.Linear(3, 1);
  const opt = name === "SGD" ? optim.SGD(model.parameters(), { lr }) : optim.Adam(model.parameters(), { lr });
  let epoch = 0;
  while (epoch < 60) {
    const loss = nn.MSELoss()(model(x), y);
    opt.zero_grad();
    loss.backward();
    opt.step();
    plot(name, epoch++, loss.item());
  }
}`;
  it.each([
    ['the solution (lr 0.01)', ex2, 'sgd'],
    ['lr 0.001', edit(ex2, 'const lr = 0.01;', 'const lr = 0.001;'), 'sgd'],
    ['one loop over both names, while, lr 0.1', twoLoops, 'sgd'],
  ])('%s', async (_name, code, choice) => {
    const v = await check('sgd-vs-adam', code, choice);
    expect(v, JSON.stringify(v)).toMatchObject({ pass: true });
  });
});

const ex3 = file('weight-decay', 'solution.ts');
describe('weight-decay: wrong submissions', () => {
  const cases: Case[] = [
    ['different optimizers', () => edit(ex3, 'optim.Adam(model.parameters()', '(weightDecay > 0 ? optim.AdamW : optim.Adam)(model.parameters()'), 'check.wd.differentOptimizers', 'yes'],
    ['missing zero_grad', () => edit(ex3, 'optimizer.zero_grad();', ''), 'check.train.accumulated', 'yes'],
    ['different learning rates', () => edit(ex3, 'lr: 0.1,', 'lr: weightDecay > 0 ? 0.05 : 0.1,'), 'check.wd.differentLr', 'yes'],
    ['diverging learning rate', () => edit(ex3, 'lr: 0.1,', 'lr: 1000,'), 'check.train.diverged', 'yes'],
    ['no training (no step)', () => edit(ex3, 'optimizer.step();', ''), 'check.train.noStep', 'yes'],
    ['unfinished starter (one run)', () => file('weight-decay', 'starter.ts'), 'check.wd.needTwo', 'yes'],
    ['weight_decay never passed', () => edit(ex3, ', weight_decay: weightDecay', ''), 'check.wd.noDecay', 'yes'],
    ['hard-coded output', () => 'print("weight_decay=0: train 0.0038, validation 0.0855");\nprint("weight_decay=0.0001: train 0.0044, validation 0.0800");', 'check.train.noOptimizer', 'yes'],
    ['answer contradicts the run', () => ex3, 'check.wd.wrongImproved', 'no'],
    ['only weight_decay 1e-2 tried (the question is about 1e-4)', () => edit(ex3, 'train(1e-4);', 'train(1e-2);'), 'check.wd.otherValue', 'no'],
    ['thrown error', () => edit(ex3, 'train(0);', 'null.boom();'), 'check.run.errorAt', 'yes'],
    ['infinite loop', () => edit(ex3, 'epoch < 2000; epoch++', 'epoch < 2000; '), 'check.run.timeout', 'yes'],
  ];
  it.each(cases.map(([n, c, k, ch]) => [`${n} → ${k}`, c, k, ch] as const))('%s', async (name, code, key, choice) => {
    const v = await check('weight-decay', code(), choice ?? null, name.startsWith('infinite') ? LOOP_LIMIT_MS : undefined);
    expect(v, JSON.stringify(v)).toMatchObject({ pass: false, key });
  });
});

describe('weight-decay: differently written correct solutions pass', () => {
  it.each([
    ['the solution, weight_decay 1e-4 → improved', ex3, 'yes'],
    ['while loop, decayed run first', edit(
      edit(ex3, 'for (let epoch = 0; epoch < 2000; epoch++) {', 'let epoch = 0;\n  while (epoch++ < 2000) {'),
      'train(0);\ntrain(1e-4);', 'train(1e-4);\ntrain(0);',
    ).replace('    if (epoch % 20', '    if ((epoch - 1) % 20'), 'yes'],
  ])('%s', async (_name, code, choice) => {
    const v = await check('weight-decay', code, choice);
    expect(v, JSON.stringify(v)).toMatchObject({ pass: true });
  });
});

/**
 * The checkers judge what the statement says and give the true reason (issue 12, point 8): submissions written from
 * the exercise pages that used to be turned down, or failed for a false reason.
 */
describe('checkers give the true reason', () => {
  const ex1Manual = `torch.manual_seed(0);
const x = torch.randn(100, 1);
const y = x.mul(3).add(2).add(torch.randn(100, 1).mul(0.1));
const w = torch.tensor([[0.0]], { requires_grad: true });
const b = torch.tensor([0.0], { requires_grad: true });
MAKE_OPTIMIZER
for (let i = 0; i < 100; i++) {
  const loss = x.matmul(w).add(b).sub(y).pow(2).mean();
  loss.backward();
  torch.no_grad(() => { w.sub_(w.grad.mul(0.1)); b.sub_(b.grad.mul(0.1)); });
  w.grad = null;
  b.grad = null;
}`;
  const oneTensor = `torch.manual_seed(0);
const x = torch.randn(100, 1);
const y = x.mul(3).add(2).add(torch.randn(100, 1).mul(0.1));
const X = torch.cat([x, torch.ones(100, 1)], 1); // a column of ones carries the bias
const wb = torch.zeros([2, 1], { requires_grad: true }); // w and b in one tensor
const optimizer = optim.SGD([wb], { lr: 0.1 });
for (let i = 0; i < 200; i++) {
  optimizer.zero_grad();
  const loss = X.matmul(wb).sub(y).pow(2).mean();
  loss.backward();
  optimizer.step();
}`;
  const adamAfterSgd = `const lr = 0.01;
torch.manual_seed(0);
const x = torch.randn(100, 3);
const y = x.matmul(torch.tensor([[1.5], [-2.0], [0.5]])).add(1);
const model = nn.Linear(3, 1);
const criterion = nn.MSELoss();
for (const [name, optimizer] of [['SGD', optim.SGD(model.parameters(), { lr })], ['Adam', optim.Adam(model.parameters(), { lr })]] as const) {
  for (let epoch = 0; epoch < 100; epoch++) {
    optimizer.zero_grad();
    const loss = criterion(model(x), y);
    loss.backward();
    optimizer.step();
    plot(name, epoch, loss.item());
  }
}`;
  const inLoop = (code: string, create: string, zero: string) =>
    edit(edit(code, create + '\n', ''), zero, zero.replace(/^(\s*)/, `$1${create.trim()}\n$1`));
  const cases: [name: string, id: string, code: () => string, expected: { pass: boolean; key: string }, choice?: string][] = [
    ['plain SGD created anew each epoch is the same as once: passes', 'sgd-linear-regression',
      () => inLoop(ex1, 'const optimizer = optim.SGD(model.parameters(), { lr: 0.1 });', '  optimizer.zero_grad();'),
      { pass: true, key: 'check.linreg.pass' }],
    ['a backward() before the optimizer exists, to look at the gradient: passes', 'sgd-linear-regression',
      () => edit(ex1, 'const optimizer', 'criterion(model(x), y).backward();\nprint(model.weight.grad);\nconst optimizer'),
      { pass: true, key: 'check.linreg.pass' }],
    ['w and b kept in one tensor: passes', 'sgd-linear-regression', () => oneTensor, { pass: true, key: 'check.linreg.pass' }],
    ['a manual update without an optimizer: says the optimizer must do it', 'sgd-linear-regression',
      () => ex1Manual.replace('MAKE_OPTIMIZER\n', ''), { pass: false, key: 'check.train.manualNoOptimizer' }],
    ['a manual update beside an unused SGD: not "parameters never changed"', 'sgd-linear-regression',
      () => ex1Manual.replace('MAKE_OPTIMIZER', 'const optimizer = optim.SGD([w, b], { lr: 0.1 });'), { pass: false, key: 'check.train.manualUpdate' }],
    ['zero_grad() every other epoch: not "missing"', 'sgd-linear-regression',
      () => edit(ex1, '  optimizer.zero_grad();', '  if (epoch % 2 === 0) optimizer.zero_grad();'), { pass: false, key: 'check.train.accumulatedSometimes' }],
    ['Adam continuing from the model SGD trained: not the same start', 'sgd-vs-adam', () => adamAfterSgd,
      { pass: false, key: 'check.compare.sameModel' }, 'sgd'],
    ['Adam created anew each epoch: its state restarts', 'sgd-vs-adam',
      () => inLoop(ex2, '  const optimizer = makeOptimizer(model.parameters());', '    optimizer.zero_grad();'),
      { pass: false, key: 'check.train.recreated' }, 'sgd'],
    ['"without" run on AdamW\'s default weight_decay = 0.01: says so', 'weight-decay',
      () => edit(ex3, 'optim.Adam(model.parameters(), { lr: 0.1, weight_decay: weightDecay })',
        'weightDecay > 0 ? optim.AdamW(model.parameters(), { lr: 0.1, weight_decay: weightDecay }) : optim.AdamW(model.parameters(), { lr: 0.1 })'),
      { pass: false, key: 'check.wd.noPlainDefault' }, 'yes'],
    ['weight_decay = 1e-3 when the question asks about 1e-4: asks for 1e-4', 'weight-decay',
      () => edit(ex3, 'train(1e-4);', 'train(1e-3);'), { pass: false, key: 'check.wd.otherValue' }, 'yes'],
    ['1e-4 plus other values tried beside it: judged on 1e-4', 'weight-decay',
      () => edit(ex3, 'train(1e-4);', 'train(1e-2);\ntrain(1e-4);\ntrain(1e-3);'), { pass: true, key: 'check.wd.passImproved' }, 'yes'],
    ['training on the validation points: refused with the reason', 'weight-decay',
      () => edit(ex3, 'loss = criterion(model(X), Y);', 'loss = criterion(model(XVal), YVal);'), { pass: false, key: 'check.wd.trainedOnValidation' }, 'yes'],
  ];
  it.each(cases.map(([n, id, c, e, ch]) => [`${n} (${e.key})`, id, c, e, ch] as const))('%s', async (_n, id, code, expected, choice) => {
    const v = await check(id, code(), choice ?? null);
    expect(v, JSON.stringify(v)).toMatchObject(expected);
  });
});

describe('order messages count the loop pass as the learner\'s loop variable does', () => {
  it('step() before backward() in the first pass says epoch = 0, in both languages', async () => {
    const v = await check('sgd-linear-regression', edit(ex1, 'loss.backward();\n  optimizer.step();', 'optimizer.step();\n  loss.backward();'));
    expect(v).toMatchObject({ pass: false, key: 'check.order.stepBeforeBackward', params: { step: 0 } });
    const def = byId.get('sgd-linear-regression')!.default;
    expect(messageText(def, 'en', v.key)).toContain('epoch = {step} (counting from 0)');
    expect(messageText(def, 'zh', v.key)).toContain('epoch = {step} 这一轮（从 0 数起）');
  });
});
