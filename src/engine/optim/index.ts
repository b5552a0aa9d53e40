/**
 * `torch.optim`: every optimizer and `torch.optim.lr_scheduler`, each callable with or without `new`
 * (`optim.Adam(params, { lr: 1e-3 })` ≡ `new optim.Adam(params, { lr: 1e-3 })`). The core holds the common
 * optimizers; the rest and the schedulers come with the extras chunk (../extras.ts, ../lazy.ts).
 */
import { callable } from './callable';
import { Optimizer } from './optimizer';
import { SGD } from './sgd';
import { Adam } from './adam';
import { AdamW } from './adamw';
import { lazyStubs, registerLazyTarget } from '../lazy';
import { namePublicClasses } from '../py-name';
import type { optimExtras, lr_scheduler as LrSchedulerNamespace } from '../extras';

/** `torch.optim.lr_scheduler`: stubs in the core, filled by the extras chunk (../lazy.ts). */
export const lr_scheduler = lazyStubs('optim.lr_scheduler') as unknown as typeof LrSchedulerNamespace;
registerLazyTarget('optim.lr_scheduler', lr_scheduler);

const core = {
  Optimizer: callable(Optimizer),
  SGD: callable(SGD),
  Adam: callable(Adam),
  AdamW: callable(AdamW),
};
namePublicClasses(core);

/** The rarer optimizers (RMSprop … LBFGS) are stubs until the extras chunk is installed (../lazy.ts). */
export const optim = { ...core, ...lazyStubs('optim'), lr_scheduler } as typeof core & typeof optimExtras & {
  lr_scheduler: typeof LrSchedulerNamespace;
};
registerLazyTarget('optim', optim);

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
