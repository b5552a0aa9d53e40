/** `torch.nn.functional` (imported as `F`): activations, linear, softmax family and the losses. */
import { linear } from '../ops/matmul';
import { log_softmax, softmax } from '../ops/softmax';
import { clamp, relu as reluOp, sigmoid as sigmoidOp, tanh as tanhOp } from '../ops/unary';
import type { Tensor } from '../tensor';
import { lazyFunction } from '../lazy';
import type { dropout as dropoutImpl } from './dropout';

export {
  binary_cross_entropy, binary_cross_entropy_with_logits, cross_entropy, l1_loss, mse_loss, nll_loss,
} from './loss-functions';
export { linear, log_softmax, softmax };

/** `F.dropout(input, p=0.5, training=True, inplace=False)` (./dropout.ts, in the extras chunk: ../lazy.ts). */
export const dropout: typeof dropoutImpl = (...args) => lazyFunction('dropout')(...args);

export const relu = (x: Tensor): Tensor => reluOp(x);
export const tanh = (x: Tensor): Tensor => tanhOp(x);
export const sigmoid = (x: Tensor): Tensor => sigmoidOp(x);

/** `F.leaky_relu(x, negative_slope=0.01)`. */
export function leaky_relu(x: Tensor, negative_slope: number | { negative_slope?: number } = 0.01): Tensor {
  const s = typeof negative_slope === 'number' ? negative_slope : negative_slope.negative_slope ?? 0.01;
  return x.relu().sub(x.neg().relu().mul(s));
}

/** `F.hardtanh(x, min_val=-1, max_val=1)`. */
export function hardtanh(x: Tensor, min_val = -1, max_val = 1): Tensor {
  return clamp(x, min_val, max_val);
}
