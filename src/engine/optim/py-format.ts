/**
 * Python `str()` of the values that appear in PyTorch's messages and `repr(optimizer)`.
 *
 * JavaScript has one number type, so `1` and `1.0` look the same; callers say when a value is a float
 * in Python (`betas=(1.0, 0.0)` prints `1.0`, `lr=-1` prints `-1`). See docs/pytorch-optim-spec.md §2.9.
 */
import { pyClassName } from '../py-name';
import { Tensor } from '../tensor';

/** Python `repr(float)`: shortest round-trip digits, exponent form below 1e-4 and from 1e16 (`1e-08`). */
export function pyFloat(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = v.toExponential().split('e');
  const exp = Number(expStr);
  if (exp < -4 || exp >= 16) {
    const sign = exp < 0 ? '-' : '+';
    const abs = Math.abs(exp);
    return `${mant}e${sign}${abs < 10 ? '0' : ''}${abs}`;
  }
  // fixed notation with exactly the shortest digits
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let s: string;
  if (exp >= 0) {
    const intLen = exp + 1;
    s = digits.length <= intLen
      ? digits + '0'.repeat(intLen - digits.length) + '.0'
      : `${digits.slice(0, intLen)}.${digits.slice(intLen)}`;
  } else {
    s = `0.${'0'.repeat(-exp - 1)}${digits}`;
  }
  return neg ? `-${s}` : s;
}

/** Python `str()` of a number: integers print as ints unless `asFloat`. */
export function pyNum(v: number, asFloat = false): string {
  if (!asFloat && Number.isInteger(v) && Math.abs(v) < 1e21) return BigInt(v).toString();
  return pyFloat(v);
}

/** `torch.typename`-like names used in TypeErrors (`torch.FloatTensor`, `int`, `str`, `dict`, …). */
export function pyTypeName(v: unknown): string {
  if (v instanceof Tensor) {
    return v.dtype === 'float32' ? 'torch.FloatTensor' : v.dtype === 'float64' ? 'torch.DoubleTensor' : 'torch.LongTensor';
  }
  if (v === null || v === undefined) return 'NoneType';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'function') return 'function';
  if (Array.isArray(v)) return 'list';
  if (v instanceof Set) return 'set';
  if (v instanceof Map) return 'dict';
  const proto = Object.getPrototypeOf(v) as { constructor?: { name?: string } } | null;
  if (proto === null || Object.getPrototypeOf(proto) === null) return 'dict';
  return pyClassName(proto.constructor);
}

/**
 * Python `str()` of a hyper-parameter value for `repr(optimizer)`: `True`, `None`, `(0.9, 0.999)`, `1e-08`.
 * `floatHint` says the value is a float in Python even when it is integral (PyTorch's float defaults).
 */
export function pyValue(v: unknown, floatHint = false): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return pyNum(v, floatHint);
  if (typeof v === 'string') return v;
  if (v instanceof Tensor) return v.data.length === 1 ? `tensor(${pyFloat(v.data[0]!)})` : 'tensor(...)';
  if (Array.isArray(v)) {
    const inner = v.map((x) => pyValue(x, floatHint && typeof x === 'number' && !Number.isInteger(x)));
    return `(${inner.join(', ')}${inner.length === 1 ? ',' : ''})`;
  }
  if (typeof v === 'function') return `<function ${v.name || '<lambda>'}>`;
  return String(v);
}
