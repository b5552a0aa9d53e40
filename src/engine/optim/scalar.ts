/**
 * Scalar optimizer state (`step`, NAdam `mu_product`, ASGD `eta`/`mu`) lives in 0-dim tensors of the
 * *default dtype* in PyTorch: float32 unless `torch.set_default_dtype(torch.float64)`
 * (docs/pytorch-optim-spec.md §1.5). In float32 mode these values are rounded to float32 after every update.
 */
import { Tensor, type DType } from '../tensor';
import { get_default_dtype } from '../dtype';

/** The dtype of new scalar state tensors (follows `torch.set_default_dtype`). */
export function scalarDtype(): DType {
  return get_default_dtype();
}

/** A new 0-dim tensor of the default dtype holding `value` (rounded to float32 in float32 mode). */
export function scalarTensor(value: number): Tensor {
  const dtype = scalarDtype();
  const data = dtype === 'float64' ? new Float64Array(1) : new Float32Array(1);
  data[0] = value;
  return Tensor._make(data, [], dtype);
}

/** Reads a number from a plain number or a 1-element tensor (PyTorch 2.2+ accepts Tensor lr / betas). */
export function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v instanceof Tensor) return v.data[0]!;
  return Number(v);
}

/** A zero-filled state tensor shaped and typed like `p` (`torch.zeros_like(p)`). */
export function zerosLike(p: Tensor): Tensor {
  const n = p.data.length;
  const data = p.dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
  return Tensor._make(data, p.shape.slice(), p.dtype === 'float32' ? 'float32' : 'float64');
}

/** `torch.full_like(p, value)`. */
export function fullLike(p: Tensor, value: number): Tensor {
  const t = zerosLike(p);
  t.data.fill(value);
  return t;
}

/** `p.clone()` of the storage (used for state copies). */
export function cloneTensor(p: Tensor): Tensor {
  const data = p.data.slice();
  return Tensor._make(data, p.shape.slice(), p.dtype);
}
