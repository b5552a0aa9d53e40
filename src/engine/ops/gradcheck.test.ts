/**
 * Property tests: every differentiable op's backward equals central finite differences (float64, random
 * shapes with broadcasting, random values), like torch.autograd.gradcheck.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { F, torch } from '../index';
import type { Tensor } from '../tensor';

const H = 1e-6;

type Spec = { shape: number[]; data: number[] };

function make(s: Spec, grad = true): Tensor {
  return torch.tensor(s.data, { dtype: torch.float64 }).reshape(s.shape).requires_grad_(grad);
}

/** Compares autograd against central differences of Σ w·f(inputs) for fixed random weights w. */
function gradcheck(f: (...xs: Tensor[]) => Tensor, specs: Spec[], seedWeights: number): void {
  const inputs = specs.map((s) => make(s));
  const out = f(...inputs);
  const n = out.numel();
  const w = torch.tensor(Array.from({ length: n }, (_, i) => Math.sin(seedWeights + i * 1.7) + 0.1 * i), { dtype: torch.float64 }).reshape(out.shape);
  out.mul(w).sum().backward();
  const lossAt = (k: number, j: number, delta: number): number =>
    torch.no_grad(() => {
      const xs = specs.map((s, i) => {
        const d = s.data.slice();
        if (i === k) d[j] += delta;
        return make({ shape: s.shape, data: d }, false);
      });
      return f(...xs).mul(w).sum().item();
    });
  specs.forEach((s, k) => {
    const g = inputs[k].grad;
    for (let j = 0; j < s.data.length; j++) {
      const num = (lossAt(k, j, H) - lossAt(k, j, -H)) / (2 * H);
      const ana = g === null ? 0 : g.data[j];
      if (!(Math.abs(num - ana) <= 1e-5 + 1e-4 * Math.abs(num))) {
        throw new Error(`input ${k} element ${j}: autograd ${ana}, finite differences ${num} (shapes ${JSON.stringify(specs.map((q) => q.shape))})`);
      }
    }
  });
}

const numel = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
const dims = (min: number, max: number) => fc.array(fc.integer({ min: 1, max: 3 }), { minLength: min, maxLength: max });

/** Values away from 0 (kinks of abs/relu), sized for `shape`. */
const values = (shape: number[], lo = -2, hi = 2, avoid = 0.05) =>
  fc.array(fc.double({ min: lo, max: hi, noNaN: true }).filter((v) => Math.abs(v) > avoid), { minLength: numel(shape), maxLength: numel(shape) });

const spec = (shape: number[], lo?: number, hi?: number) => values(shape, lo, hi).map((data) => ({ shape, data }));

/** Two shapes that broadcast to `out`: drop leading dims and set random dims to 1. */
const broadcastPair = dims(0, 3).chain((out) =>
  fc.tuple(fc.array(fc.boolean(), { minLength: out.length, maxLength: out.length }), fc.integer({ min: 0, max: out.length }))
    .map(([ones, drop]) => [out, out.slice(drop).map((d, i) => (ones[i + drop] ? 1 : d))] as const)
    .chain(([a, b]) => fc.boolean().map((swap) => (swap ? [b, a] : [a, b]))),
);

/** n distinct values in ±[0.06, 2] (no ties for max/min, no zeros for prod/norm kinks). */
const distinct = (n: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 389 }), { minLength: n, maxLength: n })
    .map((ks) => ks.map((k) => (k < 195 ? -(k + 6) / 100 : (k - 189) / 100)));

const runs = { numRuns: 15, endOnFailure: true };

describe('gradcheck: binary elementwise ops with broadcasting', () => {
  const ops: [string, (a: Tensor, b: Tensor) => Tensor, number, number][] = [
    ['add', (a, b) => a.add(b, { alpha: 0.7 }), -2, 2],
    ['sub', (a, b) => a.sub(b), -2, 2],
    ['mul', (a, b) => a.mul(b), -2, 2],
    ['div', (a, b) => a.div(b), 0.3, 2],
    ['pow', (a, b) => a.pow(b), 0.3, 2],
    ['maximum', (a, b) => a.maximum(b), -2, 2],
    ['minimum', (a, b) => a.minimum(b), -2, 2],
    ['where-like mix', (a, b) => a.mul(b).add(a.div(b.abs().add(1))), -2, 2],
  ];
  for (const [name, f, lo, hi] of ops) {
    it(name, () => {
      fc.assert(
        fc.property(broadcastPair.chain(([sa, sb]) => fc.tuple(spec([...sa], lo, hi), spec([...sb], lo, hi), fc.integer())), ([a, b, s]) => {
          // maximum/minimum are not differentiable at ties: keep the operands apart
          if (name === 'maximum' || name === 'minimum') fc.pre(a.data.every((u) => b.data.every((v) => Math.abs(u - v) > 1e-3)));
          gradcheck(f, [a, b], s);
        }),
        runs,
      );
    });
  }
});

