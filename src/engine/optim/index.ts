/**
 * `torch.optim`: every optimizer and `torch.optim.lr_scheduler`, callable with or without `new`.
 */
import { callable } from './callable';
import { Optimizer as OptimizerClass } from './optimizer';
import { SGD as SGDClass } from './sgd';

export const optim = {
  Optimizer: callable(OptimizerClass),
  SGD: callable(SGDClass),
  lr_scheduler: {},
};

export type { Optimizer, ParamGroup, ParamGroupInput, ParamsInput, ParamState, OptimizerStateDict } from './optimizer';
export type { SGD, SGDOptions } from './sgd';
