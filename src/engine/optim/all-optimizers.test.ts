/**
 * Behaviour every optimizer shares, table-driven over optim-cases.ts (PyTorch's OptimizerInfo suite,
 * docs/pytorch-optim-spec.md §7.2).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Tensor } from '../tensor';
import { onTrainingEvent, type TrainingEvent } from '../events';
import { optim } from '../index';
import { FIRST_ORDER, OPTIMIZERS } from './optim-cases';
import { param, setFixtureGrad } from './test-helpers';

const unsubscribers: (() => void)[] = [];
afterEach(() => unsubscribers.splice(0).forEach((u) => u()));

function record(): TrainingEvent[] {
  const events: TrainingEvent[] = [];
  unsubscribers.push(onTrainingEvent((e) => events.push(e)));
  return events;
}

function loss(w: Tensor): number {
  return Array.from(w.data).reduce((s, v, i) => s + (v - [3, 1][i]!) ** 2 + 0.1 * v ** 4, 0);
}

function train(info: (typeof FIRST_ORDER)[number], options: Record<string, unknown>, steps = 20): number {
  const w = param([1, -2]);
  const opt = new info.cls([w], options as never);
  for (let i = 0; i < steps; i++) {
    opt.zero_grad();
    setFixtureGrad(w);
    opt.step();
  }
  return loss(w);
}

describe.each(OPTIMIZERS)('$name', (info) => {
  const Callable = (optim as unknown as Record<string, (...a: unknown[]) => unknown>)[info.name]!;

  it('is constructed with and without new, and instanceof works both ways', () => {
    const a = Callable([param([1])], info.options);
    const b = new (Callable as unknown as new (...a: unknown[]) => unknown)([param([1])], info.options);
    expect(a).toBeInstanceOf(info.cls);
    expect(b).toBeInstanceOf(Callable);
    expect(a).toBeInstanceOf(optim.Optimizer);
    expect((Callable as { name: string }).name).toBe(info.name);
  });

  it('rejects a misspelt option with a TypeError naming the key and the valid ones', () => {
    expect(() => new info.cls([param([1])], { weight_decy: 0.1 } as never)).toThrow(TypeError);
    expect(() => new info.cls([param([1])], { weight_decy: 0.1 } as never)).toThrow(
      new RegExp(`^${info.name}\\.__init__\\(\\) got an unexpected keyword argument 'weight_decy' \\(valid keyword arguments: lr, `),
    );
  });

  it.each(info.errors)('rejects $options with PyTorch\'s message', ({ options, error, message }) => {
    let caught: Error | null = null;
    try {
      new info.cls([param([1])], options as never);
    } catch (e) {
      caught = e as Error;
    }
    expect(caught).not.toBeNull();
    expect(caught!.name).toBe(error);
    if (typeof message === 'string') expect(caught!.message).toBe(message);
    else expect(caught!.message).toMatch(message);
  });

  it('stores every option in the group, in PyTorch 2.x key order', () => {
    const opt = new info.cls([param([1])], info.options as never);
    expect(Object.keys(opt.param_groups[0]!)).toEqual(['params', ...info.groupKeys]);
    expect(Object.keys(opt.defaults)).toEqual(info.groupKeys);
    expect(opt.state_dict().param_groups[0]!.params).toEqual([0]);
  });

  it('rejects a single tensor and an empty parameter list like PyTorch', () => {
    expect(() => new info.cls(param([1]) as never)).toThrow(
      'params argument given to the optimizer should be an iterable of Tensors or dicts, but got torch.DoubleTensor',
    );
    expect(() => new info.cls([])).toThrow('optimizer got an empty parameter list');
    expect(() => new info.cls([][Symbol.iterator]() as never)).toThrow('optimizer got an empty parameter list');
  });

  it('prints like repr(optimizer): sorted keys, Python values', () => {
    const s = String(new info.cls([param([1])], info.options as never));
    expect(s.startsWith(`${info.name} (\nParameter Group 0\n`)).toBe(true);
    expect(s.endsWith('\n)')).toBe(true);
    const keys = s.split('\n').slice(2, -1).map((l) => l.trim().split(':')[0]);
    expect(keys).toEqual([...info.groupKeys].sort());
    expect(s).toMatch(/maximize: False/);
  });
});

describe.each(FIRST_ORDER)('$name (first-order)', (info) => {
  it('decreases the loss, and maximize increases it', () => {
    const start = loss(param([1, -2]));
    expect(train(info, info.options)).toBeLessThan(start);
    expect(train(info, { ...info.options, maximize: true }, 5)).toBeGreaterThan(start);
  });

  it('skips a parameter whose grad is null: no state, no change, no step counted', () => {
    const a = param([1, -2]);
    const b = param([0.5, 0.25]);
    const opt = new info.cls([a, b], info.options as never);
    const stateBefore = opt.state.has(b) ? JSON.stringify(Object.keys(opt.state.get(b)!)) : null;
    setFixtureGrad(a);
    opt.step();
    expect(Array.from(b.data)).toEqual([0.5, 0.25]);
    expect(Array.from(a.data)).not.toEqual([1, -2]);
    if (info.name === 'Adagrad') {
      // Adagrad creates its state eagerly in the constructor; the step counter must not move
      expect((opt.state.get(b)!['step'] as Tensor).data[0]).toBe(0);
      expect(JSON.stringify(Object.keys(opt.state.get(b)!))).toBe(stateBefore);
    } else {
      expect(opt.state.has(b)).toBe(false);
    }
    expect(Object.keys(opt.state.get(a)!)).toEqual(info.stateKeys);
  });

  it('does not skip an all-zero grad (state is created)', () => {
    const a = param([1, -2]);
    const opt = new info.cls([a], info.options as never);
    a.grad = Tensor._make(new Float64Array(2), [2], 'float64');
    opt.step();
    expect(opt.state.get(a)).toBeDefined();
    expect(Object.keys(opt.state.get(a)!)).toEqual(info.stateKeys);
  });

  it('reads lr from the group at every step (an edit takes effect at the next step)', () => {
    if (info.name === 'Rprop') return; // Rprop captures lr into its step sizes at the first step (tested in rprop.test.ts)
    const run = (edit: boolean): number[] => {
      const w = param([1, -2]);
      const opt = new info.cls([w], info.options as never);
      const traj: number[] = [];
      for (let i = 0; i < 3; i++) {
        if (edit && i === 1) opt.param_groups[0]!.lr = 0;
        opt.zero_grad();
        setFixtureGrad(w);
        const before = Array.from(w.data);
        opt.step();
        traj.push(Math.abs(w.data[0]! - before[0]!));
      }
      return traj;
    };
    const edited = run(true);
    expect(edited[0]).toBeGreaterThan(0);
    if (info.name === 'ASGD') {
      // ASGD uses the eta computed at the end of the previous step: the edit shows one step later
      expect(edited[2]).toBeLessThan(1e-3);
    } else {
      expect(edited[1]).toBe(0);
      expect(edited[2]).toBe(0);
    }
  });

  it('gives each param group its own lr, filling the other options from the defaults', () => {
    const a = param([1, -2]);
    const b = param([1, -2]);
    const opt = new info.cls([{ params: [a] }, { params: [b], lr: 1e-30 }] as never, info.options as never);
    expect(opt.param_groups[1]!.lr).toBe(1e-30);
    expect(opt.param_groups[1]!['maximize']).toBe(false);
    for (let i = 0; i < 3; i++) {
      opt.zero_grad();
      setFixtureGrad(a);
      setFixtureGrad(b);
      opt.step();
    }
    expect(Array.from(a.data)).not.toEqual([1, -2]);
    if (info.name !== 'Rprop') expect(Math.abs(b.data[0]! - 1)).toBeLessThan(1e-20);
  });

  it('round-trips state_dict (also through JSON) and continues identically', () => {
    const make = (): [Tensor, InstanceType<typeof info.cls>] => {
      const w = param([1, -2]);
      return [w, new info.cls([w], info.options as never)];
    };
    const [w1, o1] = make();
    for (let i = 0; i < 4; i++) {
      o1.zero_grad();
      setFixtureGrad(w1);
      o1.step();
    }
    const sd = o1.state_dict();
    expect(Object.keys(sd.state[0]!)).toEqual(info.stateKeys);
    const viaJson = JSON.parse(JSON.stringify(sd)) as typeof sd;
    const copies = [sd, viaJson].map((s) => {
      const [w, o] = make();
      w.data.set(w1.data);
      o.load_state_dict(s);
      return [w, o] as const;
    });
    for (let i = 0; i < 4; i++) {
      for (const [w, o] of [[w1, o1] as const, ...copies]) {
        o.zero_grad();
        setFixtureGrad(w);
        o.step();
      }
    }
    for (const [w] of copies) expect(Array.from(w.data)).toEqual(Array.from(w1.data));
  });

  it('emits optimizer:create, zero_grad and step events (ids, lrs, skipped params)', () => {
    const events = record();
    const a = param([1, -2]);
    const b = param([3]);
    const opt = new info.cls([a, b], info.options as never);
    setFixtureGrad(a);
    opt.step();
    opt.zero_grad();
    const create = events.find((e) => e.type === 'optimizer:create');
    expect(create).toMatchObject({ name: info.name, groups: [{ params: [a.id, b.id] }] });
    expect((create as { ref?: unknown }).ref).toBe(opt);
    expect(events.find((e) => e.type === 'optimizer:step')).toMatchObject({ count: 1, updated: [a.id], skipped: [b.id] });
    expect(events.find((e) => e.type === 'optimizer:zero_grad')).toMatchObject({ set_to_none: true, params: [a.id] });
  });
});