describe('gradcheck: unary ops', () => {
  const ops: [string, (a: Tensor) => Tensor, number, number][] = [
    ['neg', (a) => a.neg(), -2, 2],
    ['exp', (a) => a.exp(), -2, 2],
    ['log', (a) => a.log(), 0.2, 3],
    ['sqrt', (a) => a.sqrt(), 0.2, 3],
    ['abs', (a) => a.abs(), -2, 2],
    ['tanh', (a) => a.tanh(), -2, 2],
    ['sigmoid', (a) => a.sigmoid(), -3, 3],
    ['relu', (a) => a.relu(), -2, 2],
    ['sin', (a) => a.sin(), -2, 2],
    ['cos', (a) => a.cos(), -2, 2],
    ['reciprocal', (a) => a.reciprocal(), 0.3, 2],
    ['square', (a) => a.square(), -2, 2],
    ['pow 3', (a) => a.pow(3), -2, 2],
    ['pow -1.5', (a) => a.pow(-1.5), 0.3, 2],
    ['clamp', (a) => a.clamp(-0.5, 0.7), -2, 2],
    ['scalar ops', (a) => torch.sub(1, a).mul(2).div(3).add(0.5), -2, 2],
    ['softmax', (a) => a.softmax(-1), -2, 2],
    ['log_softmax', (a) => a.log_softmax(0), -2, 2],
  ];
  for (const [name, f, lo, hi] of ops) {
    it(name, () => {
      fc.assert(fc.property(dims(0, 3).chain((s) => fc.tuple(spec(s, lo, hi), fc.integer())), ([a, s]) => gradcheck(f, [a], s)), runs);
    });
  }
});

describe('gradcheck: reductions', () => {
  const ops: [string, (a: Tensor) => Tensor, number][] = [
    ['sum', (a) => a.sum(), 0],
    ['sum dim keepdim', (a) => a.sum(-1, true), 1],
    ['sum dims', (a) => (a.dim() >= 2 ? a.sum([0, 1]) : a.sum()), 0],
    ['mean', (a) => a.mean(), 0],
    ['mean dim', (a) => a.mean(0), 1],
    ['max', (a) => a.max(), 0],
    ['max dim', (a) => a.max(-1)[0], 1],
    ['min dim keepdim', (a) => a.min(0, true).values, 1],
    ['var', (a) => a.var(), 2],
    ['std dim', (a) => (a.shape[0] > 1 ? a.std(0, { keepdim: true }) : a.std()), 1],
    ['var unbiased=False', (a) => a.var({ unbiased: false }), 1],
    ['norm', (a) => a.norm(), 0],
    ['norm p=3 dim', (a) => a.norm(3, -1), 1],
    ['norm p=1', (a) => a.norm(1), 0],
    ['prod', (a) => a.prod(), 0],
  ];
  for (const [name, f, minDims] of ops) {
    it(name, () => {
      fc.assert(
        fc.property(dims(minDims, 3).filter((s) => numel(s) >= 2).chain((s) => fc.tuple(distinct(numel(s)).map((data) => ({ shape: s, data })), fc.integer())),
          ([a, s]) => gradcheck(f, [a], s)),
        runs,
      );
    });
  }
});

