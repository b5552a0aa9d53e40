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
import { ConstantLR, LinearLR, PolynomialLR } from './lr-scheduler/factor-lr';
import { CosineAnnealingLR, CosineAnnealingWarmRestarts } from './lr-scheduler/cosine';
import { LambdaLR, MultiplicativeLR } from './lr-scheduler/lambda-lr';
import { CyclicLR } from './lr-scheduler/cyclic-lr';
import { OneCycleLR } from './lr-scheduler/one-cycle-lr';
import { SequentialLR, ChainedScheduler } from './lr-scheduler/composite';
import { ReduceLROnPlateau } from './lr-scheduler/plateau';
import { namePublicClasses } from '../py-name';

export const lr_scheduler = {
  LRScheduler: callable(LRScheduler),
  StepLR: callable(StepLR),
  MultiStepLR: callable(MultiStepLR),
  ExponentialLR: callable(ExponentialLR),
  ConstantLR: callable(ConstantLR),
  LinearLR: callable(LinearLR),
  PolynomialLR: callable(PolynomialLR),
  CosineAnnealingLR: callable(CosineAnnealingLR),
  CosineAnnealingWarmRestarts: callable(CosineAnnealingWarmRestarts),
  CyclicLR: callable(CyclicLR),
  OneCycleLR: callable(OneCycleLR),
  LambdaLR: callable(LambdaLR),
  MultiplicativeLR: callable(MultiplicativeLR),
  SequentialLR: callable(SequentialLR),
  ChainedScheduler: callable(ChainedScheduler),
  ReduceLROnPlateau: callable(ReduceLROnPlateau),
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
namePublicClasses(lr_scheduler);
namePublicClasses(optim);

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
export type { StepLR, StepLROptions, MultiStepLR, MultiStepLROptions, ExponentialLR, ExponentialLROptions } from './lr-scheduler/step-lr';
export type { ConstantLR, ConstantLROptions, LinearLR, LinearLROptions, PolynomialLR, PolynomialLROptions } from './lr-scheduler/factor-lr';
export type { CosineAnnealingLR, CosineAnnealingLROptions, CosineAnnealingWarmRestarts, CosineAnnealingWarmRestartsOptions } from './lr-scheduler/cosine';
export type { LambdaLR, MultiplicativeLR, LambdaLROptions, LrLambda } from './lr-scheduler/lambda-lr';
export type { CyclicLR, CyclicLROptions } from './lr-scheduler/cyclic-lr';
export type { OneCycleLR, OneCycleLROptions } from './lr-scheduler/one-cycle-lr';
export type { SequentialLR, SequentialLROptions, ChainedScheduler } from './lr-scheduler/composite';
export type { ReduceLROnPlateau, ReduceLROnPlateauOptions } from './lr-scheduler/plateau';
