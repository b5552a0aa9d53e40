/**
 * The engine's public API: `torch` (with torch.nn, torch.nn.functional, torch.optim, torch.optim.lr_scheduler)
 * and the shorthands `nn`, `optim`, `F`. Public names follow PyTorch; everything else follows TS.
 */
import { enable_grad, is_grad_enabled, no_grad, set_grad_enabled } from './autograd/grad-mode';
import { get_default_dtype, set_default_dtype } from './dtype';
import { nn } from './nn/index';
import * as F from './nn/functional';
import { optim } from './optim/index';
import * as C from './ops/create';
import * as E from './ops/elementwise';
import * as M from './ops/matmul';
import * as R from './ops/reduce';
import * as S from './ops/shape';
import * as U from './ops/unary';
import { log_softmax, softmax } from './ops/softmax';
import { initial_seed, manual_seed } from './random';
import { Tensor } from './tensor';
import { PRINT_OPTS } from './format';

type N = Tensor | number;
type DimOpts = { dim?: number | number[] | null; keepdim?: boolean };

/** `torch.set_printoptions(precision=4, threshold=1000, edgeitems=3, linewidth=80, sci_mode=None)`. */
function set_printoptions(opts: Partial<typeof PRINT_OPTS> & { profile?: 'default' | 'short' | 'full' }): void {
  if (opts.profile === 'default') Object.assign(PRINT_OPTS, { precision: 4, threshold: 1000, edgeitems: 3, linewidth: 80 });
  if (opts.profile === 'short') Object.assign(PRINT_OPTS, { precision: 2, threshold: 1000, edgeitems: 2, linewidth: 80 });
  if (opts.profile === 'full') Object.assign(PRINT_OPTS, { precision: 4, threshold: Infinity, edgeitems: 3, linewidth: 80 });
  for (const k of ['precision', 'threshold', 'edgeitems', 'linewidth', 'sci_mode'] as const) {
    if (k in opts) (PRINT_OPTS as Record<string, unknown>)[k] = opts[k];
  }
}

export const torch = {
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
  maximum: E.maximum, minimum: E.minimum,
  neg: U.neg, exp: U.exp, log: U.log, sqrt: U.sqrt, abs: U.abs, tanh: U.tanh, sigmoid: U.sigmoid, relu: U.relu,
  sin: U.sin, cos: U.cos, sign: U.sign, reciprocal: U.reciprocal,
  square: (t: Tensor) => U.pow(t, 2),
  clamp: U.clamp, clip: U.clamp,
  gt: (a: N, b: N) => E.compare(a, b, 'gt'), lt: (a: N, b: N) => E.compare(a, b, 'lt'),
  ge: (a: N, b: N) => E.compare(a, b, 'ge'), le: (a: N, b: N) => E.compare(a, b, 'le'),
  eq: (a: N, b: N) => E.compare(a, b, 'eq'), ne: (a: N, b: N) => E.compare(a, b, 'ne'),
  isnan: U.isnan, isfinite: U.isfinite,
  equal: R.equal, allclose: R.allclose,
  where: (cond: Tensor, a: N, b: N): Tensor => {
    // cond·a + (1 − cond)·b with gradients flowing to the selected side only
    const dt = typeof a === 'number' && typeof b === 'number' ? E.opDtype(E.opDtype(cond, a) === 'bool' ? 0.5 : a, b as never) : E.opDtype(a, b);
    const c = cond.to(dt);
    return E.add(E.mul(c, a), E.mul(E.sub(1, c), b));
  },
  // reductions
  sum: (t: Tensor, dim?: number | number[] | null | DimOpts, keepdim?: boolean) => R.sum(t, dim, keepdim),
  mean: (t: Tensor, dim?: number | number[] | null | DimOpts, keepdim?: boolean) => R.mean(t, dim, keepdim),
  max: (t: Tensor, dim?: number | Tensor | DimOpts, keepdim?: boolean) => R.maxmin(t, dim, keepdim, true),
  min: (t: Tensor, dim?: number | Tensor | DimOpts, keepdim?: boolean) => R.maxmin(t, dim, keepdim, false),
  argmax: (t: Tensor, dim?: number | null | DimOpts, keepdim?: boolean) => R.argmaxmin(t, dim, keepdim, true),
  argmin: (t: Tensor, dim?: number | null | DimOpts, keepdim?: boolean) => R.argmaxmin(t, dim, keepdim, false),
  var: (t: Tensor, dim?: number | number[] | null | R.VarOpts, opts?: boolean | R.VarOpts) => R.variance(t, dim, opts, false),
  std: (t: Tensor, dim?: number | number[] | null | R.VarOpts, opts?: boolean | R.VarOpts) => R.variance(t, dim, opts, true),
  norm: (t: Tensor, p?: number | 'fro' | null | R.NormOpts, dim?: number | number[] | null, keepdim?: boolean) => R.norm(t, p, dim, keepdim),
  prod: R.prod,
  softmax, log_softmax,
  // linear algebra and shapes
  matmul: M.matmul, mm: M.mm, dot: M.dot,
  t: S.t, transpose: S.transpose, permute: (t: Tensor, dims: number[]) => S.permute(t, dims),
  reshape: (t: Tensor, shape: number[]) => S.reshape(t, shape, 'reshape'),
  flatten: S.flatten, unsqueeze: S.unsqueeze, squeeze: S.squeeze, select: S.select,
  index_select: S.indexSelect, narrow: (t: Tensor, dim: number, start: number, length: number) => S.slice(t, dim, start, start + length),
  cat: S.cat, concat: S.cat, stack: S.stack,
  clone: U.clone,
  detach: (t: Tensor) => t.detach(),
  numel: (t: Tensor) => t.numel(),
  set_printoptions,
  nn,
  optim,
  Size: (shape: number[]) => shape.slice(),
  __version__: '2.14.0+oc',
};

export { nn, optim, F };
