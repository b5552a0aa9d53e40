import { afterEach, describe, expect, it } from 'vitest';
import { nn, optim, torch } from '../index';
import { onTrainingEvent, type TrainingEvent } from '../events';

const x12 = () => torch.tensor([1, 2], { requires_grad: true });

describe('autograd semantics (spec §5.1)', () => {
  it('accumulates gradients across backward() calls until zeroed', () => {
    const x = x12();
    for (let i = 0; i < 3; i++) x.mul(x).sum().backward();
    expect(x.grad!.tolist()).toEqual([6, 12]);
    x.grad = null;
    x.mul(x).sum().backward();
    expect(x.grad!.tolist()).toEqual([2, 4]);
  });

  it('keeps the same grad tensor object when accumulating (in place)', () => {
    const x = x12();
    x.sum().backward();
    const g = x.grad;
    x.sum().backward();
    expect(x.grad).toBe(g);
    expect(g!.tolist()).toEqual([2, 2]);
  });

  it('leaves and non-leaves', () => {
    const x = x12();
    const y = x.mul(3);
    expect(x.is_leaf).toBe(true);
    expect(y.is_leaf).toBe(false);
    expect(y.grad_fn!.name).toBe('MulBackward0');
    expect(x.detach().is_leaf).toBe(true);
    expect(torch.ones(2).is_leaf).toBe(true);
  });

  it('retain_grad keeps a non-leaf gradient (y = 3x, loss = Σy²)', () => {
    const x = x12();
    const y = x.mul(3);
    y.retain_grad();
    y.pow(2).sum().backward();
    expect(y.grad!.tolist()).toEqual([6, 12]);
    expect(x.grad!.tolist()).toEqual([18, 36]);
  });

  it('vector-Jacobian product with backward({ gradient })', () => {
    const x = torch.tensor([1, 2, 3], { requires_grad: true });
    x.pow(2).backward({ gradient: torch.tensor([1, 0.1, 0.01]) });
    const g = x.grad!.tolist() as number[];
    [2, 0.4, 0.06].forEach((v, i) => expect(g[i]).toBeCloseTo(v, 6));
  });

  it('retain_graph allows a second backward that accumulates', () => {
    const x = torch.tensor([1, 2], { requires_grad: true, dtype: torch.float64 });
    const l = x.mul(x).sum();
    l.backward({ retain_graph: true });
    l.backward();
    expect(x.grad!.tolist()).toEqual([4, 8]);
  });

  it('no_grad disables tracking, restores it, nests, and enable_grad re-enables', () => {
    const x = x12();
    const y = torch.no_grad(() => {
      expect(torch.is_grad_enabled()).toBe(false);
      const inner = torch.enable_grad(() => x.mul(2));
      expect(inner.requires_grad).toBe(true);
      return x.mul(2);
    });
    expect(y.requires_grad).toBe(false);
    expect(y.grad_fn).toBeNull();
    expect(torch.is_grad_enabled()).toBe(true);
    expect(() => torch.no_grad(() => { throw new Error('boom'); })).toThrow('boom');
    expect(torch.is_grad_enabled()).toBe(true);
  });

  it('in-place updates of a leaf are allowed under no_grad', () => {
    const w = x12();
    torch.no_grad(() => w.sub_(torch.tensor([1, 1]), { alpha: 0.5 }));
    expect(w.tolist()).toEqual([0.5, 1.5]);
  });

  it('detach shares storage', () => {
    const x = x12();
    const d = x.detach();
    torch.no_grad(() => x.mul_(5));
    expect(d.tolist()).toEqual([5, 10]);
    expect(d.requires_grad).toBe(false);
  });

  it('broadcasting gradients sum back to the input shape', () => {
    const a = torch.ones(3, 2, { requires_grad: true });
    const b = torch.tensor([1, 2], { requires_grad: true });
    a.mul(b).sum().backward();
    expect(a.grad!.tolist()).toEqual([[1, 2], [1, 2], [1, 2]]);
    expect(b.grad!.tolist()).toEqual([3, 3]);
  });

  it('the same leaf used twice gets both contributions', () => {
    const x = torch.tensor(3, { requires_grad: true });
    x.mul(x).add(x).backward(); // d(x² + x)/dx = 2x + 1
    expect(x.grad!.item()).toBe(7);
  });

  it('int64 results of float ops and dtype promotion', () => {
    expect(torch.tensor([1, 2]).mul(2).dtype).toBe('int64');
    expect(torch.tensor([1, 2]).mul(0.5).dtype).toBe('float32');
    expect(torch.tensor([1, 2]).div(2).dtype).toBe('float32');
    expect(torch.ones(2).add(torch.ones(2, { dtype: torch.float64 })).dtype).toBe('float64');
    // a 0-d float64 tensor does not promote a dimensioned float32 tensor
    expect(torch.ones(2).add(torch.tensor(1.5, { dtype: torch.float64 })).dtype).toBe('float32');
    expect(torch.tensor([1, 2]).add(torch.tensor(1.5, { dtype: torch.float64 })).dtype).toBe('float64');
  });
});

