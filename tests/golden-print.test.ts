/**
 * Printing vs real PyTorch 2.x (tests/golden/print.json, from scripts/golden/gen_print.py): String(t)
 * must equal Python's str(t) character for character — values, alignment, sci mode, summarisation,
 * dtype / requires_grad suffixes and the grad_fn names learners see on their losses.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- engine values are driven by case tables */
import { describe, expect, it } from 'vitest';
import { torch, nn, optim, F } from '../src/engine/index';
import { PRINT_CASES, special, type PrintCase } from './golden/print-cases';
import { loadFixture, nest, assertFixtureMatchesTable } from './golden/compare';

const fixture = loadFixture<{ fp: string; str: string }>('print.json');

const w = () => torch.zeros(2, { requires_grad: true });
const O = optim as any;

/** str() of optimizers and modules; Python twins: REPRS in scripts/golden/gen_print.py (same names). */
const REPRS: Record<string, () => unknown> = {
  repr_sgd: () => O.SGD([w()], { lr: 0.1 }),
  repr_sgd_momentum: () => O.SGD([w()], { lr: 0.1, momentum: 0.9, nesterov: true }),
  repr_adam: () => O.Adam([w()]),
  repr_adamw_groups: () => O.AdamW([{ params: [w()], lr: 0.01 }, { params: [w()] }], { lr: 0.001 }),
  repr_rmsprop: () => O.RMSprop([w()], { lr: 0.01, centered: true }),
  repr_lbfgs: () => O.LBFGS([w()], { line_search_fn: 'strong_wolfe' }),
  repr_linear: () => nn.Linear(3, 2),
  repr_linear_no_bias: () => nn.Linear(4, 1, { bias: false }),
  repr_sequential: () => nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1)),
  repr_mse: () => nn.MSELoss(),
  repr_cross_entropy: () => nn.CrossEntropyLoss(),
};

const assertPrinted = (name: string, expected: string, printed: string) => {
  if (printed !== expected) {
    throw new Error(`${name}: String(x) differs from PyTorch's str(x)\nexpected:\n${expected}\nactual:\n${printed}`);
  }
};

/** Same names and expressions as TRANSFORMS in scripts/golden/gen_print.py. */
const TRANSFORMS: Record<string, (t: any) => any> = {
  mean: (t) => t.mean(),
  sum: (t) => t.sum(),
  add1: (t) => t.add(1),
  sub1: (t) => t.sub(1),
  mul2: (t) => t.mul(2),
  div2: (t) => t.div(2),
  neg: (t) => t.neg(),
  pow2: (t) => t.pow(2),
  exp: (t) => t.exp(),
  abs: (t) => t.abs(),
  tanh: (t) => t.tanh(),
  sigmoid: (t) => t.sigmoid(),
  relu: (t) => t.relu(),
  clamp: (t) => t.clamp(-1, 1),
  t: (t) => t.t(),
  transpose: (t) => t.transpose(0, 1),
  reshape: (t) => t.reshape(3, 2),
  view: (t) => t.view(6),
  unsqueeze: (t) => t.unsqueeze(0),
  select: (t) => t.select(0, 1),
  matmul: (t) => t.matmul(t.t()),
  max: (t) => t.max(),
  softmax: (t) => t.softmax(1),
  log_softmax: (t) => t.log_softmax(1),
  mse: (t) => nn.MSELoss()(t, torch.zeros(2, 3)),
  cross_entropy: (t) => nn.CrossEntropyLoss()(t, torch.tensor([2, 0])),
  linear: (t) => F.linear(t, torch.tensor([[0.5, -1.0, 0.25]]), torch.tensor([0.1])),
  square_mean: (t) => t.mul(t).mean(),
};

function build(c: PrintCase): any {
  const n = c.shape.reduce((a, b) => a * b, 1);
  const flat = c.range
    ? Array.from({ length: n }, (_, i) => c.range!.start + i * c.range!.step)
    : c.values!.map(special);
  const dtype = (torch as any)[c.dtype];
  let t: any = torch.tensor(nest(flat, c.shape) as any, { dtype, requires_grad: c.requires_grad === true });
  if (c.then) t = TRANSFORMS[c.then](t);
  return t;
}

describe('golden printing (PyTorch ' + fixture.torch + ')', () => {
  it('every case has a fixture generated from the same spec, and every fixture a case', () => {
    expect(fixture.torch.startsWith('2.')).toBe(true);
    const tensorCases = { ...fixture, cases: Object.fromEntries(Object.entries(fixture.cases).filter(([n]) => !(n in REPRS))) };
    assertFixtureMatchesTable(tensorCases, PRINT_CASES);
    for (const n of Object.keys(REPRS)) expect(fixture.cases[n], n).toBeDefined();
    for (const c of PRINT_CASES) if (c.then) expect(TRANSFORMS[c.then], c.then).toBeTypeOf('function');
  });

  it.each(PRINT_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    assertPrinted(c.name, fixture.cases[c.name].str, String(build(c)));
  });

  it.each(Object.keys(REPRS))('%s', (name) => {
    assertPrinted(name, fixture.cases[name].str, String(REPRS[name]()));
  });
});
