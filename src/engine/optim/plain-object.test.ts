import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { torch, optim } from '../index';
import { isPlainObject } from './plain-object';

describe('isPlainObject', () => {
  it('accepts literals from this realm and from another realm (node:vm), rejects the rest', () => {
    expect(isPlainObject({ lr: 0.1 })).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    expect(isPlainObject(runInNewContext('({ step_size: 10 })'))).toBe(true);
    expect(isPlainObject([1])).toBe(false);
    expect(isPlainObject(runInNewContext('[1]'))).toBe(false);
    expect(isPlainObject(torch.zeros(1))).toBe(false);
    expect(isPlainObject(new Map())).toBe(false);
    expect(isPlainObject(null)).toBe(false);
  });

  it('lets a scheduler and param groups take options created in another realm', () => {
    const w = torch.zeros(1, { requires_grad: true });
    const opts = runInNewContext('({ step_size: 2, gamma: 0.5 })') as Record<string, number>;
    const groups = runInNewContext('(w) => [{ params: [w], lr: 0.1 }]') as (w: unknown) => unknown[];
    const opt = optim.SGD(groups(w) as never);
    const sched = optim.lr_scheduler.StepLR(opt, opts as never);
    for (let i = 0; i < 4; i++) {
      opt.step();
      sched.step();
    }
    expect(sched.get_last_lr()[0]).toBeCloseTo(0.025, 12);
  });
});
