/* eslint-disable @typescript-eslint/no-explicit-any -- learner-style code */
import { describe, expect, it } from 'vitest';
import { nn, torch, F } from '../index';

const N = nn as any;
const vals = (t: any) => Array.from(t.data as ArrayLike<number>);

describe('nn.Dropout and train()/eval()', () => {
  it('train() / eval() set .training on every sub-module; Dropout is the identity in eval mode', () => {
    const model = N.Sequential(N.Linear(4, 8), N.ReLU(), N.Dropout(0.5), N.Linear(8, 1));
    expect(model.training).toBe(true);
    expect(model.eval()).toBe(model);
    expect(model.modules().map((m: any) => m.training)).toEqual([false, false, false, false, false]);
    const x = torch.ones(3, 8);
    expect(model[2](x)).toBe(x);
    model.train();
    expect(model.modules().every((m: any) => m.training)).toBe(true);
    model.train(false);
    expect(model[2].training).toBe(false);
  });

  it('in training mode zeroes elements and scales the rest by 1/(1 − p); gradients follow the mask', () => {
    torch.manual_seed(0);
    const x = torch.ones(1000, { requires_grad: true });
    const y = N.Dropout(0.25)(x);
    const kept = vals(y).filter((v) => v !== 0);
    expect(new Set(kept)).toEqual(new Set([Math.fround(1 / Math.fround(0.75))]));
    expect(kept.length).toBeGreaterThan(700);
    expect(kept.length).toBeLessThan(800);
    y.sum().backward();
    expect(vals(x.grad)).toEqual(vals(y));
  });

  it('p = 0 returns the input, p = 1 zeroes it; bad p is a ValueError', () => {
    const x = torch.tensor([1.5, -2.5]);
    expect(N.Dropout(0)(x)).toBe(x);
    expect(vals(N.Dropout(1)(x))).toEqual([0, -0]);
    expect(() => N.Dropout(-0.1)).toThrow('dropout probability has to be between 0 and 1, but got -0.1');
  });

  it('F.dropout takes positional or keyword arguments; training false is the identity', () => {
    const x = torch.ones(4);
    expect((F as any).dropout(x, { p: 0.5, training: false })).toBe(x);
    expect((F as any).dropout(x, 0.5, false)).toBe(x);
  });

  it('prints like PyTorch', () => {
    expect(String(N.Dropout())).toBe('Dropout(p=0.5, inplace=False)');
    expect(String(N.Dropout({ p: 0.2, inplace: true }))).toBe('Dropout(p=0.2, inplace=True)');
    expect(String(N.Sequential(N.Linear(2, 2), N.Dropout(0.1)))).toBe(
      'Sequential(\n  (0): Linear(in_features=2, out_features=2, bias=True)\n  (1): Dropout(p=0.1, inplace=False)\n)',
    );
  });
});
