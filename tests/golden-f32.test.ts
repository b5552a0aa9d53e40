/**
 * float32 like PyTorch (tests/golden/f32.json, from scripts/golden/gen_f32.py; cases: tests/golden/f32-cases.ts):
 * reductions of 10 000 values and of values near float32's maximum, losses and their gradients, and the
 * float32 loops the lessons print, at rtol 1e-6 with non-finite values (inf/nan) at the same places.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- engine values are driven by case tables */
import { describe, expect, it } from 'vitest';
import { torch, nn, optim, F } from '../src/engine/index';
import { F32_CASES, seqValue, type LossCase, type PileUpCase, type ReduceCase, type Seq, type SoftmaxCase } from './golden/f32-cases';
import { assertClose, assertFixtureMatchesTable, assertShape, decodeAll, loadFixture, values, type Encoded } from './golden/compare';

interface Fx { fp: string; shape?: number[]; out?: Encoded[]; grad?: Encoded[]; losses?: Encoded[]; weight?: Encoded[]; bias?: Encoded[]; xs?: Encoded[]; gx?: Encoded[]; gy?: Encoded[] }

const fixture = loadFixture<Fx>('f32.json');
const TOL = { rtol: 1e-6, atol: 0 };
/** must match GRAD_EVERY in gen_f32.py */
const GRAD_EVERY = 23;

const seq = (s: Seq, shape: number[]): any =>
  torch.tensor(Array.from({ length: s.n }, (_, i) => seqValue(s, i)), { dtype: torch.float32 }).reshape(shape);

function runReduce(c: ReduceCase, fx: Fx): void {
  const x = seq(c.x, c.shape);
  const out = c.dim === undefined ? x[c.op]() : x[c.op](c.dim);
  assertShape(c.name, fx.shape!, [...out.shape]);
  assertClose(c.name, decodeAll(fx.out!), values(out), TOL);
}

function runLoss(c: LossCase, fx: Fx): void {
  const x = seq(c.input, c.shape).requires_grad_();
  const target = 'classes' in c.target
    ? torch.tensor(Array.from({ length: c.shape[0] }, (_, i) => (i * 7) % (c.target as { classes: number }).classes))
    : seq(c.target, c.shape);
  const inp = c.sigmoid ? torch.sigmoid(x) : x;
  const loss = (nn as any)[c.loss]({ reduction: c.reduction ?? 'mean' })(inp, target);
  assertClose(`${c.name} loss`, decodeAll(fx.out!), values(loss), TOL);
  loss.backward();
  const grad = values(x.grad).filter((_, i) => i % GRAD_EVERY === 0);
  assertClose(`${c.name} grad`, decodeAll(fx.grad!), grad, TOL);
}

function runSoftmax(c: SoftmaxCase, fx: Fx): void {
  const x = seq(c.x, c.shape).requires_grad_();
  const out = c.fn === 'sigmoid' || c.fn === 'tanh' ? (torch as any)[c.fn](x) : (F as any)[c.fn](x, c.dim);
  assertClose(`${c.name} out`, decodeAll(fx.out!), values(out), TOL);
  out.mul(seq(c.w, c.shape)).sum().backward();
  // softmax's g − exp(y)·Σg cancels: a last-bit difference of exp (V8 vs Sleef) is measured against the largest gradient
  const want = decodeAll(fx.grad!);
  assertClose(`${c.name} grad`, want, values(x.grad), { rtol: TOL.rtol, atol: TOL.rtol * Math.max(...want.map(Math.abs)) });
}

/** content/cells/pit-three-lrs, with every loss kept */
function runLoop(lr: number, steps: number): { losses: number[]; weight: any; bias: any } {
  torch.manual_seed(0);
  const x = torch.rand(32, 1).mul(2).sub(1);
  const y = x.mul(2).add(1).add(torch.rand(32, 1).mul(0.2));
  const criterion = nn.MSELoss();
  torch.manual_seed(1);
  const model = nn.Linear(1, 1);
  const optimizer = optim.SGD(model.parameters(), { lr });
  const losses: number[] = [];
  for (let step = 0; step < steps; step++) {
    optimizer.zero_grad();
    const loss = criterion(model(x), y);
    loss.backward();
    optimizer.step();
    losses.push(loss.item());
  }
  return { losses, weight: model.weight, bias: model.bias };
}

