/**
 * Tensors back from a saved state (a Tensor, or its JSON round trip: `{ shape, data, dtype }` with NaN/Infinity
 * written as null). Used by `Module.load_state_dict` (core) and the optimizers' state dicts (./state-dict.ts, which
 * loads with the extras chunk), so it is a file of its own.
 */
import { Tensor, type DType } from '../tensor';

export function isTensorLike(v: unknown): v is { shape: number[]; data: unknown; dtype?: string } {
  return v !== null && typeof v === 'object' && Array.isArray((v as { shape?: unknown }).shape) && 'data' in v;
}

function storageOf(data: unknown, n: number, dtype: DType): Float32Array | Float64Array {
  const out = dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
  if (ArrayBuffer.isView(data) || Array.isArray(data)) {
    const src = data as ArrayLike<number | null>;
    for (let i = 0; i < n; i++) out[i] = src[i] ?? NaN; // JSON writes NaN/Infinity as null
  } else if (data !== null && typeof data === 'object') {
    const src = data as Record<string, number | null>;
    for (let i = 0; i < n; i++) out[i] = src[String(i)] ?? NaN;
  }
  return out;
}

/** A fresh tensor from a Tensor or a tensor-like; cast to `dtype` when given (the param's dtype). */
export function reviveTensor(v: { shape: number[]; data: unknown; dtype?: string }, dtype?: DType): Tensor {
  const target: DType = dtype ?? (v.dtype === 'float32' ? 'float32' : 'float64');
  const n = v.shape.reduce((a, b) => a * b, 1);
  return Tensor._make(storageOf(v.data, n, target), v.shape.slice(), target);
}
