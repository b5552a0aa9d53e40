/**
 * Loss functions (the math behind nn.MSELoss etc. and F.mse_loss etc.), each one fused autograd node with
 * PyTorch's grad_fn name. reduction: 'mean' (default) | 'sum' | 'none'.
 */
import { attach, needsGrad } from '../autograd/function';
import { isFloating } from '../dtype';
import { IndexError, RuntimeError, ValueError } from '../errors';
import { emit, hasListeners } from '../events';
import { checkOptions } from '../options';
import { broadcastIndex, broadcastShapes, expandTo, sumToShape } from '../ops/broadcast';
import { log_softmax } from '../ops/softmax';
import { alloc, numelOf, sameShape, sizeStr } from '../ops/util';
import { ceilLog2, innerSum, rounder } from '../ops/cascade-sum';
import { Tensor, type DType, type Storage } from '../tensor';

export type Reduction = 'mean' | 'sum' | 'none';

export function checkReduction(r: unknown): Reduction {
  if (r === undefined || r === null) return 'mean';
  if (r !== 'mean' && r !== 'sum' && r !== 'none') throw new ValueError(`${String(r)} is not a valid value for reduction`);
  return r;
}

function checkTensor(v: unknown, fn: string, name: string): Tensor {
  if (!(v instanceof Tensor)) throw new TypeError(`${fn}(): argument '${name}' (position ${name === 'input' ? 1 : 2}) must be Tensor, not ${v === undefined ? 'NoneType' : typeof v}`);
  return v;
}

const floatOf = (a: Tensor, b: Tensor): DType =>
  a.dtype === 'float64' || b.dtype === 'float64' ? 'float64' : isFloating(a.dtype) ? a.dtype : isFloating(b.dtype) ? b.dtype : 'float32';

/**
 * Elementwise loss skeleton: the per-element value f(x, y), and the gradient of x (and of y, or null) given
 * the upstream gradient g and the mean's divisor n (1 for 'sum'/'none'), each written op by op as ATen's
 * backward kernel computes it, with `q` rounding to the dtype after each op.
 */
type Grad = (x: number, y: number, g: number, n: number) => number;
function pointwise(
  fn: string, gradName: string, input: Tensor, target: Tensor, reduction: Reduction,
  f: (x: number, y: number) => number, dx: Grad, dy: Grad | null, warnOnBroadcast: boolean,
): Tensor {
  if (!sameShape(input.shape, target.shape) && warnOnBroadcast && hasListeners()) {
    emit({ type: 'warning', category: 'UserWarning', message: `Using a target size (${sizeStr(target.shape)}) that is different to the input size (${sizeStr(input.shape)}). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.` });
  }
  const shape = sameShape(input.shape, target.shape) ? input.shape.slice() : broadcastShapes(input.shape, target.shape);
  const n = numelOf(shape);
  const ia = sameShape(input.shape, shape) ? null : broadcastIndex(input.shape, shape);
  const ib = sameShape(target.shape, shape) ? null : broadcastIndex(target.shape, shape);
  const dtype = floatOf(input, target);
  const x = input.data, y = target.data;
  // the per-element losses of a reduced loss are summed at once: they go into a reused scratch
  const per = reduction === 'none' ? alloc(dtype, n) : scratch(dtype, n);
  // (the usual case, equal shapes, in its own loop: no index lookups per element)
  if (!ia && !ib) for (let i = 0; i < n; i++) per[i] = f(x[i], y[i]);
  else for (let i = 0; i < n; i++) per[i] = f(x[ia ? ia[i] : i], y[ib ? ib[i] : i]);
  const out = reduce(per, n, shape, dtype, reduction);
  if (!needsGrad(input, target)) return out;
  return attach(out, gradName, [input, target], (g) => {
    const div = reduction === 'mean' ? n : 1;
    const gx = alloc(g.dtype, n);
    const gy = dy && target.requires_grad ? alloc(g.dtype, n) : null;
    const gd = g.data;
    if (!ia && !ib && !gy && reduction !== 'none') {
      const g0 = gd[0];
      for (let i = 0; i < n; i++) gx[i] = dx(x[i], y[i], g0, div);
    } else {
      for (let i = 0; i < n; i++) {
        const gi = reduction === 'none' ? gd[i] : gd[0];
        const xv = x[ia ? ia[i] : i], yv = y[ib ? ib[i] : i];
        gx[i] = dx(xv, yv, gi, div);
        if (gy && dy) gy[i] = dy(xv, yv, gi, div);
      }
    }
    return [
      input.requires_grad ? sumToShape(Tensor._make(gx, shape, g.dtype), input.shape) : null,
      target.requires_grad && gy ? sumToShape(Tensor._make(gy, shape, g.dtype), target.shape) : null,
    ];
  });
}