/** content/exercises/cp-lr-too-big: x after each step */
function runParabola(lr: number, steps: number): number[] {
  const x = torch.tensor([1.0], { dtype: torch.float32, requires_grad: true });
  const optimizer = optim.SGD([x], { lr });
  const xs: number[] = [];
  for (let step = 0; step < steps; step++) {
    optimizer.zero_grad();
    x.pow(2).sum().backward();
    optimizer.step();
    xs.push(x.item());
  }
  return xs;
}

/** Forgetting zero_grad(): x.grad and y.grad after each backward(), as they pile up (see PileUpCase). */
function runPileUp(c: PileUpCase): { gx: number[]; gy: number[] } {
  const k = c.width ?? 1;
  const v = Array.from({ length: c.x.n }, (_, i) => seqValue(c.x, i));
  const leaf = (from: number): any =>
    c.width === undefined ? torch.tensor(v[from], { dtype: torch.float32, requires_grad: true }) : torch.tensor(v.slice(from, from + k), { dtype: torch.float32, requires_grad: true });
  const gx: number[] = [];
  const gy: number[] = [];
  for (let i = 0; i < c.x.n / (2 * k); i++) {
    const x = leaf(2 * i * k);
    const y = leaf((2 * i + 1) * k);
    for (let step = 0; step < c.steps; step++) {
      const loss = torch.sub(1, x).pow(2).add(y.sub(x.pow(2)).pow(2).mul(100)).add(x.mul(y)).add(x.mul(3.3));
      (c.width === undefined ? loss : loss.sum()).backward();
      gx.push(...values(x.grad));
      gy.push(...values(y.grad));
    }
  }
  return { gx, gy };
}

const firstNonFinite = (v: number[]): [number, number] => [v.findIndex((a) => a === Infinity), v.findIndex((a) => Number.isNaN(a))];

describe('golden float32 (PyTorch ' + fixture.torch + ')', () => {
  it('every case has a fixture generated from the same spec, and every fixture a case', () => {
    expect(fixture.torch.startsWith('2.')).toBe(true);
    assertFixtureMatchesTable(fixture, F32_CASES);
  });

  it.each(F32_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const fx = fixture.cases[c.name];
    if (c.kind === 'reduce') return runReduce(c, fx);
    if (c.kind === 'loss') return runLoss(c, fx);
    if (c.kind === 'softmax') return runSoftmax(c, fx);
    if (c.kind === 'pileup') {
      // bit for bit: PyTorch adds the sum of a leaf's gradients to .grad once ((G + a) + b would differ)
      const { gx, gy } = runPileUp(c);
      expect(gx).toEqual(decodeAll(fx.gx!));
      expect(gy).toEqual(decodeAll(fx.gy!));
      return;
    }
    if (c.kind === 'parabola') {
      const xs = runParabola(c.lr, c.steps);
      assertClose(c.name, decodeAll(fx.xs!), xs, TOL);
      // the checkpoint prints x.toFixed(4) each step: every printed number is PyTorch's
      expect(xs.map((v) => v.toFixed(4))).toEqual(decodeAll(fx.xs!).map((v) => v.toFixed(4)));
      return;
    }
    const run = runLoop(c.lr, c.steps);
    const expected = decodeAll(fx.losses!);
    // inf and nan first appear at PyTorch's steps
    expect(firstNonFinite(run.losses)).toEqual(firstNonFinite(expected));
    assertClose(`${c.name} losses`, expected, run.losses, TOL);
    // the lesson prints loss.item().toPrecision(4)
    expect(run.losses.map((v) => v.toPrecision(4))).toEqual(expected.map((v) => v.toPrecision(4)));
    assertClose(`${c.name} weight`, decodeAll(fx.weight!), values(run.weight), TOL);
    assertClose(`${c.name} bias`, decodeAll(fx.bias!), values(run.bias), TOL);
  });
});
