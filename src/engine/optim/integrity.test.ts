import { afterEach, describe, expect, it } from 'vitest';
import { torch } from '../index';
import { onTrainingEvent, type TrainingEvent } from '../events';
import { leftByOptimizer } from './integrity';

type Step = Extract<TrainingEvent, { type: 'optimizer:step' }>;

let off: (() => void) | null = null;
afterEach(() => off?.());
function record(): Step[] {
  const steps: Step[] = [];
  off = onTrainingEvent((e) => {
    if (e.type === 'optimizer:step') steps.push(e);
  });
  return steps;
}

function train(edit?: (w: ReturnType<typeof torch.zeros>, i: number) => void) {
  const w = torch.zeros([2], { requires_grad: true });
  const opt = torch.optim.SGD([w], { lr: 0.1 });
  for (let i = 0; i < 4; i++) {
    opt.zero_grad();
    w.sub(torch.tensor([3, 2], { dtype: torch.float32 })).pow(2).sum().backward();
    opt.step();
    edit?.(w, i);
  }
  return w;
}

describe('integrity: edits made outside the optimizers', () => {
  it('a plain loop reports nothing edited', () => {
    const steps = record();
    train();
    expect(steps.map((s) => s.edited)).toEqual([[], [], [], []]);
    expect(steps.every((s) => s.moved.length === 1)).toBe(true);
  });

  it('fill_, writes into .data and a manual update between steps are reported at the next step', () => {
    for (const edit of [
      (w: ReturnType<typeof torch.zeros>) => torch.no_grad(() => w.fill_(3)),
      (w: ReturnType<typeof torch.zeros>) => { w.data[0] = 3; },
      (w: ReturnType<typeof torch.zeros>) => torch.no_grad(() => w.sub_(w.grad!.mul(0.1))),
    ]) {
      const steps = record();
      const w = train((t, i) => { if (i === 1) edit(t); });
      expect(steps.map((s) => s.edited.length)).toEqual([0, 0, 1, 0]);
      expect(steps[2]!.edited).toEqual([w.id]);
      off!();
    }
  });

  it('one optimizer continuing where another stopped is not an edit; what they left is readable', () => {
    const steps = record();
    const w = torch.zeros([1], { requires_grad: true });
    for (const opt of [torch.optim.SGD([w], { lr: 0.1 }), torch.optim.Adam([w], { lr: 0.1 })]) {
      for (let i = 0; i < 3; i++) {
        opt.zero_grad();
        w.sub(1).pow(2).sum().backward();
        opt.step();
      }
    }
    expect(steps.every((s) => s.edited.length === 0)).toBe(true);
    const left = Array.from(leftByOptimizer(w)!);
    torch.no_grad(() => w.fill_(1));
    expect(left[0]).not.toBe(1);
    expect(Array.from(leftByOptimizer(w)!)).toEqual(left);
  });

  it('a step with lr 0 or zero gradients moves nothing', () => {
    const steps = record();
    const w = torch.ones([1], { requires_grad: true });
    const opt = torch.optim.SGD([w], { lr: 0 });
    for (let i = 0; i < 2; i++) {
      opt.zero_grad();
      w.mul(2).sum().backward();
      opt.step();
    }
    expect(steps.map((s) => s.moved)).toEqual([[], []]);
  });

  it('copies nothing while nobody listens', () => {
    const w = torch.zeros([1], { requires_grad: true });
    const opt = torch.optim.SGD([w], { lr: 0.1 });
    w.sum().backward();
    opt.step();
    expect(leftByOptimizer(w)).toBeUndefined();
  });
});
