/**
 * Error messages vs real PyTorch 2.x (tests/golden/errors.json, from scripts/golden/gen_errors.py):
 * the same mistake in TypeScript must throw PyTorch's exception type (error.name) and message.
 * Names: tests/golden/error-cases.ts; the Python twins of SNIPPETS are in gen_errors.py.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- learners' mistakes are not well-typed */
import { describe, expect, it } from 'vitest';
import { torch, nn, optim } from '../src/engine/index';
import { ERROR_CASES } from './golden/error-cases';
import { loadFixture } from './golden/compare';

const fixture = loadFixture<{ type: string | null; message: string | null }>('errors.json');
const ls = optim.lr_scheduler as any;
const O = optim as any;
const T = torch as any;

const w = () => torch.zeros(2, { requires_grad: true });
const sgd = () => O.SGD([w()], { lr: 0.1, momentum: 0.9 });

const D = (torch as any).utils.data;
const NN = nn as any;
/** An optimizer over one parameter whose grad is ones (so step() updates it). */
const withGrad = (name: string) => {
  const p = torch.zeros(2, { requires_grad: true });
  p.grad = torch.ones(2);
  return O[name]([p]);
};
const stepWithLr = (name: string, lr: unknown, stepsBefore = 0) => {
  const opt = withGrad(name);
  for (let i = 0; i < stepsBefore; i++) opt.step();
  opt.param_groups[0].lr = lr;
  opt.step();
};

const SNIPPETS: Record<string, () => unknown> = {
  params_is_tensor: () => O.SGD(w(), { lr: 0.1 }),
  empty_params: () => O.Adam([]),
  param_in_two_groups: () => {
    const p = w();
    return O.SGD([{ params: [p] }, { params: [p] }], { lr: 0.1 });
  },
  negative_lr: () => O.Adam([w()], { lr: -0.5 }),
  nan_lr: () => O.Adam([w()], { lr: Number.NaN }),
  sgd_nan_lr_accepted: () => O.SGD([w()], { lr: Number.NaN }),
  negative_momentum: () => O.SGD([w()], { lr: 0.1, momentum: -0.5 }),
  nesterov_without_momentum: () => O.SGD([w()], { lr: 0.1, nesterov: true }),
  adam_negative_eps: () => O.Adam([w()], { eps: -0.5 }),
  adam_beta1_too_big: () => O.Adam([w()], { betas: [1.5, 0.999] }),
  rmsprop_negative_alpha: () => O.RMSprop([w()], { alpha: -0.5 }),
  adagrad_negative_lr_decay: () => O.Adagrad([w()], { lr_decay: -0.5 }),
  rprop_bad_etas: () => O.Rprop([w()], { etas: [1.5, 0.5] }),
  lbfgs_param_groups: () => O.LBFGS([{ params: [w()] }, { params: [w()] }]),
  lbfgs_no_closure: () => O.LBFGS([w()]).step(),
  adam_unknown_option: () => O.Adam([w()], { weight_decy: 0.1 }),
  matmul_shapes: () => torch.zeros(100, 10).matmul(torch.zeros(5, 1)),
  broadcast_mismatch: () => torch.zeros(3).add(torch.zeros(4)),
  view_bad_shape: () => torch.zeros(2, 3).view(4),
  backward_non_scalar: () => torch.tensor([1.5, 2.5], { requires_grad: true }).mul(2).backward(),
  backward_twice: () => {
    const x = torch.tensor([1.5, 2.5], { requires_grad: true });
    const y = x.mul(x).sum();
    y.backward();
    y.backward();
  },
  backward_no_grad: () => torch.tensor([1.5, 2.5]).sum().backward(),
  leaf_in_place: () => torch.tensor([1.5, 2.5], { requires_grad: true }).add_(1),
  // explicit dtype: in JS [1, 2] cannot be told from [1.0, 2.0], so the engine reads it as floats when requires_grad is set
  int_requires_grad: () => T.tensor([1, 2], { dtype: torch.int64, requires_grad: true }),
  onecycle_too_many_steps: () => {
    const opt = sgd();
    const s = ls.OneCycleLR(opt, { max_lr: 0.1, total_steps: 3 });
    for (let i = 0; i < 4; i++) {
      opt.step();
      s.step();
    }
  },
  constantlr_bad_factor: () => ls.ConstantLR(sgd(), { factor: 1.5 }),
  cyclic_bad_mode: () => ls.CyclicLR(sgd(), { base_lr: 0.01, max_lr: 0.1, mode: 'zigzag' }),
  plateau_bad_factor: () => ls.ReduceLROnPlateau(sgd(), { factor: 1.5 }),
  sequential_milestones: () => {
    const opt = sgd();
    const a = ls.ConstantLR(opt, { factor: 0.5, total_iters: 2 });
    const b = ls.ExponentialLR(opt, { gamma: 0.9 });
    return ls.SequentialLR(opt, { schedulers: [a, b], milestones: [2, 4] });
  },
  steplr_zero_step_size: () => {
    const opt = sgd();
    const s = ls.StepLR(opt, { step_size: 0 });
    opt.step();
    s.step();
  },
  sgd_string_lr_step: () => stepWithLr('SGD', '0.1'),
  adam_string_lr_step: () => stepWithLr('Adam', '0.1'),
  adamw_none_lr_step: () => stepWithLr('AdamW', null),
  radam_list_lr_step: () => stepWithLr('RAdam', [0.1]),
  rprop_string_lr_after_first_step: () => stepWithLr('Rprop', '0.1', 1),
  step_closure_int: () => sgd().step(42),
  load_state_dict_empty: () => sgd().load_state_dict({}),
  load_state_dict_none: () => sgd().load_state_dict(null),
  load_state_dict_list: () => sgd().load_state_dict([1, 2]),
  load_state_dict_no_state: () => sgd().load_state_dict({ param_groups: [{ lr: 0.1, params: [0] }] }),
  load_state_dict_group_without_params: () => sgd().load_state_dict({ state: {}, param_groups: [{ lr: 0.1 }] }),
  scheduler_load_state_dict_none: () => ls.StepLR(sgd(), { step_size: 2 }).load_state_dict(null),
  clip_grad_norm_nonfinite: () => {
    const p = w();
    p.grad = torch.tensor([Infinity, 1.0], { dtype: torch.float32 });
    NN.utils.clip_grad_norm_([p], 1.0, { error_if_nonfinite: true });
  },
  clip_grad_value_no_grads: () => NN.utils.clip_grad_value_([w()], 1.0),
  dropout_bad_p: () => NN.Dropout(1.5),
  dataloader_batch_size_zero: () => D.DataLoader(D.TensorDataset(torch.zeros(3)), { batch_size: 0 }),
  dataloader_shuffle_and_sampler: () => D.DataLoader(D.TensorDataset(torch.zeros(3)), { shuffle: true, sampler: [0, 1, 2] }),
  dataloader_negative_workers: () => D.DataLoader(D.TensorDataset(torch.zeros(3)), { num_workers: -1 }),
  tensordataset_size_mismatch: () => D.TensorDataset(torch.zeros(3), torch.zeros(4)),
  module_load_missing_and_unexpected: () => NN.Linear(2, 1).load_state_dict({ weight: torch.zeros(1, 2), bogus: torch.zeros(1) }),
  module_load_size_mismatch: () => NN.Sequential(NN.Linear(2, 1)).load_state_dict({ '0.weight': torch.zeros(1, 3), '0.bias': torch.zeros(1) }),
};

