import { describe, expect, it } from 'vitest';
import { torch } from '../index';
import type { Tensor } from '../tensor';

// Table of forward values and gradients worked out by hand (float64 so the arithmetic is exact or near).
const d = (v: unknown) => torch.tensor(v, { dtype: torch.float64, requires_grad: true });
type Row = [string, () => [Tensor, Tensor[]], unknown, unknown[]];
const rows: Row[] = [
  // y = a + 2·b (alpha) → dy/da = 1, dy/db = 2 (b broadcast over rows: summed)
  ['add alpha broadcast', () => { const a = d([[1, 2], [3, 4]]), b = d([10, 20]); return [a.add(b, { alpha: 2 }), [a, b]]; }, [[21, 42], [23, 44]], [[[1, 1], [1, 1]], [4, 4]]],
  ['sub scalar reversed', () => { const a = d([1, 2]); return [torch.sub(5, a), [a]]; }, [4, 3], [[-1, -1]]],
  ['mul', () => { const a = d([1, 2]), b = d([3, 4]); return [a.mul(b), [a, b]]; }, [3, 8], [[3, 4], [1, 2]]],
  // d(a/b)/db = −a/b²: −1/4, −2/16
  ['div', () => { const a = d([1, 2]), b = d([2, 4]); return [a.div(b), [a, b]]; }, [0.5, 0.5], [[0.5, 0.25], [-0.25, -0.125]]],
  ['pow scalar', () => { const a = d([1, 2, 3]); return [a.pow(2), [a]]; }, [1, 4, 9], [[2, 4, 6]]],
  // d(2^b)/db = 2^b·ln 2
  ['pow tensor', () => { const a = d([2, 2]), b = d([1, 3]); return [a.pow(b), [a, b]]; }, [2, 8], [[1, 12], [2 * Math.LN2, 8 * Math.LN2]]],
  ['exp log', () => { const a = d([1, 2]); return [a.exp().log(), [a]]; }, [1, 2], [[1, 1]]],
  ['sqrt', () => { const a = d([4, 9]); return [a.sqrt(), [a]]; }, [2, 3], [[0.25, 1 / 6]]],
  ['relu abs', () => { const a = d([-2, 3]); return [a.relu().add(a.abs()), [a]]; }, [2, 6], [[-1, 2]]],
  ['tanh at 0', () => { const a = d([0]); return [a.tanh(), [a]]; }, [0], [[1]]],
  ['sigmoid at 0', () => { const a = d([0]); return [a.sigmoid(), [a]]; }, [0.5], [[0.25]]],
  ['sum dim keepdim', () => { const a = d([[1, 2], [3, 4]]); return [a.sum(1, true), [a]]; }, [[3], [7]], [[[1, 1], [1, 1]]]],
  ['mean dim 0', () => { const a = d([[1, 2], [3, 4]]); return [a.mean(0), [a]]; }, [2, 3], [[[0.5, 0.5], [0.5, 0.5]]]],
  ['max ties share the gradient', () => { const a = d([1, 3, 3]); return [a.max(), [a]]; }, 3, [[0, 0.5, 0.5]]],
  ['max dim picks the index', () => { const a = d([[1, 5], [7, 2]]); return [a.max(1).values, [a]]; }, [5, 7], [[[0, 1], [1, 0]]]],
  // var([1,2,3,4]) = 5/3; d/dx = 2(x − 2.5)/3
  ['var', () => { const a = d([1, 2, 3, 4]); return [a.var(), [a]]; }, 5 / 3, [[-1, -1 / 3, 1 / 3, 1]]],
  ['norm', () => { const a = d([3, 4]); return [a.norm(), [a]]; }, 5, [[0.6, 0.8]]],
  ['matmul', () => { const a = d([[1, 2]]), b = d([[3], [4]]); return [a.matmul(b), [a, b]]; }, [[11]], [[[3, 4]], [[1], [2]]]],
  ['softmax uniform', () => { const a = d([1, 1]); return [a.softmax(0), [a]]; }, [0.5, 0.5], [[0, 0]]],
  ['transpose', () => { const a = d([[1, 2, 3]]); return [a.t(), [a]]; }, [[1], [2], [3]], [[[1, 1, 1]]]],
  ['select / slice / cat', () => { const a = d([1, 2, 3]); return [torch.cat([a.slice(0, 1), a.get(0).unsqueeze(0)]), [a]]; }, [2, 3, 1], [[1, 1, 1]]],
];

