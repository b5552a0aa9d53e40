/**
 * `torch.optim.lr_scheduler`: every scheduler, callable with or without `new`. Part of the extras chunk
 * (../../extras.ts), which puts these into the core's `optim.lr_scheduler` when it loads.
 */
import { callable } from '../callable';
import { LRScheduler } from './base';
import { StepLR, MultiStepLR, ExponentialLR } from './step-lr';
import { ConstantLR, LinearLR, PolynomialLR } from './factor-lr';
import { CosineAnnealingLR, CosineAnnealingWarmRestarts } from './cosine';
import { LambdaLR, MultiplicativeLR } from './lambda-lr';
import { CyclicLR } from './cyclic-lr';
import { OneCycleLR } from './one-cycle-lr';
import { SequentialLR, ChainedScheduler } from './composite';
import { ReduceLROnPlateau } from './plateau';
import { namePublicClasses } from '../../py-name';

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
namePublicClasses(lr_scheduler);
