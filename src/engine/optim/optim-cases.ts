/**
 * One row per optimizer, PyTorch `OptimizerInfo` style: how to build it, a config that moves the
 * parameters noticeably, and the error inputs with PyTorch's messages (docs/pytorch-optim-spec.md §3, §7.1).
 */
import type { Tensor } from '../tensor';
import type { Optimizer } from './optimizer';
import { SGD } from './sgd';
import { Adam } from './adam';
import { AdamW } from './adamw';
import { RMSprop } from './rmsprop';
import { Adagrad } from './adagrad';
import { Adadelta } from './adadelta';
import { Adamax } from './adamax';
import { NAdam } from './nadam';
import { RAdam } from './radam';
import { Rprop } from './rprop';
import { ASGD } from './asgd';
import { LBFGS } from './lbfgs';

export interface ErrorInput {
  options: Record<string, unknown>;
  error: string; // error class name
  message: string | RegExp;
}

export interface OptimInfo {
  name: string;
  cls: new (params: Tensor[] | Record<string, unknown>[], options?: never) => Optimizer;
  /** a config that makes visible progress on the fixture problem */
  options: Record<string, unknown>;
  /** PyTorch's state keys after the first step, in insertion order */
  stateKeys: string[];
  /** PyTorch 2.x group keys in defaults order */
  groupKeys: string[];
  errors: ErrorInput[];
  supportsMaximize: boolean;
}

const lrNeg: ErrorInput = { options: { lr: -1 }, error: 'ValueError', message: 'Invalid learning rate: -1' };
const lrNaN: ErrorInput = { options: { lr: NaN }, error: 'ValueError', message: 'Invalid learning rate: nan' };
const betas0: ErrorInput = { options: { betas: [1.0, 0.0] }, error: 'ValueError', message: 'Invalid beta parameter at index 0: 1.0' };
const betas1: ErrorInput = { options: { betas: [0.0, 1.0] }, error: 'ValueError', message: 'Invalid beta parameter at index 1: 1.0' };
const wdNeg: ErrorInput = { options: { weight_decay: -1 }, error: 'ValueError', message: 'Invalid weight_decay value: -1' };
const epsNeg: ErrorInput = { options: { eps: -0.5 }, error: 'ValueError', message: 'Invalid epsilon value: -0.5' };