type RedOpts = { reduction?: Reduction; size_average?: unknown; reduce?: unknown };

/** `F.mse_loss(input, target, reduction='mean')`: mean((input − target)²). */
export function mse_loss(input: Tensor, target: Tensor, opts?: RedOpts): Tensor {
  checkTensor(input, 'mse_loss', 'input');
  checkTensor(target, 'mse_loss', 'target');
  const r = checkReduction(checkOptions('mse_loss', opts, ['reduction', 'size_average', 'reduce']).reduction);
  const k = floatOf(input, target) === 'float32' ? MSE32 : MSE64;
  return pointwise('mse_loss', 'MseLossBackward0', input, target, r, k.f, k.dx, k.dy, true);
}

// forward (a − b)² in the dtype; backward mse_backward: (2/n)·(x − y)·g, the norm 2/n a dtype scalar
// (one set per dtype, made once: the loops above call the same functions every step)
const f32 = Math.fround;
const mseGrad32 = (a: number, b: number, g: number, n: number): number => f32(f32(f32(2 / n) * f32(a - b)) * g);
const mseGrad64 = (a: number, b: number, g: number, n: number): number => (2 / n) * (a - b) * g;
const MSE32 = {
  f: (x: number, y: number): number => { const d = f32(x - y); return d * d; },
  dx: mseGrad32,
  dy: (x: number, y: number, g: number, n: number): number => mseGrad32(y, x, g, n),
};
const MSE64 = {
  f: (x: number, y: number): number => { const d = x - y; return d * d; },
  dx: mseGrad64,
  dy: (x: number, y: number, g: number, n: number): number => mseGrad64(y, x, g, n),
};

/** `F.l1_loss(input, target, reduction='mean')`: mean(|input − target|). */
export function l1_loss(input: Tensor, target: Tensor, opts?: RedOpts): Tensor {
  checkTensor(input, 'l1_loss', 'input');
  checkTensor(target, 'l1_loss', 'target');
  const r = checkReduction(checkOptions('l1_loss', opts, ['reduction', 'size_average', 'reduce']).reduction);
  const q = rounder(floatOf(input, target) === 'float32');
  return pointwise('l1_loss', r === 'mean' ? 'MeanBackward0' : r === 'sum' ? 'SumBackward0' : 'AbsBackward0', input, target, r,
    // composite (x − y).abs().mean(): MeanBackward g/n, then AbsBackward ·sign
    (x, y) => Math.abs(x - y), (x, y, g, n) => q(g / n) * Math.sign(x - y), (x, y, g, n) => -q(g / n) * Math.sign(x - y), true);
}

type BceOpts = RedOpts & { weight?: Tensor | null; pos_weight?: Tensor | null };

