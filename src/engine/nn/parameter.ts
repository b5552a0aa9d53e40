/** `nn.Parameter(data, requires_grad=True)`: a leaf tensor that modules register as a parameter. */
import { checkGradDtype } from '../dtype';
import { Tensor } from '../tensor';

export class ParameterClass extends Tensor {
  constructor(data?: Tensor, requires_grad = true) {
    const src = data ?? Tensor._make(new Float32Array(0), [0], 'float32');
    if (!(src instanceof Tensor)) throw new TypeError(`Parameter(): argument 'data' must be a Tensor`);
    if (typeof requires_grad === 'object') requires_grad = (requires_grad as { requires_grad?: boolean }).requires_grad ?? true;
    if (requires_grad) checkGradDtype(src.dtype);
    // shares storage with `data`, like PyTorch (Parameter(t) wraps t's storage)
    super(src.data, src.shape, src.dtype, !!requires_grad);
  }
}
ParameterClass.prototype._isParam = true;
Object.defineProperty(ParameterClass, 'name', { value: 'Parameter' });
