/** Small shared helpers for ops: sizes, dims, scalar wrapping, and the allocation cap. */
import { pyClassName } from '../py-name';
import { IndexError, RuntimeError } from '../errors';
import { get_default_dtype } from '../dtype';
import { Tensor, type DType, type Storage } from '../tensor';

/** Largest tensor the engine allocates (a browser tab must not die on `torch.zeros(1e9)`). */
export const MAX_NUMEL = 5e7;

export function numelOf(shape: readonly number[]): number {
  let n = 1;
  for (let i = 0; i < shape.length; i++) n *= shape[i];
  return n;
}

export function alloc(dtype: DType, n: number): Storage {
  if (n > MAX_NUMEL) {
    throw new RangeError(
      `cannot allocate a tensor of ${n} elements: this in-browser engine is limited to ${MAX_NUMEL} elements (${(MAX_NUMEL / 1e6).toFixed(0)} million) per tensor`,
    );
  }
  return dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
}

/** Normalises a possibly negative dim with PyTorch's IndexError. */
export function normDim(dim: number, ndim: number): number {
  const n = Math.max(ndim, 1);
  if (!Number.isInteger(dim) || dim < -n || dim >= n) {
    throw new IndexError(`Dimension out of range (expected to be in range of [${-n}, ${n - 1}], but got ${dim})`);
  }
  return dim < 0 ? dim + n : dim;
}

/** Python repr of a shape tuple: `torch.Size([3, 1])`. */
export const sizeStr = (shape: readonly number[]): string => `torch.Size([${shape.join(', ')}])`;

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  // a plain loop: `every` with a closure allocates on the hot path of every binary op
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A JS number as a 0-d tensor of the dtype it takes in an op with `like` (Python's wrapped number). */
export function scalarTensor(v: number, dtype: DType): Tensor {
  const d = alloc(dtype, 1);
  d[0] = v;
  return Tensor._make(d, [], dtype);
}

export function asTensor(v: Tensor | number | boolean, fnName: string): Tensor {
  if (v instanceof Tensor) return v;
  if (typeof v === 'number') return scalarTensor(v, Number.isInteger(v) ? 'int64' : get_default_dtype());
  if (typeof v === 'boolean') return scalarTensor(v ? 1 : 0, 'bool');
  throw new TypeError(`${fnName}(): argument 'other' must be Tensor or Number, not ${describe(v)}`);
}

/** Python-ish type name of a JS value for error messages. */
export function describe(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType';
  if (Array.isArray(v)) return 'list';
  if (v instanceof Tensor) return 'Tensor';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'object') return pyClassName((v as object).constructor);
  // callable instances (modules, losses) are functions whose prototype chain is their class's
  if (typeof v === 'function' && !('prototype' in v) && Object.getPrototypeOf(v) !== Function.prototype) return pyClassName((v as object).constructor);
  return typeof v;
}

/** Parses size arguments: (2, 3), ([2, 3]) or ((2, 3)) with PyTorch's errors. */
export function parseSize(args: unknown[], fnName: string): number[] {
  const raw = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  if (args.length === 1 && !Array.isArray(args[0]) && !(typeof args[0] === 'number' && Number.isInteger(args[0]))) {
    throw new TypeError(`${fnName}(): argument 'size' (position 1) must be tuple of ints, not ${describe(args[0])}`);
  }
  const shape: number[] = [];
  raw.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      throw new TypeError(
        `${fnName}(): argument 'size' must be tuple of ints, but found element of type ${describe(v)} at pos ${i}`,
      );
    }
    shape.push(v);
  });
  if (shape.some((v) => v < 0)) {
    const neg = shape.find((v) => v < 0);
    throw new RuntimeError(`Trying to create tensor with negative dimension ${neg}: [${shape.join(', ')}]`);
  }
  return shape;
}

/** Splits a trailing options object off variadic arguments. */
export function splitOptions(args: unknown[]): [unknown[], Record<string, unknown> | undefined] {
  const last = args[args.length - 1];
  if (last !== null && typeof last === 'object' && !Array.isArray(last) && !(last instanceof Tensor)) {
    return [args.slice(0, -1), last as Record<string, unknown>];
  }
  return [args, undefined];
}

/** `t.tolist()`: nested JS arrays (numbers; booleans for bool tensors), or a number for a 0-d tensor. */
export function tolist(t: Tensor): unknown {
  const d = t.data;
  const shape = t.shape;
  const conv = t.dtype === 'bool' ? (v: number) => v !== 0 : (v: number) => v;
  const rec = (dim: number, off: number): unknown => {
    if (dim === shape.length) return conv(d[off]);
    const n = shape[dim];
    let stride = 1;
    for (let k = dim + 1; k < shape.length; k++) stride *= shape[k];
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = rec(dim + 1, off + i * stride);
    return out;
  };
  return rec(0, 0);
}