/** `F.binary_cross_entropy_with_logits(input, target, weight=None, reduction='mean', pos_weight=None)`. */
export function binary_cross_entropy_with_logits(input: Tensor, target: Tensor, opts?: BceOpts): Tensor {
  checkTensor(input, 'binary_cross_entropy_with_logits', 'input');
  checkTensor(target, 'binary_cross_entropy_with_logits', 'target');
  const o = checkOptions('binary_cross_entropy_with_logits', opts, ['weight', 'reduction', 'pos_weight', 'size_average', 'reduce']);
  const r = checkReduction(o.reduction);
  if (!sameShape(input.shape, target.shape)) {
    throw new ValueError(`Target size (${sizeStr(target.shape)}) must be the same as input size (${sizeStr(input.shape)})`);
  }
  const shape = input.shape;
  const w = o.weight ? expandTo(o.weight, shape).data : null;
  const pw = o.pos_weight ? expandTo(o.pos_weight, shape).data : null;
  // ℓ = w·[(1 − y)·x + (1 + (pw − 1)·y)·(log(1 + e^(−|x|)) + max(−x, 0))];  dℓ/dx = w·[σ(x)·(1 + (pw − 1)·y) − pw·y]
  const n = input.data.length;
  const x = input.data, y = target.data;
  const dtype = floatOf(input, target);
  // ATen's composite, op by op in the dtype: loss = (1 − y)·x − log_sigmoid(x)·lw, lw = (pw − 1)·y + 1
  const q = rounder(dtype === 'float32');
  const per = alloc(dtype, n);
  for (let i = 0; i < n; i++) {
    let ls = q(Math.min(x[i], 0) - q(Math.log1p(q(Math.exp(-Math.abs(x[i]))))));
    if (pw) ls = q(ls * q(q(q(pw[i] - 1) * y[i]) + 1));
    const v = q(q(q(1 - y[i]) * x[i]) - ls);
    per[i] = w ? q(v * w[i]) : v;
  }
  const out = reduce(per, per.length, shape, dtype, r);
  if (!needsGrad(input)) return out;
  // binary_cross_entropy_with_logits_backward: (σ(x) − y)·g (or ((pw·y + 1 − y)·σ(x) − pw·y)·g), ·w, / n
  return attach(out, 'BinaryCrossEntropyWithLogitsBackward0', [input], (g) => {
    const gx = alloc(g.dtype, n);
    for (let i = 0; i < n; i++) {
      const sig = q(1 / q(1 + q(Math.exp(-x[i]))));
      let d: number;
      if (pw) { const t = q(pw[i] * y[i]); d = q(q(q(q(t + 1) - y[i]) * sig) - t); } else d = q(sig - y[i]);
      d = q(d * (r === 'none' ? g.data[i] : g.data[0]));
      if (w) d = q(d * w[i]);
      gx[i] = r === 'mean' ? d / n : d;
    }
    return [Tensor._make(gx, shape.slice(), g.dtype)];
  });
}

/**
 * `apply_loss_reduction`: the per-element losses (already in the dtype, so float32 values are rounded) summed
 * as ATen's `sum()` does (cascade, in the dtype's precision), and `mean()` = that sum / n in the dtype.
 */
function reduce(per: Storage, n: number, shape: number[], dtype: DType, r: Reduction): Tensor {
  if (r === 'none') return Tensor._make(per, shape.slice(), dtype);
  const d = alloc(dtype, 1);
  const s = innerSum(per, 0, n, dtype === 'float32');
  d[0] = r === 'mean' ? s / n : s;
  return Tensor._make(d, [], dtype);
}

/** Reused per-element buffers for reduced losses (up to 64 Ki elements; larger ones are allocated). */
const SCRATCH_MAX = 1 << 16;
let scratch32 = new Float32Array(0);
let scratch64 = new Float64Array(0);
function scratch(dtype: DType, n: number): Storage {
  if (n > SCRATCH_MAX) return alloc(dtype, n);
  if (dtype === 'float32') return scratch32.length >= n ? scratch32 : (scratch32 = new Float32Array(Math.max(n, 2 * scratch32.length)));
  return scratch64.length >= n ? scratch64 : (scratch64 = new Float64Array(Math.max(n, 2 * scratch64.length)));
}

/** `F.binary_cross_entropy(input, target, weight=None, reduction='mean')` on probabilities (log clamped at −100). */
export function binary_cross_entropy(input: Tensor, target: Tensor, opts?: Omit<BceOpts, 'pos_weight'>): Tensor {
  checkTensor(input, 'binary_cross_entropy', 'input');
  checkTensor(target, 'binary_cross_entropy', 'target');
  const o = checkOptions('binary_cross_entropy', opts, ['weight', 'reduction', 'size_average', 'reduce']);
  const r = checkReduction(o.reduction);
  if (!sameShape(input.shape, target.shape)) {
    throw new ValueError(`Using a target size (${sizeStr(target.shape)}) that is different to the input size (${sizeStr(input.shape)}) is deprecated. Please ensure they have the same size.`);
  }
  for (const v of input.data) if (!(v >= 0 && v <= 1)) throw new RuntimeError('all elements of input should be between 0 and 1');
  const q = rounder(floatOf(input, target) === 'float32');
  const EPS = q(1e-12);
  const out = pointwise('binary_cross_entropy', 'BinaryCrossEntropyBackward0', input, target, o.weight ? 'none' : r,
    // ATen's kernel: (y − 1)·max(log1p(−x), −100) − y·max(log(x), −100); backward g·(x − y) / max((1 − x)·x, ε), / n
    (x, y) => q(q((y - 1) * Math.max(q(Math.log1p(-x)), -100)) - q(y * Math.max(q(Math.log(x)), -100))),
    (x, y, g, n) => q(q(q(g * q(x - y)) / Math.max(q(q(1 - x) * x), EPS)) / n), null, false);
  if (!o.weight) return out;
  const l = out.mul(o.weight);
  return r === 'none' ? l : r === 'sum' ? l.sum() : l.mean();
}

