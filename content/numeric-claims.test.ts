/**
 * Numbers the lessons state in prose (not in a quoted output block, which the printed-output tests cover):
 * each claim names the page, the text that both twins must contain, and a run of the page's cell (or exercise
 * solution) on the engine, edited as the prose tells the learner to edit it, whose result must agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../src/runner/execute';
import { torch } from '../src/engine/index';

const root = join(process.cwd(), 'content');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const page = (dir: string, lang: 'zh' | 'en') => read(`${dir}/${lang}.mdx`);

/** Runs a cell or exercise file with edits [from, to] (each must apply); returns printed lines and plotted series. */
async function run(file: string, edits: [string | RegExp, string][] = []) {
  let code = read(file);
  for (const [from, to] of edits) {
    const next = code.replace(from, to);
    if (next === code) throw new Error(`${file}: edit did not apply: ${String(from)}`);
    code = next;
  }
  const r = await execute(code);
  expect(r.error).toBeUndefined();
  return { logs: r.logs, plots: r.trace.plots };
}
const lastNumber = (line: string) => Number(/(-?[\d.]+(?:e[-+]?\d+)?)\s*$/i.exec(line)![1]);
const value = (logs: string[], prefix: string) => lastNumber(logs.find((l) => l.startsWith(prefix))!);

interface Claim {
  page: string;
  /** text that must appear in both zh.mdx and en.mdx */
  says: string[];
  check: () => Promise<void>;
}