describe('training events', () => {
  let off: () => void = () => {};
  afterEach(() => off());

  it('backward reports loss, leaves and accumulation; nonfinite losses are flagged', () => {
    const events: TrainingEvent[] = [];
    off = onTrainingEvent((e) => events.push(e));
    const x = x12();
    x.mul(x).sum().backward();
    x.mul(x).sum().backward();
    const bw = events.filter((e) => e.type === 'backward');
    expect(bw).toEqual([
      { type: 'backward', loss: 5, leaves: [x.id], accumulated: false },
      { type: 'backward', loss: 5, leaves: [x.id], accumulated: true },
    ]);
    x.log().sub(100).div(0).sum().backward();
    expect(events).toContainEqual({ type: 'nonfinite', where: 'loss', value: -Infinity });
  });

  it('a gradient zeroed in place (p.grad.zero_(), zero_grad(set_to_none=False)) does not count as accumulation', () => {
    const events: TrainingEvent[] = [];
    off = onTrainingEvent((e) => events.push(e));
    const x = x12();
    x.mul(x).sum().backward();
    torch.no_grad(() => x.grad!.zero_());
    x.mul(x).sum().backward();
    x.mul(x).sum().backward();
    expect(events.filter((e) => e.type === 'backward').map((e) => (e as { accumulated: boolean }).accumulated)).toEqual([
      false,
      false,
      true,
    ]);
    expect(x.grad!.tolist()).toEqual([4, 8]);
  });

  it('module.zero_grad emits module:zero_grad, and reading .grad afterwards is reported', () => {
    const events: TrainingEvent[] = [];
    off = onTrainingEvent((e) => events.push(e));
    const m = nn.Linear(2, 1);
    m(torch.ones(1, 2)).sum().backward();
    m.zero_grad();
    expect(events).toContainEqual({ type: 'module:zero_grad', set_to_none: true, params: [m.weight.id, m.bias!.id] });
    expect(m.weight.grad).toBeNull();
    expect(events).toContainEqual({ type: 'grad:read_after_zero_grad', tensor: m.weight.id });
  });

  it('zero_grad({ set_to_none: false }) zeroes in place', () => {
    const m = nn.Linear(2, 1);
    m(torch.ones(1, 2)).sum().backward();
    const g = m.weight.grad;
    m.zero_grad({ set_to_none: false });
    expect(m.weight.grad).toBe(g);
    expect(g!.tolist()).toEqual([[0, 0]]);
  });

  it("the guide's pitfall: forgetting zero_grad accumulates gradients", () => {
    torch.manual_seed(0);
    const m = nn.Linear(1, 1);
    const opt = optim.SGD(m.parameters(), { lr: 0.1 });
    const xb = torch.tensor([[1.0]], { dtype: torch.float32 });
    m(xb).sum().backward();
    const g1 = m.weight.grad!.item();
    m(xb).sum().backward();
    expect(m.weight.grad!.item()).toBe(2 * g1);
    opt.zero_grad();
    expect(m.weight.grad).toBeNull();
  });

  it('never shares one gradient tensor between leaves, nor with the gradient passed to backward()', () => {
    const a = x12();
    const b = x12();
    // AddBackward0 hands its incoming gradient (made by MulBackward0) to both inputs
    a.add(b).mul(2).sum().backward();
    expect(a.grad).not.toBe(b.grad);
    a.grad!.add_(1);
    expect(b.grad!.tolist()).toEqual([2, 2]);
    expect(a.grad!.tolist()).toEqual([3, 3]);
    const x = x12();
    const g = torch.tensor([5, 7]);
    x.add(0).backward(g);
    expect(x.grad).not.toBe(g);
    x.grad!.zero_();
    expect(g.tolist()).toEqual([5, 7]);
    // a leaf used twice: the first gradient it receives is its own, the second is added into it
    const z = x12();
    z.mul(2).add(z.mul(3)).sum().backward();
    expect(z.grad!.tolist()).toEqual([5, 5]);
  });
});
