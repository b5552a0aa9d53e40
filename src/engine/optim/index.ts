/**
 * `torch.optim`: every optimizer and `torch.optim.lr_scheduler`, each callable with or without `new`
 * (`optim.Adam(params, { lr: 1e-3 })` ≡ `new optim.Adam(params, { lr: 1e-3 })`).
 */
import { callable } from './callable';
import { Optimizer } from './optimizer';
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
import { LRScheduler } from './lr-scheduler/base';
import { StepLR, MultiStepLR, ExponentialLR } from './lr-scheduler/step-lr';

export const lr_scheduler = {
  LRScheduler: callable(LRScheduler),
  StepLR: callable(StepLR),
  MultiStepLR: callable(MultiStepLR),
  ExponentialLR: callable(ExponentialLR),
};

export const optim = {
  Optimizer: callable(Optimizer),
  SGD: callable(SGD),
  Adam: callable(Adam),
  AdamW: callable(AdamW),
  RMSprop: callable(RMSprop),
  Adagrad: callable(Adagrad),
  Adadelta: callable(Adadelta),
  Adamax: callable(Adamax),
  NAdam: callable(NAdam),
  RAdam: callable(RAdam),
  Rprop: callable(Rprop),
  ASGD: callable(ASGD),
  LBFGS: callable(LBFGS),
  lr_scheduler,
};

export type { Optimizer, ParamGroup, ParamGroupInput, ParamsInput, ParamState, OptimizerStateDict } from './optimizer';
export type { SGD, SGDOptions } from './sgd';
export type { Adam, AdamOptions } from './adam';
export type { AdamW, AdamWOptions } from './adamw';
export type { RMSprop, RMSpropOptions } from './rmsprop';
export type { Adagrad, AdagradOptions } from './adagrad';
export type { Adadelta, AdadeltaOptions } from './adadelta';
export type { Adamax, AdamaxOptions } from './adamax';
export type { NAdam, NAdamOptions } from './nadam';
export type { RAdam, RAdamOptions } from './radam';
export type { Rprop, RpropOptions } from './rprop';
export type { ASGD, ASGDOptions } from './asgd';
export type { LBFGS, LBFGSOptions } from './lbfgs';
export type { LRScheduler } from './lr-scheduler/base';
export type { StepLR, MultiStepLR, ExponentialLR } from './lr-scheduler/step-lr';
