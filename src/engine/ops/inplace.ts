/**
 * In-place ops (`add_`, `mul_`, `zero_`, `fill_`, `copy_`, `uniform_`, `normal_`, …). PyTorch's rule: a leaf
 * that requires grad may only be modified in place under no_grad (which is how optimizers update parameters).
 * This engine does not rewrite graph history, so in-place ops on tensors that are part of a graph are refused
 * with a clear message instead of silently producing wrong gradients.
 */
import { gradMode } from '../autograd/grad-mode';
import { RuntimeError } from '../errors';
import { defaultGenerator, fillNormal, fillUniform } from '../random';
import { Tensor } from '../tensor';
import { add, div, mul, opDtype, sub } from './elementwise';
import { broadcastShapes, expandTo } from './broadcast';
import { sameShape } from './util';
import { writeBack } from './shape';

/** Throws PyTorch's errors for in-place ops that autograd forbids. */
export function checkInplace(t: Tensor, other?: Tensor | number): void {
  const v = t._view;
  if (v !== null && v.src === null) {
    throw new RuntimeError(
      `in-place operation on the result of ${v.op}(): in PyTorch it is a view of the original tensor, in this engine a copy, so the change would be lost; modify the original tensor instead`,
    );
  }
  if (v !== null && v.src !== null && gradMode.enabled && v.src.requires_grad && v.src.grad_fn === null) {
    throw new RuntimeError('a view of a leaf Variable that requires grad is being used in an in-place operation.');
  }
  if (!gradMode.enabled) return;
  if (t.requires_grad && t.grad_fn === null) {
    throw new RuntimeError('a leaf Variable that requires grad is being used in an in-place operation.');
  }
  if (t.requires_grad || (other instanceof Tensor && other.requires_grad)) {
    throw new RuntimeError(
      'in-place operations on tensors that are part of an autograd graph are not supported by this engine; use the out-of-place form (x = x.add(y)) or wrap the update in torch.no_grad(() => ...)',
    );
  }
}

/** Writes `value` (already computed, same or broadcastable shape) into `t`'s storage. */
export function assign_<T extends Tensor>(t: T, value: Tensor, _fn: string): T {
  if (!sameShape(value.shape, t.shape)) {
    const s = broadcastShapes(value.shape, t.shape);
    if (!sameShape(s, t.shape)) {
      throw new RuntimeError(`output with shape [${t.shape.join(', ')}] doesn't match the broadcast shape [${s.join(', ')}]`);
    }
    value = expandTo(value, t.shape);
  }
  t.data.set(value.data);
  writeBack(t);
  return t;
}

const OPS = { add, sub, mul, div } as const;

export function binary_<T extends Tensor>(t: T, other: Tensor | number, op: keyof typeof OPS, alpha: number, opts?: object): T {
  checkInplace(t, other);
  if (opts) for (const k of Object.keys(opts)) if (k !== 'alpha' || op === 'mul' || op === 'div') throw new TypeError(`${op}_() got an unexpected keyword argument '${k}'`);
  const dt = opDtype(t, other);
  if (dt !== t.dtype && !(t.dtype === 'float32' || t.dtype === 'float64') || (op === 'div' && t.dtype === 'int64')) {
    throw new RuntimeError(`result type ${op === 'div' ? 'Float' : pyType(dt)} can't be cast to the desired output type ${pyType(t.dtype)}`);
  }
  const detached = t.detach();
  const prev = gradMode.enabled;
  gradMode.enabled = false;
  try {
    const r = op === 'add' || op === 'sub' ? OPS[op](detached, other, { alpha }) : OPS[op](detached, other);
    return assign_(t, r, op + '_');
  } finally {
    gradMode.enabled = prev;
  }
}

const pyType = (d: string): string => ({ float32: 'Float', float64: 'Double', int64: 'Long', bool: 'Bool' })[d] ?? d;

export function fill_<T extends Tensor>(t: T, value: number | Tensor, _fn: string): T {
  checkInplace(t);
  const v = value instanceof Tensor ? value.item() : value;
  if (typeof v !== 'number') throw new TypeError(`fill_(): argument 'value' must be Number, not ${typeof v}`);
  t.data.fill(t.dtype === 'int64' ? Math.trunc(v) : v);
  writeBack(t);
  return t;
}

export function copy_<T extends Tensor>(t: T, src: Tensor | number): T {
  checkInplace(t, src);
  if (typeof src === 'number') return fill_(t, src, 'copy_');
  if (!(src instanceof Tensor)) throw new TypeError(`copy_(): argument 'src' must be Tensor, not ${typeof src}`);
  const v = expandTo(src, t.shape);
  if (t.dtype === 'int64') for (let i = 0; i < v.data.length; i++) t.data[i] = Math.trunc(v.data[i]);
  else t.data.set(v.data);
  writeBack(t);
  return t;
}

export function uniform_<T extends Tensor>(t: T, from: number, to: number): T {
  checkInplace(t);
  if (!(from <= to)) throw new RuntimeError(`uniform_ expects to return a [from, to) range, but found from=${from} > to=${to}`);
  fillUniform(defaultGenerator, t.data, from, to);
  writeBack(t);
  return t;
}

export function normal_<T extends Tensor>(t: T, mean: number, std: number): T {
  checkInplace(t);
  if (!(std >= 0)) throw new RuntimeError(`normal expects std >= 0.0, but found std ${std}`);
  fillNormal(defaultGenerator, t.data, mean, std);
  writeBack(t);
  return t;
}
