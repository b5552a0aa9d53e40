/**
 * Ops and losses (values and gradients) vs real PyTorch 2.x (tests/golden/ops.json, from
 * scripts/golden/gen_ops.py). Cases: tests/golden/ops-cases.ts. For every case: out's shape and
 * values, then the gradient of every input of (out * w).sum() (or of the scalar loss).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- engine values are driven by case tables */
import { describe, expect, it } from 'vitest';
import { torch, nn, F } from '../src/engine/index';
import { LOSS_CASES, OP_CASES, type OpCase } from './golden/ops-cases';
import {
  assertClose, assertFixtureMatchesTable, assertShape, decodeAll, loadFixture, nest, tolFor, values, type Encoded,
} from './golden/compare';
import { withDefaultDtype } from './golden/problems';

interface OpFixture {
  fp: string;
  inputs: Encoded[][];
  w: number[];
  shape: number[];
  out: Encoded[];
  grads: Encoded[][];
}
interface LossFixture {
  fp: string;
  input: Encoded[];
  target: number[];
  w: number[] | null;
  shape: number[];
  out: Encoded[];
  grad: Encoded[];
}

const fixture = loadFixture<OpFixture | LossFixture>('ops.json');
const dt = (d: string | undefined): any => (d === 'float32' ? torch.float32 : torch.float64);
const leaf = (flat: number[], shape: number[], dtype: any) =>
  torch.tensor(nest(flat, shape) as any, { dtype, requires_grad: true });

function callOp(c: OpCase, ins: any[]): any {
  const extra: unknown[] = [...(c.args ?? [])];
  if (c.kwargs && Object.keys(c.kwargs).length) extra.push({ ...c.kwargs });
  if (c.call === 'method') {
    const fn = ins[0][c.op];
    if (typeof fn !== 'function') throw new Error(`Tensor.${c.op} is not a method of the engine's Tensor`);
    return fn.call(ins[0], ...ins.slice(1), ...extra);
  }
  const mod: any = c.call === 'torch' ? torch : F;
  if (typeof mod[c.op] !== 'function') throw new Error(`${c.call === 'torch' ? 'torch' : 'F'}.${c.op} is not exported`);
  return mod[c.op](...ins, ...extra);
}

describe('golden ops (PyTorch ' + fixture.torch + ')', () => {
  it('every case has a fixture generated from the same spec, and every fixture a case', () => {
    expect(fixture.torch.startsWith('2.')).toBe(true);
    assertFixtureMatchesTable(fixture, [...OP_CASES, ...LOSS_CASES]);
  });

  it.each(OP_CASES.map((c) => [c.name, c] as const))('%s: value and gradient', (_name, c) => withDefaultDtype(c.dtype ?? 'float64', () => {
    const fx = fixture.cases[c.name] as OpFixture;
    const tol = tolFor(c.dtype);
    const dtype = dt(c.dtype);
    const ins = c.inputs.map((spec, i) => leaf(decodeAll(fx.inputs[i]), spec.shape, dtype));
    const res = callOp(c, ins);
    const out = c.pick === 'values' ? (res.values ?? res[0]) : res;
    assertShape(`${c.name} out`, fx.shape, [...out.shape]);
    assertClose(`${c.name} out`, decodeAll(fx.out), values(out), tol);
    out.mul(torch.tensor(nest(fx.w, fx.shape) as any, { dtype })).sum().backward();
    ins.forEach((t, i) => {
      if (t.grad === null || t.grad === undefined) throw new Error(`${c.name} input ${i}: grad is null after backward()`);
      assertClose(`${c.name} grad of input ${i}`, decodeAll(fx.grads[i]), values(t.grad), tol);
    });
  }));
});

describe('golden losses (PyTorch ' + fixture.torch + ')', () => {
  it.each(LOSS_CASES.map((c) => [c.name, c] as const))('%s: value and gradient', (_name, c) => withDefaultDtype(c.dtype ?? 'float64', () => {
    const fx = fixture.cases[c.name] as LossFixture;
    const tol = tolFor(c.dtype);
    const dtype = dt(c.dtype);
    const x = leaf(decodeAll(fx.input), c.input.shape, dtype);
    const target = c.target.kind === 'classes'
      ? torch.tensor(fx.target, { dtype: torch.int64 })
      : torch.tensor(nest(fx.target, c.target.shape) as any, { dtype });
    const options: Record<string, unknown> = { ...c.options };
    if (c.weight) options.weight = torch.tensor(c.weight, { dtype });
    if (c.pos_weight) options.pos_weight = torch.tensor(c.pos_weight, { dtype });
    const ctor = (nn as any)[c.loss];
    const criterion = Object.keys(options).length ? ctor(options) : ctor();
    const out = criterion(x, target);
    assertShape(`${c.name} out`, fx.shape, [...out.shape]);
    assertClose(`${c.name} out`, decodeAll(fx.out), values(out), tol);
    if (fx.w) out.mul(torch.tensor(nest(fx.w, fx.shape) as any, { dtype })).sum().backward();
    else out.backward();
    assertClose(`${c.name} grad of input`, decodeAll(fx.grad), values(x.grad), tol);
  }));
});