export const OPTIMIZERS: OptimInfo[] = [
  {
    name: 'SGD', cls: SGD as never, options: { lr: 0.05, momentum: 0.9 }, stateKeys: ['momentum_buffer'],
    groupKeys: ['lr', 'momentum', 'dampening', 'weight_decay', 'nesterov', 'maximize', 'foreach', 'differentiable', 'fused'],
    errors: [lrNeg, { options: { momentum: -0.5 }, error: 'ValueError', message: 'Invalid momentum value: -0.5' }, wdNeg,
      { options: { nesterov: true }, error: 'ValueError', message: 'Nesterov momentum requires a momentum and zero dampening' },
      { options: { nesterov: true, momentum: 0.9, dampening: 0.1 }, error: 'ValueError', message: 'Nesterov momentum requires a momentum and zero dampening' },
      { options: { fused: true, foreach: true }, error: 'RuntimeError', message: '`fused` and `foreach` cannot be `True` together.' },
      { options: { fused: true, differentiable: true }, error: 'RuntimeError', message: '`fused` does not support `differentiable`' }],
    supportsMaximize: true,
  },
  {
    name: 'Adam', cls: Adam as never, options: { lr: 0.1 }, stateKeys: ['step', 'exp_avg', 'exp_avg_sq'],
    groupKeys: ['lr', 'betas', 'eps', 'weight_decay', 'amsgrad', 'maximize', 'foreach', 'capturable', 'differentiable', 'fused', 'decoupled_weight_decay'],
    errors: [lrNeg, lrNaN, epsNeg, betas0, betas1, wdNeg,
      { options: { fused: true, foreach: true }, error: 'RuntimeError', message: '`fused` and `foreach` cannot be `True` together.' }],
    supportsMaximize: true,
  },
  {
    name: 'AdamW', cls: AdamW as never, options: { lr: 0.1 }, stateKeys: ['step', 'exp_avg', 'exp_avg_sq'],
    groupKeys: ['lr', 'betas', 'eps', 'weight_decay', 'amsgrad', 'maximize', 'foreach', 'capturable', 'differentiable', 'fused', 'decoupled_weight_decay'],
    errors: [lrNeg, lrNaN, epsNeg, betas0, betas1, wdNeg], supportsMaximize: true,
  },
  {
    name: 'RMSprop', cls: RMSprop as never, options: { lr: 0.01 }, stateKeys: ['step', 'square_avg'],
    groupKeys: ['lr', 'momentum', 'alpha', 'eps', 'centered', 'weight_decay', 'capturable', 'foreach', 'maximize', 'differentiable'],
    errors: [lrNeg, epsNeg, { options: { momentum: -1.0 }, error: 'ValueError', message: 'Invalid momentum value: -1' }, wdNeg,
      { options: { alpha: -0.1 }, error: 'ValueError', message: 'Invalid alpha value: -0.1' }],
    supportsMaximize: true,
  },
  {
    name: 'Adagrad', cls: Adagrad as never, options: { lr: 0.5 }, stateKeys: ['step', 'sum'],
    groupKeys: ['lr', 'lr_decay', 'eps', 'weight_decay', 'initial_accumulator_value', 'foreach', 'maximize', 'differentiable', 'fused'],
    errors: [lrNeg, { options: { lr_decay: -0.5 }, error: 'ValueError', message: 'Invalid lr_decay value: -0.5' }, wdNeg,
      { options: { initial_accumulator_value: -1 }, error: 'ValueError', message: 'Invalid initial_accumulator_value value: -1' }, epsNeg],
    supportsMaximize: true,
  },
  {
    name: 'Adadelta', cls: Adadelta as never, options: {}, stateKeys: ['step', 'square_avg', 'acc_delta'],
    groupKeys: ['lr', 'rho', 'eps', 'weight_decay', 'maximize', 'capturable', 'foreach', 'differentiable'],
    errors: [lrNeg, { options: { rho: 1.1 }, error: 'ValueError', message: 'Invalid rho value: 1.1' }, epsNeg, wdNeg],
    supportsMaximize: true,
  },
  {
    name: 'Adamax', cls: Adamax as never, options: { lr: 0.1 }, stateKeys: ['step', 'exp_avg', 'exp_inf'],
    groupKeys: ['lr', 'betas', 'eps', 'weight_decay', 'foreach', 'maximize', 'differentiable', 'capturable'],
    errors: [lrNeg, epsNeg, betas0, betas1, wdNeg], supportsMaximize: true,
  },
  {
    name: 'NAdam', cls: NAdam as never, options: { lr: 0.1 }, stateKeys: ['step', 'mu_product', 'exp_avg', 'exp_avg_sq'],
    groupKeys: ['lr', 'betas', 'eps', 'weight_decay', 'momentum_decay', 'decoupled_weight_decay', 'maximize', 'foreach', 'capturable', 'differentiable'],
    errors: [lrNeg, epsNeg, betas0, betas1, wdNeg,
      { options: { momentum_decay: -0.2 }, error: 'ValueError', message: 'Invalid momentum_decay value: -0.2' }],
    supportsMaximize: true,
  },
  {
    name: 'RAdam', cls: RAdam as never, options: { lr: 0.1 }, stateKeys: ['step', 'exp_avg', 'exp_avg_sq'],
    groupKeys: ['lr', 'betas', 'eps', 'weight_decay', 'maximize', 'foreach', 'capturable', 'decoupled_weight_decay', 'differentiable'],
    errors: [lrNeg, epsNeg, betas0, betas1, wdNeg], supportsMaximize: true,
  },
  {
    name: 'Rprop', cls: Rprop as never, options: {}, stateKeys: ['step', 'prev', 'step_size'],
    groupKeys: ['lr', 'etas', 'step_sizes', 'foreach', 'maximize', 'differentiable', 'capturable'],
    errors: [lrNeg, { options: { etas: [1.0, 0.5] }, error: 'ValueError', message: 'Invalid eta values: 1.0, 0.5' }],
    supportsMaximize: true,
  },
  {
    name: 'ASGD', cls: ASGD as never, options: { lr: 0.1 }, stateKeys: ['step', 'eta', 'mu', 'ax'],
    groupKeys: ['lr', 'lambd', 'alpha', 't0', 'weight_decay', 'foreach', 'maximize', 'differentiable', 'capturable'],
    errors: [lrNeg, { options: { weight_decay: -0.5 }, error: 'ValueError', message: 'Invalid weight_decay value: -0.5' }],
    supportsMaximize: true,
  },
  {
    name: 'LBFGS', cls: LBFGS as never, options: { lr: 0.1 }, stateKeys: [],
    groupKeys: ['lr', 'max_iter', 'max_eval', 'tolerance_grad', 'tolerance_change', 'history_size', 'line_search_fn', 'maximize'],
    errors: [lrNeg], supportsMaximize: true,
  },
];

/** Every optimizer except LBFGS (which needs a closure and a single group). */
export const FIRST_ORDER = OPTIMIZERS.filter((o) => o.name !== 'LBFGS');
