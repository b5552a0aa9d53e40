/**
 * `nn.init`: in-place initialisers drawing from the default generator, bit-identical to PyTorch on CPU.
 * They run under no_grad (like PyTorch's), so they work on parameters that require grad.
 */
import { gradMode } from '../autograd/grad-mode';
import { ValueError } from '../errors';
import { defaultGenerator, fillNormal, fillUniform } from '../random';
import type { Tensor } from '../tensor';

function noGrad<T>(fn: () => T): T {
  const prev = gradMode.enabled;
  gradMode.enabled = false;
  try {
    return fn();
  } finally {
    gradMode.enabled = prev;
  }
}

/** fan_in, fan_out of a weight (out, in, *kernel). */
export function _calculate_fan_in_and_fan_out(t: Tensor): [number, number] {
  if (t.shape.length < 2) throw new ValueError('Fan in and fan out can not be computed for tensor with fewer than 2 dimensions');
  const receptive = t.shape.slice(2).reduce((a, b) => a * b, 1);
  return [t.shape[1] * receptive, t.shape[0] * receptive];
}

/** `calculate_gain(nonlinearity, param)` for linear/sigmoid/tanh/relu/leaky_relu. */
export function calculate_gain(nonlinearity: string, param?: number): number {
  switch (nonlinearity) {
    case 'linear': case 'conv1d': case 'conv2d': case 'conv3d': case 'sigmoid': return 1;
    case 'tanh': return 5 / 3;
    case 'relu': return Math.sqrt(2.0);
    case 'leaky_relu': {
      const slope = param ?? 0.01;
      return Math.sqrt(2.0 / (1 + slope ** 2));
    }
    case 'selu': return 3 / 4;
  }
  throw new ValueError(`Unsupported nonlinearity ${nonlinearity}`);
}

/** `uniform_(t, a=0, b=1)`; the numbers positionally or as keywords: `uniform_(t, { a: -1, b: 1 })`. */
export function uniform_(t: Tensor, a: number | { a?: number; b?: number } = 0, b = 1): Tensor {
  const [lo, hi] = typeof a === 'number' ? [a, b] : [a.a ?? 0, a.b ?? 1];
  return noGrad(() => (fillUniform(defaultGenerator, t.data, lo, hi), t));
}

/** `normal_(t, mean=0, std=1)`; also `normal_(t, { mean, std })`. */
export function normal_(t: Tensor, mean: number | { mean?: number; std?: number } = 0, std = 1): Tensor {
  const [m, s] = typeof mean === 'number' ? [mean, std] : [mean.mean ?? 0, mean.std ?? 1];
  return noGrad(() => (fillNormal(defaultGenerator, t.data, m, s), t));
}

/** `constant_(t, val)`; also `constant_(t, { val })`. */
export function constant_(t: Tensor, val: number | { val: number }): Tensor {
  const v = typeof val === 'number' ? val : val.val;
  return noGrad(() => (t.data.fill(v), t));
}
export const zeros_ = (t: Tensor): Tensor => constant_(t, 0);
export const ones_ = (t: Tensor): Tensor => constant_(t, 1);

type KaimingOpts = { a?: number; mode?: 'fan_in' | 'fan_out'; nonlinearity?: string };

/** `kaiming_uniform_(t, a=0, mode='fan_in', nonlinearity='leaky_relu')`: U(-b, b), b = √3 · gain / √fan. */
export function kaiming_uniform_(t: Tensor, opts: KaimingOpts = {}): Tensor {
  const [fanIn, fanOut] = _calculate_fan_in_and_fan_out(t);
  const fan = (opts.mode ?? 'fan_in') === 'fan_in' ? fanIn : fanOut;
  const gain = calculate_gain(opts.nonlinearity ?? 'leaky_relu', opts.a ?? 0);
  const std = gain / Math.sqrt(fan);
  const bound = Math.sqrt(3.0) * std;
  return uniform_(t, -bound, bound);
}

export function kaiming_normal_(t: Tensor, opts: KaimingOpts = {}): Tensor {
  const [fanIn, fanOut] = _calculate_fan_in_and_fan_out(t);
  const fan = (opts.mode ?? 'fan_in') === 'fan_in' ? fanIn : fanOut;
  return normal_(t, 0, calculate_gain(opts.nonlinearity ?? 'leaky_relu', opts.a ?? 0) / Math.sqrt(fan));
}

/** `xavier_uniform_(t, gain=1)`: U(-a, a), a = gain · √(6 / (fan_in + fan_out)). */
export function xavier_uniform_(t: Tensor, gain: number | { gain?: number } = 1): Tensor {
  const g = typeof gain === 'number' ? gain : gain.gain ?? 1;
  const [fanIn, fanOut] = _calculate_fan_in_and_fan_out(t);
  const std = g * Math.sqrt(2.0 / (fanIn + fanOut));
  const a = Math.sqrt(3.0) * std;
  return uniform_(t, -a, a);
}

export function xavier_normal_(t: Tensor, gain: number | { gain?: number } = 1): Tensor {
  const g = typeof gain === 'number' ? gain : gain.gain ?? 1;
  const [fanIn, fanOut] = _calculate_fan_in_and_fan_out(t);
  return normal_(t, 0, g * Math.sqrt(2.0 / (fanIn + fanOut)));
}
