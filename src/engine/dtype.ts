/**
 * dtypes: float32 (PyTorch's default), float64, int64 (class labels; values stored in a Float64Array).
 * `torch.float32` etc. are these strings, so `t.dtype === torch.float64` works as in Python.
 * Type promotion follows PyTorch for these three dtypes and Python scalars (JS numbers):
 * integral numbers act like Python ints, others like Python floats.
 */
import { RuntimeError } from './errors';
import type { DType } from './tensor';

let defaultDtype: 'float32' | 'float64' = 'float32';

/** `torch.get_default_dtype()`. */
export function get_default_dtype(): 'float32' | 'float64' {
  return defaultDtype;
}

/** `torch.set_default_dtype(torch.float64)`: changes the dtype of new float tensors and float scalars. */
export function set_default_dtype(d: DType): void {
  if (d !== 'float32' && d !== 'float64') {
    throw new TypeError(`only floating-point types are supported as the default type`);
  }
  defaultDtype = d;
}

export const isFloating = (d: DType): boolean => d === 'float32' || d === 'float64';

const rank = { bool: -1, int64: 0, float32: 1, float64: 2 } as const;

/** Result dtype of two tensors' dtypes (both dimensioned, or both 0-d). */
export function promote(a: DType, b: DType): DType {
  return rank[a] >= rank[b] ? a : b;
}

/**
 * PyTorch's result_type with its priority rule: dimensioned tensors beat 0-d tensors, which beat Python
 * scalars, unless the lower-priority operand is of a higher category (int < float).
 */
export function resultType(a: DType, aDim: number, b: DType, bDim: number): DType {
  if ((aDim === 0) === (bDim === 0)) return promote(a, b);
  const [hi, lo] = aDim === 0 ? [b, a] : [a, b];
  if (isFloating(hi) || !isFloating(lo)) return hi;
  return lo;
}

/** Result dtype of tensor ∘ Python scalar. */
export function scalarResultType(t: DType, s: number): DType {
  if (isFloating(t) || Number.isInteger(s)) return t;
  return defaultDtype;
}

/** Python name of a dtype: `torch.float64`. */
export const dtypeName = (d: DType): string => `torch.${d}`;

/** Accepts 'float32' | 'float64' | 'int64' and PyTorch's aliases ('float', 'double', 'long', 'torch.float64'). */
export function parseDtype(d: unknown, fnName = 'tensor'): DType {
  const s = typeof d === 'string' ? d.replace(/^torch\./, '') : d;
  switch (s) {
    case 'float32':
    case 'float':
      return 'float32';
    case 'float64':
    case 'double':
      return 'float64';
    case 'int64':
    case 'long':
      return 'int64';
  }
  throw new TypeError(
    `${fnName}(): argument 'dtype' must be torch.dtype (torch.float32, torch.float64 or torch.int64), not ${String(d)}`,
  );
}

/** Rejects requires_grad on an integer dtype with PyTorch's message (factories and requires_grad_() differ). */
export function checkGradDtype(d: DType, inPlace = false): void {
  if (!isFloating(d)) {
    throw new RuntimeError(
      inPlace
        ? 'only Tensors of floating point dtype can require gradients'
        : 'Only Tensors of floating point and complex dtype can require gradients',
    );
  }
}
