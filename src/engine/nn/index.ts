/** `torch.nn`: modules, losses, Parameter, init, functional. */
import * as functional from './functional';
import * as init from './init';
import { callableClass, type CallableClass } from './callable';
import { BCELoss, BCEWithLogitsLoss, CrossEntropyLoss, L1Loss, MSELoss, NLLLoss } from './losses';
import { Flatten, Identity, LeakyReLU, Linear, LogSoftmax, ModuleList, ReLU, Sequential, Sigmoid, Softmax, Tanh } from './layers';
import { Module } from './module';
import { utils } from './utils/index';
import { ParameterClass } from './parameter';
import { namePublicClasses } from '../py-name';
import { lazyStubs, registerLazyTarget } from '../lazy';
import type { Dropout } from './dropout';

export const nn = {
  Module: callableClass(Module),
  Parameter: callableClass(ParameterClass),
  Linear: callableClass(Linear),
  Sequential: callableClass(Sequential),
  ModuleList: callableClass(ModuleList),
  ReLU: callableClass(ReLU),
  Tanh: callableClass(Tanh),
  Sigmoid: callableClass(Sigmoid),
  LeakyReLU: callableClass(LeakyReLU),
  Softmax: callableClass(Softmax),
  LogSoftmax: callableClass(LogSoftmax),
  Identity: callableClass(Identity),
  Flatten: callableClass(Flatten),
  MSELoss: callableClass(MSELoss),
  L1Loss: callableClass(L1Loss),
  CrossEntropyLoss: callableClass(CrossEntropyLoss),
  NLLLoss: callableClass(NLLLoss),
  BCEWithLogitsLoss: callableClass(BCEWithLogitsLoss),
  BCELoss: callableClass(BCELoss),
  init,
  functional,
  utils,
  // a stub until the extras chunk is installed (../lazy.ts)
  ...(lazyStubs('nn') as unknown as { Dropout: CallableClass<typeof Dropout> }),
};
namePublicClasses(nn);
registerLazyTarget('nn', nn);

export { functional, init, Module, ParameterClass };
