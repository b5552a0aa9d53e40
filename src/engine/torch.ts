/**
 * The `torch` namespace: dtypes, factories, RNG, grad mode, nn/optim, and the functional forms of the tensor
 * methods (`torch.exp(t)` = `t.exp()`), which come from the op registry (ops/registry.ts).
 */
import { enable_grad, is_grad_enabled, no_grad, set_grad_enabled } from './autograd/grad-mode';
import { get_default_dtype, set_default_dtype } from './dtype';
import { set_printoptions } from './format';
import { nn } from './nn/index';
import { optim } from './optim/index';
import { utils } from './utils/index';
import * as C from './ops/create';
import { functionalForms } from './ops/registry';
import { cat, stack } from './ops/shape';
import { where } from './ops/where';
import { initial_seed, manual_seed } from './random';
import { Tensor } from './tensor';

const torchBase = {
  // dtypes (strings, so `t.dtype === torch.float64`)
  float32: 'float32' as const,
  float: 'float32' as const,
  float64: 'float64' as const,
  double: 'float64' as const,
  int64: 'int64' as const,
  long: 'int64' as const,
  bool: 'bool' as const,
  get_default_dtype,
  set_default_dtype,
  Tensor,
  is_tensor: (x: unknown): boolean => x instanceof Tensor,
  // creation
  tensor: C.tensor, zeros: C.zeros, ones: C.ones, empty: C.empty, full: C.full, arange: C.arange,
  linspace: C.linspace, eye: C.eye, zeros_like: C.zeros_like, ones_like: C.ones_like, empty_like: C.empty_like,
  full_like: C.full_like, rand_like: C.rand_like, randn_like: C.randn_like,
  // randomness
  manual_seed, initial_seed, rand: C.rand, randn: C.randn, randint: C.randint, randperm: C.randperm, normal: C.normal,
  // grad mode
  no_grad, enable_grad, is_grad_enabled, set_grad_enabled,
  // functions that are not tensor methods
  where, cat, concat: cat, stack,
  set_printoptions,
  nn,
  optim,
  utils,
  Size: (shape: number[]) => shape.slice(),
  __version__: '2.14.0+oc',
};

export const torch = Object.assign(torchBase, functionalForms());
