/**
 * The engine's public API: `torch` (with torch.nn, torch.nn.functional, torch.optim, torch.optim.lr_scheduler)
 * and the shorthands `nn`, `optim`, `F`. Public names follow PyTorch; everything else follows TS.
 */
import { enable_grad, is_grad_enabled, no_grad, set_grad_enabled } from './autograd/grad-mode';
import { get_default_dtype, set_default_dtype } from './dtype';
import { nn } from './nn/index';
import * as F from './nn/functional';
import { optim } from './optim/index';
import { utils } from './utils/index';
import * as C from './ops/create';
import * as E from './ops/elementwise';
import * as S from './ops/shape';
import * as U from './ops/unary';
import { initial_seed, manual_seed } from './random';
import { Tensor } from './tensor';
import { PRINT_OPTS } from './format';
import { describe } from './ops/util';

type N = Tensor | number;

/** `torch.set_printoptions(precision=4, threshold=1000, edgeitems=3, linewidth=80, sci_mode=None)`. */
function set_printoptions(opts: Partial<typeof PRINT_OPTS> & { profile?: 'default' | 'short' | 'full' }): void {
  if (opts.profile === 'default') Object.assign(PRINT_OPTS, { precision: 4, threshold: 1000, edgeitems: 3, linewidth: 80 });
  if (opts.profile === 'short') Object.assign(PRINT_OPTS, { precision: 2, threshold: 1000, edgeitems: 2, linewidth: 80 });
  if (opts.profile === 'full') Object.assign(PRINT_OPTS, { precision: 4, threshold: Infinity, edgeitems: 3, linewidth: 80 });
  for (const k of ['precision', 'threshold', 'edgeitems', 'linewidth', 'sci_mode'] as const) {
    if (k in opts) (PRINT_OPTS as Record<string, unknown>)[k] = opts[k];
  }
}

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
  // elementwise
  add: (a: N, b: N, opts?: { alpha?: number }) => E.add(a, b, opts),
  sub: (a: N, b: N, opts?: { alpha?: number }) => E.sub(a, b, opts),
  mul: E.mul,
  div: (a: N, b: N, opts?: { rounding_mode?: 'trunc' | 'floor' | null }) => E.div(a, b, opts),
  pow: (a: N, b: N) => (typeof b === 'number' && a instanceof Tensor ? U.pow(a, b) : E.pow(a, b)),
  where: (cond: Tensor, a: N, b: N): Tensor => {
    // cond·a + (1 − cond)·b with gradients flowing to the selected side only
    const c = cond.to(typeof a === 'number' && typeof b === 'number' ? E.opDtype(Number.isInteger(a) ? cond.long() : cond.float(), b) : E.opDtype(a, b));
    return E.add(E.mul(c, a), E.mul(E.sub(1, c), b));
  },
  cat: S.cat, concat: S.cat, stack: S.stack,
  set_printoptions,
  nn,
  optim,
  utils,
  Size: (shape: number[]) => shape.slice(),
  __version__: '2.14.0+oc',
};
type TorchBase = typeof torchBase;
export const torch = torchBase as TorchBase & TensorFunctions;

/** `torch.exp(t)` = `t.exp()` etc.: the functional forms of the tensor methods, generated from their names. */
const FUNCTIONAL = ('maximum minimum neg exp log sqrt abs tanh sigmoid relu sin cos sign reciprocal square clamp clip ' +
  'gt lt ge le eq ne isnan isfinite equal allclose sum mean max min argmax argmin var std norm prod softmax log_softmax ' +
  'matmul mm dot t transpose permute reshape flatten unsqueeze squeeze select index_select narrow clone detach numel').split(' ');
type FnName = 'maximum' | 'minimum' | 'neg' | 'exp' | 'log' | 'sqrt' | 'abs' | 'tanh' | 'sigmoid' | 'relu' | 'sin' | 'cos' | 'sign'
  | 'reciprocal' | 'square' | 'clamp' | 'clip' | 'gt' | 'lt' | 'ge' | 'le' | 'eq' | 'ne' | 'isnan' | 'isfinite' | 'equal'
  | 'allclose' | 'sum' | 'mean' | 'max' | 'min' | 'argmax' | 'argmin' | 'var' | 'std' | 'norm' | 'prod' | 'softmax'
  | 'log_softmax' | 'matmul' | 'mm' | 'dot' | 't' | 'transpose' | 'permute' | 'reshape' | 'flatten' | 'unsqueeze'
  | 'squeeze' | 'select' | 'index_select' | 'narrow' | 'clone' | 'detach' | 'numel';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TensorFunctions = { [K in FnName]: Tensor[K] extends (...a: infer P) => infer R ? (input: Tensor, ...a: P) => R : never };
for (const name of FUNCTIONAL) {
  (torch as unknown as Record<string, unknown>)[name] = (t: Tensor, ...args: unknown[]) => {
    if (!(t instanceof Tensor)) throw new TypeError(`${name}(): argument 'input' (position 1) must be Tensor, not ${describe(t)}`);
    return (t as unknown as Record<string, (...a: unknown[]) => unknown>)[name](...args);
  };
}

export { nn, optim, F };
