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

export const uniform_ = (t: Tensor, a = 0, b = 1): Tensor => noGrad(() => (fillUniform(defaultGenerator, t.data, a, b), t));
export const normal_ = (t: Tensor, mean = 0, std = 1): Tensor => noGrad(() => (fillNormal(defaultGenerator, t.data, mean, std), t));
export const constant_ = (t: Tensor, val: number): Tensor => noGrad(() => (t.data.fill(val), t));
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