describe('gradcheck: shapes and products', () => {
  it('matmul / mm / linear / dot', () => {
    fc.assert(
      fc.property(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).chain(([m, k, n]) =>
        fc.tuple(spec([m, k]), spec([k, n]), spec([n, k]), spec([n]), spec([k]), fc.integer())),
      ([a, b, w, bias, v, s]) => {
        gradcheck((x, y) => x.matmul(y), [a, b], s);
        gradcheck((x, y, z) => F.linear(x, y, z), [a, w, bias], s);
        gradcheck((x, y) => x.matmul(y), [a, v], s);
        gradcheck((x, y) => x.matmul(y), [v, b], s);
        gradcheck((x, y) => x.dot(y), [v, v], s);
      }),
      runs,
    );
  });

  it('matmul of a 3-D tensor with a matrix (batch folded into rows)', () => {
    fc.assert(fc.property(fc.tuple(spec([2, 3, 2]), spec([2, 3])), ([a, c]) => {
      gradcheck((x, y) => x.matmul(y), [a, c], 2);
    }), { numRuns: 5, endOnFailure: true });
  });

  it('transpose, permute, T, reshape, unsqueeze, squeeze, flatten, expand', () => {
    fc.assert(fc.property(fc.tuple(spec([2, 3, 1]), fc.integer()), ([a, s]) => {
      gradcheck((x) => x.transpose(0, 2), [a], s);
      gradcheck((x) => x.permute(2, 0, 1), [a], s);
      gradcheck((x) => x.squeeze().T, [a], s);
      gradcheck((x) => x.reshape(3, -1).unsqueeze(1), [a], s);
      gradcheck((x) => x.flatten(), [a], s);
      gradcheck((x) => x.expand(4, 2, 3, 5), [a], s);
      gradcheck((x) => x.squeeze(2).t(), [a], s);
    }), runs);
  });

  it('select, get, slice, index_select, cat, stack', () => {
    fc.assert(fc.property(fc.tuple(spec([3, 4]), spec([2, 4]), fc.integer()), ([a, b, s]) => {
      gradcheck((x) => x.select(1, -1), [a], s);
      gradcheck((x) => x.get(2, 1), [a], s);
      gradcheck((x) => x.slice(1, 1, null, 2), [a], s);
      gradcheck((x) => x.index(torch.tensor([2, 0, 2])), [a], s);
      gradcheck((x, y) => torch.cat([x, y, x], 0), [a, b], s);
      gradcheck((x, y) => torch.stack([x.get(0), y.get(1)], 1), [a, b], s);
    }), runs);
  });
});

describe('gradcheck: losses', () => {
  it('mse_loss, l1_loss, bce_with_logits, bce (all reductions)', () => {
    fc.assert(fc.property(fc.tuple(spec([3, 2]), spec([3, 2]), spec([3, 2], 0.1, 0.9), spec([2]), fc.integer()), ([a, b, p, w, s]) => {
      fc.pre(a.data.every((u, i) => Math.abs(u - b.data[i]) > 1e-3)); // l1 has a kink at input == target
      for (const reduction of ['mean', 'sum', 'none'] as const) {
        gradcheck((x, y) => F.mse_loss(x, y, { reduction }), [a, b], s);
        gradcheck((x, y) => F.l1_loss(x, y, { reduction }), [a, b], s);
        gradcheck((x) => F.binary_cross_entropy_with_logits(x, make(p, false), { reduction }), [a], s);
        gradcheck((x) => F.binary_cross_entropy_with_logits(x, make(p, false), { reduction, pos_weight: make(w, false).abs() }), [a], s);
        gradcheck((x) => F.binary_cross_entropy(x.sigmoid(), make(p, false), { reduction }), [a], s);
      }
    }), { numRuns: 8, endOnFailure: true });
  });

  it('cross_entropy with indices, weights, ignore_index, label smoothing and probabilities', () => {
    fc.assert(fc.property(fc.tuple(spec([4, 3]), spec([4, 3], 0.1, 1), spec([3], 0.2, 2), fc.integer()), ([a, p, w, s]) => {
      const target = torch.tensor([0, 2, 1, 2]);
      const probs = make(p, false).softmax(1);
      for (const reduction of ['mean', 'sum', 'none'] as const) {
        gradcheck((x) => F.cross_entropy(x, target, { reduction }), [a], s);
        gradcheck((x) => F.cross_entropy(x, target, { reduction, weight: make(w, false), ignore_index: 1 }), [a], s);
        gradcheck((x) => F.cross_entropy(x, target, { reduction, label_smoothing: 0.2, weight: make(w, false) }), [a], s);
        gradcheck((x) => F.cross_entropy(x, probs, { reduction, label_smoothing: 0.1 }), [a], s);
      }
    }), { numRuns: 8, endOnFailure: true });
  });
});