describe('ops: values and gradients', () => {
  for (const [name, build, value, grads] of rows) {
    it(name, () => {
      const [out, inputs] = build();
      expect(out.tolist()).toEqual(value);
      (out.dim() ? out.sum() : out).backward();
      inputs.forEach((t, i) => {
        const got = [t.grad!.tolist()].flat(3) as number[];
        const want = [grads[i]].flat(3) as number[];
        got.forEach((g, j) => expect(g).toBeCloseTo(want[j], 12));
      });
    });
  }

  it('comparisons give bool tensors and accuracy works', () => {
    const pred = torch.tensor([[0.1, 0.9], [0.8, 0.2]]).argmax(1);
    const acc = pred.eq(torch.tensor([1, 1])).float().mean();
    expect(String(pred.eq(torch.tensor([1, 1])))).toBe('tensor([ True, False])');
    expect(acc.item()).toBe(0.5);
  });

  it('float32 ops round Python scalars and results to float32', () => {
    const x = torch.tensor([1], { dtype: torch.float32 }).mul(0.1);
    expect(x.item()).toBe(Math.fround(0.1));
    expect(torch.tensor([1], { dtype: torch.float64 }).mul(0.1).item()).toBe(0.1);
  });

  it('reshape/view share storage; transposes copy', () => {
    const a = torch.arange(6, { dtype: torch.float32 });
    const v = a.view(2, 3);
    a.fill_(7);
    expect(v.get(1, 2).item()).toBe(7);
    expect(a.reshape(3, 2).t().shape).toEqual([2, 3]);
  });

  it('arange / linspace / eye / full follow PyTorch dtypes', () => {
    expect(torch.arange(3).dtype).toBe('int64');
    expect(torch.arange(0, 1, 0.25).tolist()).toEqual([0, 0.25, 0.5, 0.75]);
    expect(torch.linspace(0, 1, 5).tolist()).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(torch.eye(2).tolist()).toEqual([[1, 0], [0, 1]]);
    expect(torch.full([2], 3).dtype).toBe('int64');
    expect(torch.full([2], 0.5).dtype).toBe('float32');
  });
});

describe('in-place writes through select/slice (views in PyTorch, write-back copies here)', () => {
  it('w[0] = 5 under no_grad changes the parameter', () => {
    const w = torch.tensor([[1, 2], [3, 4]], { dtype: torch.float32, requires_grad: true });
    torch.no_grad(() => w.get(0).fill_(5));
    expect(w.tolist()).toEqual([[5, 5], [3, 4]]);
    torch.no_grad(() => w.get(1, 0).copy_(torch.tensor(7)));
    expect(w.tolist()).toEqual([[5, 5], [7, 4]]);
  });

  it('chains and slices write back, also through view()', () => {
    const x = torch.zeros(2, 4);
    x.slice(1, 1, 3).get(1).add_(2);
    x.select(1, 3).view(2, 1).fill_(9);
    expect(x.tolist()).toEqual([[0, 0, 0, 9], [0, 2, 2, 9]]);
  });

  it('refuses in-place ops whose result would be lost or that PyTorch forbids', () => {
    expect(() => torch.ones(2, 3).t().mul_(2)).toThrow(/in-place operation on the result of t\(\)/);
    const w = torch.ones(2, { requires_grad: true });
    expect(() => w.get(0).fill_(1)).toThrow('a view of a leaf Variable that requires grad is being used in an in-place operation.');
  });
});
