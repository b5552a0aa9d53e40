import { describe, expect, it } from 'vitest';
import { torch } from '../index';
import type { Tensor } from '../tensor';

/**
 * One-element add/sub/mul/div take a shortcut past the kernels' loops (binary1 in elementwise.ts). Their values
 * must be the loops' values bit for bit: each case runs once on 0-d tensors and once on two-element tensors
 * (which take the loops), in float32 and float64, with Python numbers on either side and alpha.
 */
type Case = [string, (a: Tensor | number, b: Tensor | number) => Tensor];
const CASES: Case[] = [
  ['add', (a, b) => torch.add(a, b)],
  ['add alpha', (a, b) => torch.add(a, b, { alpha: 0.3 })],
  ['sub', (a, b) => torch.sub(a, b)],
  ['sub alpha', (a, b) => torch.sub(a, b, { alpha: 1.7 })],
  ['mul', (a, b) => torch.mul(a, b)],
  ['div', (a, b) => torch.div(a, b)],
];
const VALUES = [0.1, -2.7, 1e-30, 3.4e38, -0, 7];
const bits = (t: Tensor, i: number): number => t.data[i];

describe('one-element binary ops', () => {
  for (const dtype of [torch.float32, torch.float64]) {
    for (const [name, f] of CASES) {
      it(`${name} (${dtype}) equals the kernels' loops`, () => {
        for (const x of VALUES) {
          for (const y of VALUES) {
            const one = (v: number) => torch.tensor(v, { dtype });
            const two = (v: number) => torch.tensor([v, v], { dtype });
            const pairs: [Tensor, Tensor][] = [
              [f(one(x), one(y)), f(two(x), two(y))],
              [f(one(x), y), f(two(x), y)],
              [f(x, one(y)), f(x, two(y))],
            ];
            for (const [fast, loop] of pairs) {
              expect(fast.dtype).toBe(loop.dtype);
              expect(Object.is(bits(fast, 0), bits(loop, 0)), `${name}(${x}, ${y}): ${bits(fast, 0)} vs ${bits(loop, 0)}`).toBe(true);
            }
          }
        }
      });
    }
  }

  it('keeps grad_fn names (RsubBackward1 for a number first)', () => {
    const x = torch.tensor(1.5, { requires_grad: true });
    expect(torch.sub(1, x).grad_fn!.name).toBe('RsubBackward1');
    expect(x.sub(1).grad_fn!.name).toBe('SubBackward0');
    expect(x.mul(x).grad_fn!.name).toBe('MulBackward0');
  });

  it('mixes dtypes and shapes through the general path ([] with [1], float32 with float64)', () => {
    const a = torch.tensor(1.5);
    const b = torch.tensor([2.5]);
    expect(a.add(b).shape).toEqual([1]);
    expect(a.add(torch.tensor(2.5, { dtype: torch.float64 })).dtype).toBe('float64');
    expect(torch.tensor(3, { dtype: torch.int64 }).div(2).dtype).toBe('float32');
  });
});

describe('backward through deep graphs', () => {
  // deeper than the recursive search goes (1000): the rest takes the explicit stack
  const cases: [string, number[]][] = [['scalar', []], ['tensor', [2]]];
  for (const [pass, shape] of cases) {
    it(`a chain of 3000 ops (${pass} pass)`, () => {
      const x = torch.ones(shape, { requires_grad: true });
      let h = x;
      for (let i = 0; i < 3000; i++) h = h.mul(1.001).add(0.5);
      (pass === 'scalar' ? h : h.sum()).backward();
      const expected = 1.001 ** 3000;
      expect(x.grad!.data[0]).toBeCloseTo(expected, 1);
    });
  }
});

describe('one-element results and gradients kept as numbers (Tensor._make1)', () => {
  it('read as storage of their dtype, once, and share it from then on', () => {
    const y = torch.tensor(0.1).mul(3);
    expect(y.data).toBeInstanceOf(Float32Array);
    expect(y.data[0]).toBe(Math.fround(Math.fround(0.1) * 3));
    expect(y.data).toBe(y.data);
    expect(torch.tensor(0.1, { dtype: torch.float64 }).mul(3).data).toEqual(new Float64Array([0.1 * 3]));
  });

  it('in-place ops, `.data =`, printing and views work on them', () => {
    const y = torch.tensor(1.5).add(1);
    y.add_(0.25);
    expect(y.item()).toBe(2.75);
    const v = y.view([1]);
    v.mul_(2);
    expect(y.item()).toBe(5.5);
    const z = torch.tensor(2.0).neg();
    z.data = new Float32Array([4]);
    expect(z.item()).toBe(4);
    expect(String(torch.tensor(2.0).exp())).toBe('tensor(7.3891)');
  });

  it('gradients accumulate with the dtype rounding of a stored gradient (float32 and float64)', () => {
    for (const dtype of [torch.float32, torch.float64]) {
      const x = torch.tensor(0.1, { dtype, requires_grad: true });
      const stored = torch.tensor(0.1, { dtype, requires_grad: true });
      for (let i = 0; i < 3; i++) {
        x.mul(0.3).add(x.mul(0.7)).backward();
        stored.mul(0.3).add(stored.mul(0.7)).backward();
        if (i === 0) void stored.grad!.data; // this one gets its storage after the first backward
      }
      expect(x.grad!.item()).toBe(stored.grad!.item());
      expect(x.grad!.dtype).toBe(dtype);
    }
  });

  it('the optimizers read a gradient kept as a number without giving it storage', () => {
    const x = torch.tensor(2.0, { requires_grad: true });
    const opt = torch.optim.SGD([x], { lr: 0.1 });
    x.pow(2).backward();
    opt.step();
    expect(x.item()).toBe(Math.fround(2 - Math.fround(0.1) * 4));
    expect(typeof x.grad!._d).toBe('number');
    expect(x.grad!.data).toEqual(new Float32Array([4]));
  });
});

/**
 * `x ** p` on one element takes POW's one-element forms (f1/b1 in unary.ts), past its kernels: value and gradient
 * must be the kernels' bits (two-element tensors take the kernels), in float32 and float64.
 */
describe('one-element pow', () => {
  const EXPONENTS = [2, 3, 0.5, -1, 0, 1.7, -2.5];
  const BASES = [0.1, -2.7, 1e-30, 3.4e38, -0, 7, 0, -1e-20];
  for (const dtype of [torch.float32, torch.float64]) {
    it(`value and gradient (${dtype}) equal the kernels'`, () => {
      for (const p of EXPONENTS) {
        for (const v of BASES) {
          const one = torch.tensor(v, { dtype, requires_grad: true });
          const two = torch.tensor([v, v], { dtype, requires_grad: true });
          const a = one.pow(p);
          const b = two.pow(p);
          a.mul(3).backward();
          b.mul(3).sum().backward();
          const what = `${v} ** ${p}`;
          expect(Object.is(a.data[0], b.data[0]), `${what}: ${a.data[0]} vs ${b.data[0]}`).toBe(true);
          expect(Object.is(one.grad!.data[0], two.grad!.data[0]), `d(${what}): ${one.grad!.data[0]} vs ${two.grad!.data[0]}`).toBe(true);
        }
      }
    });
  }
});
