/**
 * UserWarnings vs real PyTorch 2.x (tests/golden/warnings.json; Python twins in
 * scripts/golden/gen_warnings.py, same names): the same situations must produce the same warnings
 * (category and text, in order), and none where PyTorch is silent. Learner code uses only the public
 * API; the warnings are observed through the engine's tooling event bus (`warning` events, CONTRACTS §1),
 * which is how the runner shows them.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors untyped learner code */
import { describe, expect, it } from 'vitest';
import { torch, nn, optim } from '../src/engine/index';
import { onTrainingEvent } from '../src/engine/events';
import { loadFixture } from './golden/compare';

interface Warn {
  category: string;
  message: string;
}
const fixture = loadFixture<{ warnings: Warn[] }>('warnings.json');
const ls = optim.lr_scheduler as any;
const w = () => torch.zeros(2, { requires_grad: true });

const SNIPPETS: Record<string, () => unknown> = {
  step_with_epoch: () => {
    const opt = optim.SGD([w()], { lr: 0.1 });
    const s = ls.StepLR(opt, { step_size: 2 });
    opt.step();
    s.step(1);
    opt.step();
    s.step(2);
  },
  scheduler_before_optimizer: () => {
    const opt = optim.SGD([w()], { lr: 0.1 });
    const s = ls.StepLR(opt, { step_size: 1 });
    s.step();
    opt.step();
    s.step();
  },
  right_order_is_silent: () => {
    const opt = optim.SGD([w()], { lr: 0.1 });
    const s = ls.StepLR(opt, { step_size: 1 });
    for (let i = 0; i < 3; i++) {
      opt.step();
      s.step();
    }
  },
  get_lr_outside_step: () => {
    const opt = optim.SGD([w()], { lr: 0.1 });
    const s = ls.StepLR(opt, { step_size: 1 });
    s.get_lr();
  },
  mse_size_mismatch: () => nn.MSELoss()(torch.zeros(3, 1), torch.zeros(3)),
  nonleaf_grad: () => {
    const x = torch.tensor([1.5, 2.5], { requires_grad: true });
    const y = x.mul(2);
    y.sum().backward();
    return y.grad;
  },
  duplicate_params: () => {
    const p = w();
    optim.SGD([p, p], { lr: 0.1 });
  },
};

/** C++ warnings carry a "(Triggered internally at <build path>)" suffix that is not PyTorch's message proper. */
const strip = (m: string) => m.replace(/ \(Triggered internally at [^)]*\)$/, '');

describe('golden warnings (PyTorch ' + fixture.torch + ')', () => {
  it('every Python snippet has a TypeScript twin', () => {
    expect(fixture.torch.startsWith('2.')).toBe(true);
    expect(Object.keys(SNIPPETS).sort()).toEqual(Object.keys(fixture.cases).sort());
  });

  it.each(Object.keys(SNIPPETS))('%s', (name) => {
    const seen: Warn[] = [];
    const off = onTrainingEvent((e: any) => {
      if (e.type === 'warning') seen.push({ category: e.category, message: e.message });
    });
    try {
      SNIPPETS[name]();
    } finally {
      off();
    }
    const expected = fixture.cases[name].warnings.map((x) => ({ category: x.category, message: strip(x.message) }));
    expect(seen, name).toEqual(expected);
  });
});