type NllOpts = RedOpts & { weight?: Tensor | null; ignore_index?: number };

/** `F.nll_loss(logp, target, weight=None, ignore_index=-100, reduction='mean')` with class-index targets. */
export function nll_loss(input: Tensor, target: Tensor, opts?: NllOpts): Tensor {
  const o = checkOptions('nll_loss', opts, ['weight', 'ignore_index', 'reduction', 'size_average', 'reduce']);
  const r = checkReduction(o.reduction);
  const ignore = o.ignore_index ?? -100;
  const w = o.weight ?? null;
  if (target.dtype !== 'int64') {
    throw new RuntimeError(`expected target dtype to be Long or Byte, but got ${target.dtype === 'float64' ? 'Double' : 'Float'}`);
  }
  const batched = input.shape.length >= 2;
  const N = batched ? input.shape[0] : 1;
  const C = batched ? input.shape[1] : input.shape[0];
  if (input.shape.length > 2) throw new RuntimeError('nll_loss: inputs with more than 2 dimensions (N, C, d1, ...) are not supported by this engine');
  if (batched ? target.shape.length !== 1 || target.shape[0] !== N : target.shape.length !== 0) {
    throw new ValueError(`Expected input batch_size (${N}) to match target batch_size (${target.shape[0] ?? 1}).`);
  }
  if (w && (w.shape.length !== 1 || w.shape[0] !== C)) {
    throw new RuntimeError(`weight tensor should be defined either for all ${C} classes or no classes but got weight tensor of shape: [${w.shape.join(', ')}]`);
  }
  const x = input.data;
  const q = rounder(input.dtype === 'float32');
  const per = new Float64Array(N);
  const wt = new Float64Array(N);
  // nll_loss_out_frame: per-sample terms summed through an 8-level cascade in the dtype (flushed every 2^k)
  const levels = 8;
  const power = Math.max(4, Math.floor(ceilLog2(N) / levels));
  const mask = (1 << power) - 1;
  const lossParts = new Float64Array(levels), wParts = new Float64Array(levels);
  let ignored = 0;
  for (let n = 0; n < N; n++) {
    const c = target.data[n];
    if (c === ignore) { ignored++; continue; }
    if (!(c >= 0 && c < C)) throw new IndexError(`Target ${c} is out of bounds.`);
    const wc = w ? w.data[c] : 1;
    wt[n] = wc;
    per[n] = w ? -q(x[n * C + c] * wc) : -x[n * C + c];
    lossParts[0] = q(lossParts[0] + per[n]);
    if (w) wParts[0] = q(wParts[0] + wc);
    for (let j = 0; j + 1 < levels; j++) {
      if ((n & (mask * 2 ** (j * power))) !== 0) break;
      lossParts[j + 1] = q(lossParts[j + 1] + lossParts[j]);
      wParts[j + 1] = q(wParts[j + 1] + wParts[j]);
      lossParts[j] = wParts[j] = 0;
    }
  }
  const wsum = w ? wParts.reduce((acc, v) => q(acc + v), 0) : N - ignored;
  const total = lossParts.reduce((acc, v) => q(acc + v), 0);
  const dtype = input.dtype;
  let out: Tensor;
  if (r === 'none') {
    const d = alloc(dtype, N);
    d.set(per);
    out = Tensor._make(d, batched ? [N] : [], dtype);
  } else {
    const d = alloc(dtype, 1);
    d[0] = r === 'mean' ? total / wsum : total;
    out = Tensor._make(d, [], dtype);
  }
  if (!needsGrad(input)) return out;
  return attach(out, 'NllLossBackward0', [input], (g) => {
    const gx = alloc(g.dtype, x.length);
    for (let n = 0; n < N; n++) {
      const c = target.data[n];
      if (c === ignore) continue;
      const gn = r === 'none' ? g.data[n] : r === 'mean' ? g.data[0] / wsum : g.data[0];
      gx[n * C + c] = -wt[n] * gn;
    }
    return [Tensor._make(gx, input.shape.slice(), g.dtype)];
  });
}

