import { describe, expect, it } from 'vitest';
import { torch } from '../index';
import type { Tensor } from '../tensor';

/**
 * backward() through a graph of one-element tensors runs the scalar pass (gradients as numbers); retain_grad() on
 * the loss forces the tensor pass. Both must give the same gradients, bit for bit (−0 and NaN included).
 */
type Leaves = { a: Tensor; b: Tensor; c: Tensor; d: Tensor };
const EXPRESSIONS: [string, (l: Leaves) => Tensor][] = [
  ['rosenbrock', ({ a, b }) => torch.sub(1, a).pow(2).add(b.sub(a.pow(2)).pow(2).mul(100))],
  ['alpha and reversed ops', ({ a, b, c }) => a.add(b, { alpha: 0.3 }).sub(c, { alpha: 1.7 }).mul(torch.div(2, a)).add(torch.sub(0.1, c))],
  ['float32 alpha', ({ a, b }) => a.sub(b, { alpha: 1.7 }).add(b, { alpha: 0.3 }).mul(a).mul(b.add(1.1))],
  ['division both ways', ({ a, b, c }) => a.div(b).add(b.div(c.add(0.5))).div(3)],
  ['mixed dtypes and shapes', ({ a, c, d }) => d.mul(a).add(c.mul(d)).div(d.add(a))],
  ['unary ops', ({ a, b, c }) => a.exp().add(b.abs().log()).mul(c.tanh()).add(a.sigmoid().sin()).sub(b.pow(3).neg()).add(c.abs().sqrt())],
  ['a node used twice', ({ a, b }) => { const h = a.mul(b); return h.mul(h).add(h); }],
  ['zero gradients', ({ a }) => a.mul(0).add(a.abs().mul(-0)).sub(a.pow(0))],
  // a constant tensor first (its gradient slot is skipped) and one leaf as both inputs of a node
  ['constant first, a leaf twice', ({ a, b }) => { const k = torch.tensor(1.25, { dtype: torch.float32 }); return k.mul(a).add(a.mul(a)).sub(k.div(b)).add(b.sub(k)); }],
];

function grads(make: (l: Leaves) => Tensor, v: number[], tensorPass: boolean): number[] {
  const f32 = (x: number) => torch.tensor(x, { dtype: torch.float32, requires_grad: true });
  const l: Leaves = {
    a: f32(v[0]),
    b: f32(v[1]),
    c: torch.tensor(v[2], { dtype: torch.float64, requires_grad: true }),
    d: torch.tensor([v[3]], { dtype: torch.float32, requires_grad: true }),
  };
  const loss = make(l);
  if (tensorPass) loss.retain_grad();
  loss.backward();
  return [l.a, l.b, l.c, l.d].map((t) => (t.grad === null ? 12345 : t.grad.data[0]));
}

describe('scalar backward pass', () => {
  const values = [
    [-1.5, 2, 0.7, 1.3],
    [0.1, -0.2, 3.3e-5, -7.25],
    [0, -0, 1e30, 1e-30],
    [-0, 0.5, -2.5, 0],
    [Math.PI, -Math.E, 1 / 3, 2 / 3],
  ];
  for (const [name, make] of EXPRESSIONS) {
    it(`gives the tensor pass's gradients bit for bit: ${name}`, () => {
      for (const v of values) {
        const scalar = grads(make, v, false);
        const tensor = grads(make, v, true);
        scalar.forEach((g, i) => expect(Object.is(g, tensor[i]), `${name} at ${v.join(', ')}: leaf ${i}: ${g} vs ${tensor[i]}`).toBe(true));
      }
    });
  }

  it('accumulates into existing gradients and keeps grad_fn names, errors and retain_graph behaviour', () => {
    const x = torch.tensor(3.0, { requires_grad: true });
    const y = x.mul(x).add(x);
    expect(y.grad_fn!.name).toBe('AddBackward0');
    y.backward({ retain_graph: true });
    y.backward();
    expect(x.grad!.item()).toBe(14);
    expect(() => y.backward()).toThrow(/backward through the graph a second time/);
  });
});
