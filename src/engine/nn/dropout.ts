/**
 * `nn.Dropout` and `F.dropout`: in training mode each element is zeroed with probability p and the survivors
 * are scaled by 1/(1 − p); in eval mode (or with p = 0) the input is returned unchanged.
 *
 * Bit for bit PyTorch's CPU path (aten/src/ATen/native/Dropout.cpp `_dropout_impl`, without MKL as in the
 * Linux builds of torch without MKL): `noise = empty_like(x).bernoulli_(1 − p)` draws one 53-bit uniform
 * (two 32-bit outputs of the default generator) per element in order and keeps it when `u < 1 − p`; then
 * `noise.div_(1 − p)` and `x * noise` in x's dtype. So under `torch.manual_seed` the mask, the values and the
 * generator state afterwards equal PyTorch's (tests/golden-loop.test.ts). Builds of PyTorch with MKL draw
 * the mask differently (one seed per call, MKL's own stream), so their masks differ.
 */
import { ValueError } from '../errors';
import { checkOptions } from '../options';
import { defaultGenerator } from '../random';
import { Tensor } from '../tensor';
import { pyNum } from '../optim/py-format';
import { Module, pythonForward } from './module';

function checkP(p: number): void {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
    throw new ValueError(`dropout probability has to be between 0 and 1, but got ${typeof p === 'number' ? pyNum(p) : String(p)}`);
  }
}

/** The scaled Bernoulli(1 − p) noise, as PyTorch builds it. */
function noiseLike(x: Tensor, p: number): Tensor {
  const n = x.data.length;
  const f32 = x.dtype === 'float32';
  const keep = 1 - p;
  const data = f32 ? new Float32Array(n) : new Float64Array(n);
  const scale = f32 ? Math.fround(1 / Math.fround(keep)) : 1 / keep;
  for (let i = 0; i < n; i++) data[i] = defaultGenerator.uniform53() < keep ? scale : 0;
  return Tensor._make(data, x.shape.slice(), f32 ? 'float32' : 'float64');
}

export interface DropoutOptions {
  /** Probability of an element to be zeroed. Defaults to 0.5. */
  p?: number;
  /** Apply in training mode only. Defaults to true. */
  training?: boolean;
  /** Modify the input in place. Defaults to false. */
  inplace?: boolean;
}

/** `F.dropout(input, p=0.5, training=True, inplace=False)`. */
export function dropout(input: Tensor, p: number | DropoutOptions = 0.5, training = true, inplace = false): Tensor {
  if (typeof p === 'object') {
    const o = checkOptions('dropout', p, ['p', 'training', 'inplace']);
    p = o.p ?? 0.5;
    training = o.training ?? true;
    inplace = o.inplace ?? false;
  }
  checkP(p);
  if (p === 0 || !training || input.data.length === 0) return input;
  if (p === 1) return inplace ? input.mul_(0) : input.mul(0);
  const noise = noiseLike(input, p);
  return inplace ? input.mul_(noise) : input.mul(noise);
}

/** `nn.Dropout(p=0.5, inplace=False)`: zeroes elements in `train()` mode, the identity in `eval()` mode. */
export class Dropout extends Module {
  static readonly pyName: string = 'Dropout';
  p: number;
  inplace: boolean;

  constructor(p: number | { p?: number; inplace?: boolean } = 0.5, inplace = false) {
    super();
    if (typeof p === 'object') {
      const o = checkOptions('Dropout.__init__', p, ['p', 'inplace']);
      inplace = o.inplace ?? false;
      p = o.p ?? 0.5;
    }
    checkP(p);
    this.p = p;
    this.inplace = inplace;
  }

  override forward(input: Tensor): Tensor {
    return dropout(input, this.p, this.training, this.inplace);
  }

  override extra_repr(): string {
    return `p=${pyNum(this.p, true)}, inplace=${this.inplace ? 'True' : 'False'}`;
  }
}
pythonForward(Dropout, 'Dropout', ['input']);
