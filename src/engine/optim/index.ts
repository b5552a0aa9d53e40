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
  lr_scheduler,
};

export type { Optimizer, ParamGroup, ParamGroupInput, ParamsInput, ParamState, OptimizerStateDict } from './optimizer';
export type { SGD, SGDOptions } from './sgd';
export type { Adam, AdamOptions } from './adam';
export type { AdamW, AdamWOptions } from './adamw';
export type { RMSprop, RMSpropOptions } from './rmsprop';
export type { Adagrad, AdagradOptions } from './adagrad';
export type { LRScheduler } from './lr-scheduler/base';
export type { StepLR, MultiStepLR, ExponentialLR } from './lr-scheduler/step-lr';