const claims: Record<string, Claim> = {
  'L03: x after 15 steps for each learning rate (the table)': {
    page: 'lessons/03-sgd',
    says: ['1.4771', '0.0704', '0.0000', '−0.0704'],
    check: async () => {
      const { logs } = await run('cells/sgd-step-sizes.ts');
      expect(logs).toEqual([
        'lr = 0.01: after 15 steps x = 1.4771',
        'lr = 0.1: after 15 steps x = 0.0704',
        'lr = 0.5: after 15 steps x = 0.0000',
        'lr = 0.9: after 15 steps x = -0.0704',
      ]);
    },
  },
  'L04: RMSprop at 0.05 goes from last to first, Adagrad at 0.05 to last': {
    page: 'lessons/04-optimizer-family',
    says: ['0.05'],
    check: async () => {
      const exact: [string, string] = ['final.toFixed(6)', 'final.toExponential(6)'];
      const rank = (logs: string[]) => [...logs].sort((a, b) => lastNumber(a) - lastNumber(b)).map((l) => l.split(':')[0]);
      const before = rank((await run('cells/family-compare.ts', [exact])).logs);
      expect(before.at(-1)).toBe('RMSprop');
      const rms = rank((await run('cells/family-compare.ts', [exact, ['optim.RMSprop(params, { lr: 0.01 })', 'optim.RMSprop(params, { lr: 0.05 })']])).logs);
      expect(rms[0]).toBe('RMSprop');
      const ada = rank((await run('cells/family-compare.ts', [exact, ['optim.Adagrad(params, { lr: 0.5 })', 'optim.Adagrad(params, { lr: 0.05 })']])).logs);
      expect(ada.at(-1)).toBe('Adagrad');
    },
  },
  'L04: one Adam step can move a parameter about 3.2 learning rates (0.1/√0.001 ≈ 3.16)': {
    page: 'lessons/04-optimizer-family',
    says: ['3.2', '3.16'],
    check: async () => {
      const w = torch.zeros(1).requires_grad_();
      const opt = torch.optim.Adam([w], { lr: 0.01 });
      for (let i = 0; i < 10_000; i++) {
        w.grad = torch.zeros(1); // a long run of (almost) zero gradients…
        opt.step();
      }
      const before = w.item();
      w.grad = torch.ones(1); // …then a sudden one
      opt.step();
      expect((before - w.item()) / 0.01).toBeCloseTo(0.1 / Math.sqrt(0.001), 2);
    },
  },
  'L05: with 1000 epochs the loss settles at the least-squares floor 0.8043': {
    page: 'lessons/05-training-loop',
    says: ['0.8043', '1000'],
    check: async () => {
      const { logs } = await run('cells/loop-guide.ts', [['epoch < 100', 'epoch < 1000'], ['epoch % 20', 'epoch % 200']]);
      expect(logs.at(-1)).toMatch(/Loss: 0\.804[3-4]$/);
    },
  },
  'L06: every curve starts at 11.57; Adam at 0.01 → 0.223, at 0.1 → 0.009; Adagrad at 0.1 → 0.030; Adagrad 7.1': {
    page: 'lessons/06-switching-optimizers',
    says: ['11.57', '0.223', '0.009', '0.030', '7.1'],
    check: async () => {
      const base = await run('cells/switch-five.ts');
      for (const series of Object.values(base.plots)) expect(series[0]![1]).toBeCloseTo(11.57, 2);
      expect(value(base.logs, 'Adagrad').toFixed(1)).toBe('7.1');
      const adam = (lr: string) => run('cells/switch-five.ts', [['optim.Adam(model.parameters(), { lr: 0.001 })', `optim.Adam(model.parameters(), { lr: ${lr} })`]]);
      expect(value((await adam('0.01')).logs, 'Adam:')).toBeCloseTo(0.223, 3);
      expect(value((await adam('0.1')).logs, 'Adam:')).toBeCloseTo(0.009, 3);
      const ada = await run('cells/switch-five.ts', [['optim.Adagrad(model.parameters(), { lr: 0.01 })', 'optim.Adagrad(model.parameters(), { lr: 0.1 })']]);
      expect(value(ada.logs, 'Adagrad')).toBeCloseTo(0.03, 3);
    },
  },
  'L07: with lr 0.1 Adam weight_decay and the L2 term in the loss still match': {
    page: 'lessons/07-advanced',
    says: ['0.1'],
    check: async () => {
      const { logs } = await run('cells/adv-weight-decay.ts', [[/lr: 0\.05/g, 'lr: 0.1']]);
      expect(value(logs, 'Adam, weight_decay')).toBe(value(logs, 'Adam, L2 term'));
    },
  },
  'L09: lr 0.01 from 2.82 to 0.567; lr 0.5 near 0.004 by step 10, settles at 0.0033': {
    page: 'lessons/09-pitfalls',
    says: ['2.82', '0.567', '0.004', '0.0033'],
    check: async () => {
      const { plots } = await run('cells/pit-three-lrs.ts');
      const small = plots['lr = 0.01']!;
      expect(small[0]![1]).toBeCloseTo(2.82, 2);
      expect(small.at(-1)![1]).toBeCloseTo(0.567, 3);
      const right = plots['lr = 0.5']!;
      expect(right[10]![1]).toBeCloseTo(0.004, 3);
      expect(right.at(-1)![1]).toBeCloseTo(0.0033, 4);
    },
  },
  'L09: at lr 1.5 the float32 loss is inf at step 61 (PyTorch) and the parameters NaN around step 127': {
    page: 'lessons/09-pitfalls',
    says: ['61', '127'],
    check: async () => {
      const { plots } = await run('cells/pit-three-lrs.ts', [['for (let step = 0; step < 60; step++)', 'for (let step = 0; step < 130; step++)']]);
      const big = plots['lr = 1.5']!.map(([, y]) => y);
      expect(big.findIndex((y) => y === Infinity)).toBe(61);
      expect(big.findIndex((y) => Number.isNaN(y))).toBe(128); // the loss of the step after the parameters became NaN
    },
  },
  'L09: lr 0.9 converges and 1.1 diverges': {
    page: 'lessons/09-pitfalls',
    says: ['0.9', '1.1'],
    check: async () => {
      const { plots } = await run('cells/pit-three-lrs.ts', [['[0.01, 0.5, 1.5]', '[0.9, 1.1]']]);
      const a = plots['lr = 0.9']!;
      const b = plots['lr = 1.1']!;
      expect(a.at(-1)![1]).toBeLessThan(0.01);
      expect(b.at(-1)![1]).toBeGreaterThan(b[0]![1]);
    },
  },
  'Exercise 1: at lr 0.01, w is only about 2.66 after 100 epochs': {
    page: 'exercises/sgd-linear-regression',
    says: ['2.66'],
    check: async () => {
      const { logs } = await run('exercises/sgd-linear-regression/solution.ts', [['{ lr: 0.1 }', '{ lr: 0.01 }']]);
      const w = Number(/w = (\S+)/.exec(logs.at(-1)!)![1]);
      expect(w).toBeCloseTo(2.66, 2);
    },
  },
  'Exercise 3: validation loss about 0.085 → 0.080 at 1e-4, 0.072 at 1e-3, 0.100 at 1e-2': {
    page: 'exercises/weight-decay',
    says: ['0.085', '0.080', '0.072', '0.100'],
    check: async () => {
      const { logs } = await run('exercises/weight-decay/solution.ts', [['train(1e-4);', 'train(1e-4);\ntrain(1e-3);\ntrain(1e-2);']]);
      const val = logs.map((l) => Number(/validation (\S+)/.exec(l)![1]));
      // PyTorch 2.14: 0.085337, 0.079844, 0.071930, 0.099536
      expect(val.map((v) => v.toFixed(3))).toEqual(['0.085', '0.080', '0.072', '0.100']);
    },
  },
};

describe('numbers stated in lesson prose', () => {
  for (const [name, claim] of Object.entries(claims)) {
    it(`${name}: both languages say it`, () => {
      for (const lang of ['zh', 'en'] as const) {
        const text = page(claim.page, lang).replace(/−/g, '−');
        for (const s of claim.says) expect(text.includes(s), `${claim.page}/${lang}.mdx mentions ${s}`).toBe(true);
      }
    });
    it(`${name}: the engine computes it`, claim.check, 120_000);
  }
});
