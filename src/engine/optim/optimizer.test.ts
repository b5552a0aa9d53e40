/** The Optimizer base class (docs/pytorch-optim-spec.md §2), exercised through SGD and Adam. */
import { afterEach, describe, expect, it } from 'vitest';
import { Tensor } from '../tensor';
import { onTrainingEvent, type TrainingEvent } from '../events';
import { optim } from '../index';
import { Optimizer } from './optimizer';
import { SGD } from './sgd';
import { Adam } from './adam';
import { expectPyError, param, setQuadraticGrad } from './test-helpers';

const unsubscribers: (() => void)[] = [];
afterEach(() => unsubscribers.splice(0).forEach((u) => u()));
function record(): TrainingEvent[] {
  const events: TrainingEvent[] = [];
  unsubscribers.push(onTrainingEvent((e) => events.push(e)));
  return events;
}

describe('Optimizer', () => {
  it('accepts an array, an iterator (consumed once) and a Set of tensors', () => {
    const a = param([1]);
    const b = param([2]);
    expect(new SGD([a, b]).param_groups[0]!.params).toEqual([a, b]);
    expect(new SGD([a, b][Symbol.iterator]()).param_groups[0]!.params).toEqual([a, b]);
    expect(new SGD(new Set([a, b])).param_groups[0]!.params).toEqual([a, b]);
  });

  it('accepts param groups; group values win and missing keys come from the defaults', () => {
    const a = param([1]);
    const b = param([2]);
    const opt = new SGD([{ params: [a] }, { params: b, lr: 1e-4 }] as never, { lr: 0.1, momentum: 0.9 });
    expect(opt.param_groups.map((g) => g.lr)).toEqual([0.1, 1e-4]);
    expect(opt.param_groups[1]!.params).toEqual([b]);
    expect(opt.param_groups[1]!['momentum']).toBe(0.9);
  });

  it('accepts named parameters ([name, tensor] pairs) and keeps the names', () => {
    const a = param([1]);
    const opt = new Adam([['fc.weight', a]] as never);
    expect(opt.param_groups[0]!.params).toEqual([a]);
    expect(opt.param_groups[0]!['param_names']).toEqual(['fc.weight']);
  });

  it('rejects a parameter in two groups, non-tensors, sets inside groups and non-dict groups', () => {
    const a = param([1]);
    expectPyError(() => new SGD([{ params: [a] }, { params: [a] }] as never), 'ValueError', 'some parameters appear in more than one parameter group');
    const opt = new SGD([a]);
    expectPyError(() => opt.add_param_group({ params: [a] }), 'ValueError', 'some parameters appear in more than one parameter group');
    expectPyError(() => new SGD([a, 3] as never), 'TypeError', 'optimizer can only optimize Tensors, but one of the params is int');
    expectPyError(() => opt.add_param_group({ params: new Set([param([1])]) }), 'TypeError',
      'optimizer parameters need to be organized in ordered collections, but the ordering of tensors in sets will change between runs. Please use a list instead.');
    expectPyError(() => opt.add_param_group([param([1])] as never), 'TypeError', 'param_group must be a dict, but got list');
  });

  it('warns (as an event) about duplicate parameters inside one group', () => {
    const events = record();
    const a = param([1]);
    new SGD([a, a]);
    expect(events.some((e) => e.type === 'warning' && e.message.startsWith('optimizer contains a parameter group with duplicate parameters'))).toBe(true);
  });

  it('add_param_group fills defaults and the new group trains with its own lr', () => {
    const events = record();
    const a = param([1, -2]);
    const b = param([1, -2]);
    const opt = new SGD([a], { lr: 0.1 });
    opt.add_param_group({ params: [b], lr: 0.2 });
    expect(opt.param_groups[1]).toMatchObject({ lr: 0.2, momentum: 0, nesterov: false });
    expect(events.find((e) => e.type === 'optimizer:add_param_group')).toMatchObject({ params: [b.id], lr: 0.2 });
    setQuadraticGrad(a);
    setQuadraticGrad(b);
    opt.step();
    expect(b.data[0]).toBeCloseTo(1 + 0.2 * 4, 14);
    expect(a.data[0]).toBeCloseTo(1 + 0.1 * 4, 14);
  });

  it('zero_grad sets grads to null by default (2.x) and zeroes them in place with set_to_none: false', () => {
    const a = param([1, 2]);
    const opt = new SGD([a]);
    setQuadraticGrad(a);
    const g = a.grad!;
    opt.zero_grad({ set_to_none: false });
    expect(a.grad).toBe(g);
    expect(Array.from(g.data)).toEqual([0, 0]);
    opt.zero_grad();
    expect(a.grad).toBeNull();
    setQuadraticGrad(a);
    opt.zero_grad(false);
    expect(a.grad).not.toBeNull();
    expect(() => opt.zero_grad({ set_to_nne: true } as never)).toThrow(/unexpected keyword argument 'set_to_nne'/);
  });

  it('reports a learner reading .grad after zero_grad() set it to null', () => {
    const events = record();
    const a = param([1]);
    const opt = new SGD([a]);
    setQuadraticGrad(a);
    opt.zero_grad();
    void a.grad;
    expect(events.some((e) => e.type === 'grad:read_after_zero_grad' && e.tensor === a.id)).toBe(true);
  });

  it('step(closure) calls the closure first and returns its value; step() returns undefined', () => {
    const a = param([1, -2]);
    const opt = new SGD([a], { lr: 0.1 });
    const order: string[] = [];
    const result = opt.step(() => {
      order.push(`closure sees ${a.data[0]}`);
      setQuadraticGrad(a);
      return 42;
    });
    expect(result).toBe(42);
    expect(order).toEqual(['closure sees 1']);
    expect(a.data[0]).toBeCloseTo(1.4, 14);
    expect(opt.step()).toBeUndefined();
  });

  it('state_dict numbers params across groups and excludes params without state', () => {
    const [a, b, c] = [param([1]), param([2]), param([3])];
    const opt = new Adam([{ params: [a, b] }, { params: [c], lr: 0.5 }]);
    setQuadraticGrad(c);
    opt.step();
    const sd = opt.state_dict();
    expect(sd.param_groups.map((g) => g.params)).toEqual([[0, 1], [2]]);
    expect(Object.keys(sd.state)).toEqual(['2']);
    expect(sd.param_groups[1]!.lr).toBe(0.5);
    expect(sd.param_groups[0]).not.toHaveProperty('params.0.data');
  });

  it('load_state_dict checks group counts and sizes, maps by position and restores group options', () => {
    const a = param([1]);
    const opt = new SGD([a], { lr: 0.1, momentum: 0.9 });
    const other = new SGD([param([5]), param([6])], { lr: 0.1 });
    expectPyError(() => other.load_state_dict(opt.state_dict()), 'ValueError',
      "loaded state dict contains a parameter group that doesn't match the size of optimizer's group");
    const two = new SGD([{ params: [param([1])] }, { params: [param([1])] }] as never);
    expectPyError(() => two.load_state_dict(opt.state_dict()), 'ValueError', 'loaded state dict has a different number of parameter groups');
    const target = new SGD([param([9])], { lr: 0.5 });
    target.load_state_dict(opt.state_dict());
    expect(target.param_groups[0]).toMatchObject({ lr: 0.1, momentum: 0.9 });
  });

  it('load_state_dict of an old checkpoint fills missing flags from the defaults', () => {
    const a = param([1, -2]);
    const opt = new Adam([a]);
    setQuadraticGrad(a);
    opt.step();
    const sd = opt.state_dict();
    for (const k of ['foreach', 'differentiable', 'maximize', 'capturable', 'fused', 'decoupled_weight_decay']) delete sd.param_groups[0]![k];
    sd.state[0]!['step'] = 1; // 1.13 RMSprop-style plain number
    const fresh = new Adam([a]);
    fresh.load_state_dict(sd);
    expect(fresh.param_groups[0]!['maximize']).toBe(false);
    expect(fresh.state.get(a)!['step']).toBeInstanceOf(Tensor);
    setQuadraticGrad(a);
    expect(() => fresh.step()).not.toThrow();
  });

  it('emits a nonfinite event once when a parameter becomes NaN', () => {
    const events = record();
    const a = param([1]);
    const opt = new SGD([a], { lr: 0.1 });
    for (let i = 0; i < 2; i++) {
      a.grad = Tensor._make(Float64Array.from([NaN]), [1], 'float64');
      opt.step();
    }
    expect(events.filter((e) => e.type === 'nonfinite')).toEqual([{ type: 'nonfinite', where: 'param', value: NaN, tensor: a.id }]);
  });

  // The per-step cost with nobody listening (one hasListeners() check) is a speed claim: measured by the W3
  // workload of `npm run bench:engine`, not asserted here.

  it('can be subclassed through the callable export, like torch.optim.Optimizer', () => {
    class MySGD extends (optim.Optimizer as unknown as typeof Optimizer) {
      constructor(params: Tensor[], lr: number) {
        super(params, { lr });
      }
      protected override _stepParam(p: Tensor, grad: Tensor): void {
        for (let i = 0; i < p.data.length; i++) p.data[i] = p.data[i]! - this.param_groups[0]!.lr * grad.data[i]!;
      }
    }
    const a = param([1, -2]);
    const opt = new MySGD([a], 0.1);
    setQuadraticGrad(a);
    opt.step();
    expect(opt).toBeInstanceOf(optim.Optimizer);
    expect(Array.from(a.data)).toEqual([1.4, -1.4]);
    expect(String(opt)).toBe('MySGD (\nParameter Group 0\n    lr: 0.1\n)');
  });
});

