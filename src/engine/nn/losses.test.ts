import { describe, expect, it } from 'vitest';
import { F, nn, torch } from '../index';
import fixture from '../__fixtures__/nn.json';

import type { Tensor } from '../tensor';

const want = fixture.cases;

// Values, gradients and grad_fn names from scripts/golden/gen_engine_nn.py run with PyTorch 2.14 (float32).
type Case = { value: number | number[]; grad: number[][]; grad_fn: string };
const X = [[2, 1, 0.1], [0.5, 2.5, 0.3], [1.0, -1.0, 0.0]];
const T = () => torch.tensor([0, 2, 1]);
const W = () => torch.tensor([1, 2, 0.5], { dtype: torch.float32 });
const Y = () => torch.tensor([[1, 0, 1], [0, 1, 0.5], [0.2, 0.9, 0]]);
const P = () => torch.tensor([[1, 2, 3], [0, 0, 1], [2, 0, 0]], { dtype: torch.float32 }).softmax(1);

const cases: Record<string, (x: Tensor) => Tensor> = {
  ce: (x) => F.cross_entropy(x, T()),
  ce_w: (x) => F.cross_entropy(x, T(), { weight: W() }),
  ce_ignore: (x) => F.cross_entropy(x, T(), { ignore_index: 2 }),
  ce_ls: (x) => F.cross_entropy(x, T(), { label_smoothing: 0.1 }),
  ce_ls_w_ignore: (x) => F.cross_entropy(x, T(), { weight: W(), label_smoothing: 0.2, ignore_index: 1 }),
  ce_sum: (x) => nn.CrossEntropyLoss({ reduction: 'sum' })(x, T()),
  ce_none: (x) => nn.CrossEntropyLoss({ reduction: 'none' })(x, T()),
  ce_probs: (x) => nn.CrossEntropyLoss()(x, P()),
  ce_probs_ls_w: (x) => F.cross_entropy(x, P(), { label_smoothing: 0.1, weight: W() }),
  bcel: (x) => nn.BCEWithLogitsLoss()(x, Y()),
  bcel_pw: (x) => nn.BCEWithLogitsLoss({ pos_weight: W(), weight: torch.tensor([2, 1, 1], { dtype: torch.float32 }) })(x, Y()),
  bce: (x) => nn.BCELoss()(x.sigmoid(), Y()),
  mse: (x) => nn.MSELoss()(x, Y()),
  l1_sum: (x) => nn.L1Loss({ reduction: 'sum' })(x, Y()),
  nll: (x) => nn.NLLLoss()(x.log_softmax(1), T()),
  mse_spec_sum: (x) => F.mse_loss(torch.tensor([[1, 2], [3, 5]], { dtype: torch.float32 }).add(x.get(0).slice(0, 0, 2).mul(0)), torch.tensor([[0, 2], [1, 1]], { dtype: torch.float32 }), { reduction: 'sum' }),
};

const close = (a: unknown, b: unknown) => {
  const fa = [a].flat(3) as number[];
  const fb = [b].flat(3) as number[];
  expect(fa.length).toBe(fb.length);
  fa.forEach((v, i) => expect(Math.abs(v - fb[i])).toBeLessThanOrEqual(2e-6 * Math.max(1, Math.abs(fb[i]))));
};

describe('losses match PyTorch (value, gradient, grad_fn)', () => {
  for (const [name, c] of Object.entries(want as Record<string, Case>)) {
    it(name, () => {
      const x = torch.tensor(X, { requires_grad: true });
      const loss = cases[name](x);
      (loss.dim() ? loss.sum() : loss).backward();
      close(loss.tolist(), c.value);
      close(x.grad!.tolist(), c.grad);
      expect(loss.grad_fn!.name).toBe(c.grad_fn);
    });
  }

  it('spec §5.4: MSE mean 5.25 / sum 21 and cross-entropy 1.4185397624969482', () => {
    const pred = torch.tensor([[1, 2], [3, 5]], { dtype: torch.float32 });
    const tgt = torch.tensor([[0, 2], [1, 1]], { dtype: torch.float32 });
    expect(nn.MSELoss()(pred, tgt).item()).toBe(5.25);
    expect(nn.MSELoss({ reduction: 'sum' })(pred, tgt).item()).toBe(21);
    const logits = torch.tensor([[2, 1, 0.1], [0.5, 2.5, 0.3]]);
    expect(nn.CrossEntropyLoss()(logits, torch.tensor([0, 2])).item()).toBe(1.4185397624969482);
    const onehot = torch.tensor([[1, 0, 0], [0, 0, 1]], { dtype: torch.float32 });
    expect(nn.CrossEntropyLoss()(logits, onehot).item()).toBeCloseTo(1.4185397624969482, 6);
  });
});