type CeOpts = NllOpts & { label_smoothing?: number };

/**
 * `F.cross_entropy(input, target, weight=None, ignore_index=-100, reduction='mean', label_smoothing=0.0)`:
 * log_softmax over dim 1 then NLL; targets are class indices (int64) or class probabilities (same shape).
 */
export function cross_entropy(input: Tensor, target: Tensor, opts?: CeOpts): Tensor {
  checkTensor(input, 'cross_entropy', 'input');
  checkTensor(target, 'cross_entropy', 'target');
  const o = checkOptions('cross_entropy', opts, ['weight', 'ignore_index', 'reduction', 'label_smoothing', 'size_average', 'reduce']);
  const r = checkReduction(o.reduction);
  const eps = o.label_smoothing ?? 0;
  if (!(eps >= 0 && eps <= 1)) throw new RuntimeError(`label_smoothing must be between 0.0 and 1.0. Got: ${eps}`);
  const classDim = input.shape.length >= 2 ? 1 : 0;
  const C = input.shape[classDim];
  const logp = log_softmax(input, classDim);
  const w = o.weight ?? null;
  if (target.dtype === 'int64') {
    const nll = nll_loss(logp, target, { weight: w, ignore_index: o.ignore_index, reduction: r });
    if (eps === 0) return nll;
    // smoothing term: −Σ_c w_c·logp_c per sample, ignored samples masked
    const ignore = o.ignore_index ?? -100;
    const mask = Tensor._make(Float64Array.from(target.data, (c) => (c === ignore ? 0 : 1)), target.shape.slice(), input.dtype === 'float64' ? 'float64' : 'float32');
    let smooth = (w ? logp.mul(w) : logp).sum(classDim).neg();
    smooth = smooth.mul(mask.to(input.dtype));
    let ret: Tensor;
    if (r === 'mean') {
      if (w) {
        let denom = 0;
        target.data.forEach((c) => { if (c !== ignore) denom += w.data[c]; });
        ret = smooth.sum().div(denom);
      } else {
        let kept = 0;
        for (let i = 0; i < mask.data.length; i++) kept += mask.data[i];
        ret = smooth.sum().div(kept);
      }
    } else ret = r === 'sum' ? smooth.sum() : smooth;
    return nll.mul(1 - eps).add(ret.mul(eps / C));
  }
  if (!isFloating(target.dtype)) throw new RuntimeError('cross_entropy: target must be int64 class indices or float class probabilities');
  if (!sameShape(input.shape, target.shape)) {
    if (target.shape.length === input.shape.length - 1) {
      throw new RuntimeError(`expected target dtype to be Long or Byte, but got ${target.dtype === 'float64' ? 'Double' : 'Float'} (class-index targets must be int64: pass { dtype: torch.int64 } or call .long())`);
    }
    throw new RuntimeError(`Expected target size ${sizeStr(input.shape)}, got ${sizeStr(target.shape)}`);
  }
  let tgt = eps > 0 ? target.mul(1 - eps).add(eps / C) : target;
  if (w) tgt = tgt.mul(classDim === 1 ? w.reshape(1, C) : w);
  const per = logp.mul(tgt).sum(classDim).neg();
  if (r === 'none') return per;
  if (r === 'sum') return per.sum();
  const res = per.sum().div(input.shape.length >= 2 ? input.shape[0] : 1);
  if (res.grad_fn) (res.grad_fn as { name: string }).name = 'DivBackward1'; // ATen divides by a Scalar
  return res;
}