describe('Optimizer hooks (2.x)', () => {
  it('runs step pre/post hooks around step(); a pre-hook may replace the arguments; handles remove them', () => {
    const a = param([1, -2]);
    const opt = new SGD([a], { lr: 0.1 });
    const calls: string[] = [];
    const pre = opt.register_step_pre_hook((o, args) => {
      calls.push(`pre ${o === opt} ${args.length}`);
      return [[() => { setQuadraticGrad(a); return 7; }], {}];
    });
    const post = opt.register_step_post_hook(() => void calls.push('post'));
    expect(opt.step()).toBe(7);
    expect(calls).toEqual(['pre true 1', 'post']);
    expect(a.data[0]).toBeCloseTo(1.4, 14);
    pre.remove();
    post.remove();
    expect(opt.step()).toBeUndefined();
    expect(calls).toHaveLength(2);
  });

  it('rejects a pre-hook result that is neither undefined nor [args, kwargs]', () => {
    const opt = new SGD([param([1])]);
    opt.register_step_pre_hook((() => 3) as never);
    expectPyError(() => opt.step(), 'RuntimeError', /must return None or a tuple of \(new_args, new_kwargs\), but got 3\./);
  });

  it('runs state_dict and load_state_dict hooks in order (prepend first)', () => {
    const opt = new SGD([param([1])], { lr: 0.1 });
    const calls: string[] = [];
    opt.register_state_dict_pre_hook(() => void calls.push('sd pre'));
    opt.register_state_dict_post_hook((_o, sd) => ({ ...sd, param_groups: sd.param_groups.map((g) => ({ ...g, lr: 0.5 })) }));
    opt.register_load_state_dict_post_hook(() => void calls.push('load post 2'));
    opt.register_load_state_dict_post_hook(() => void calls.push('load post 1'), true);
    const sd = opt.state_dict();
    expect(sd.param_groups[0]!.lr).toBe(0.5);
    opt.load_state_dict(sd);
    expect(opt.param_groups[0]!.lr).toBe(0.5);
    expect(calls).toEqual(['sd pre', 'load post 1', 'load post 2']);
  });
});

describe('repr with several groups', () => {
  it('separates groups with a blank line, exactly like PyTorch', () => {
    const opt = new SGD([{ params: [param([1])] }, { params: [param([2])], lr: 0.5 }] as never, { lr: 0.1 });
    const s = String(opt);
    expect(s).toContain('    weight_decay: 0\n\nParameter Group 1\n    dampening: 0\n');
    expect(s.endsWith('    weight_decay: 0\n)')).toBe(true);
  });
});