/** Python 3.12+ appends ". Did you mean 'x'?" to unexpected-keyword errors; PyTorch's own text ends before it. */
const pytorchPart = (m: string) => m.split(". Did you mean")[0];

describe('golden error messages (PyTorch ' + fixture.torch + ')', () => {
  it('every case has a fixture and a TypeScript snippet', () => {
    expect(fixture.torch.startsWith('2.')).toBe(true);
    const names = ERROR_CASES.map((c) => c.name).sort();
    expect(Object.keys(fixture.cases).sort()).toEqual(names);
    expect(Object.keys(SNIPPETS).sort()).toEqual(names);
  });

  it.each(ERROR_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const fx = fixture.cases[c.name];
    let thrown: unknown = null;
    try {
      SNIPPETS[c.name]();
    } catch (err) {
      thrown = err;
    }
    if (fx.type === null) {
      if (thrown !== null) throw new Error(`${c.name}: PyTorch accepts this, the engine threw ${String(thrown)}`);
      return;
    }
    if (!(thrown instanceof Error)) throw new Error(`${c.name}: expected ${fx.type}: ${fx.message}, the engine threw nothing`);
    const expected = `${fx.type}: ${c.match === 'prefix' ? pytorchPart(fx.message!) : fx.message}`;
    const actual = `${thrown.name}: ${thrown.message}`;
    const ok = c.match === 'prefix' ? actual.startsWith(expected) : actual === expected;
    if (!ok) throw new Error(`${c.name}:\nexpected ${expected}\nactual   ${actual}`);
  });
});
