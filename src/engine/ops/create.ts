/**
 * Tensor factories: tensor, zeros, ones, full, empty, arange, linspace, eye, *_like, rand, randn, randint,
 * randperm, normal. Sizes are varargs or one array (`zeros(2, 3)` = `zeros([2, 3])`), options trail.
 *
 * JS has one number type, so `torch.tensor` infers int64 from integral values exactly like Python ints —
 * except with `requires_grad: true`, where the default float dtype is used (PyTorch would reject int64).
 */
import { get_default_dtype, isFloating, checkGradDtype, parseDtype } from '../dtype';
import { RuntimeError, ValueError } from '../errors';
import { checkOptions } from '../options';
import { defaultGenerator, fillNormal, fillRandint, fillRandperm, fillUniform } from '../random';
import { Tensor, type DType } from '../tensor';
import { alloc, describe, numelOf, parseSize, splitOptions } from './util';

export interface FactoryOptions {
  dtype?: DType | string | null;
  requires_grad?: boolean;
  device?: string;
  generator?: unknown;
}
const KEYS = ['dtype', 'requires_grad', 'device', 'layout', 'pin_memory', 'memory_format'];

function finish(fn: string, data: ReturnType<typeof alloc>, shape: number[], dtype: DType, o: Partial<FactoryOptions>): Tensor {
  if (o.device !== undefined && o.device !== 'cpu') throw new RuntimeError(`This in-browser engine only has the 'cpu' device (got device='${o.device}')`);
  if (o.requires_grad) checkGradDtype(dtype);
  void fn;
  return Tensor._make(data, shape, dtype, !!o.requires_grad);
}

function resolveDtype(fn: string, o: Partial<FactoryOptions>, dflt: DType): DType {
  return o.dtype === undefined || o.dtype === null ? dflt : parseDtype(o.dtype, fn);
}

/**
 * Marker for "the source wrote a float literal here" (`3.0`, `1e-3`): the cell runner passes it as an extra first
 * argument of `torch.tensor` / `torch.full` (src/runner/float-literals.ts), and the inferred dtype becomes the
 * default float dtype instead of int64, as Python's float literals do.
 */
export const FLOAT_LITERALS = Symbol.for('torch.float_literals');

/** `torch.tensor(data, dtype=None, requires_grad=False)`: nested arrays, a number, or a tensor (copied). */
export function tensor(data: unknown, opts?: FactoryOptions): Tensor {
  // eslint-disable-next-line prefer-rest-params
  if (data === FLOAT_LITERALS) return makeTensor(opts, arguments[2] as FactoryOptions | undefined, true);
  return makeTensor(data, opts, false);
}

function makeTensor(data: unknown, opts: FactoryOptions | undefined, floatLiterals: boolean): Tensor {
  const o = checkOptions('tensor', opts, KEYS);
  const shape: number[] = [];
  const flat: number[] = [];
  let allInt = true;
  let allBool = true;
  const walk = (v: unknown, depth: number): void => {
    if (Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView))) {
      const arr = v as ArrayLike<unknown>;
      if (depth === shape.length) shape.push(arr.length);
      else if (shape[depth] !== arr.length) {
        throw new ValueError(`expected sequence of length ${shape[depth]} at dim ${depth} (got ${arr.length})`);
      }
      for (let i = 0; i < arr.length; i++) walk(arr[i], depth + 1);
      return;
    }
    if (depth !== shape.length) throw new TypeError(`tensor(): expected a sequence at dim ${depth}, got ${describe(v)}`);
    if (v instanceof Tensor) {
      if (v.data.length !== 1) throw new ValueError('only one element tensors can be converted to Python scalars');
      v = v.data[0];
    }
    if (typeof v === 'boolean') {
      flat.push(v ? 1 : 0);
      return;
    }
    allBool = false;
    if (typeof v !== 'number') throw new TypeError(`Could not infer dtype of ${describe(v)}`);
    if (!Number.isInteger(v)) allInt = false;
    flat.push(v);
  };
  if (data instanceof Tensor) {
    const d = resolveDtype('tensor', o, data.dtype);
    const out = alloc(d, data.data.length);
    out.set(data.data);
    return finish('tensor', out, data.shape.slice(), d, o);
  }
  walk(data, 0);
  // Python: tensor([]) is float; ints → int64 (unless requires_grad asks for a float); bools → bool
  let dflt: DType = allBool && flat.length > 0 ? 'bool' : allInt && flat.length > 0 && !floatLiterals ? 'int64' : get_default_dtype();
  if (o.requires_grad && !isFloating(dflt)) dflt = get_default_dtype();
  const dtype = resolveDtype('tensor', o, dflt);
  const out = alloc(dtype, flat.length);
  if (dtype === 'int64') for (let i = 0; i < flat.length; i++) out[i] = Math.trunc(flat[i]);
  else out.set(flat);
  return finish('tensor', out, shape, dtype, o);
}

/** Splits `(…size, opts?)`, validates, and allocates. */
function sized(fn: string, args: unknown[], extraKeys: string[] = []): [number[], Partial<FactoryOptions> & Record<string, unknown>] {
  const [rest, opts] = splitOptions(args);
  const o = checkOptions(fn, opts, [...KEYS, ...extraKeys]) as Partial<FactoryOptions> & Record<string, unknown>;
  return [parseSize(rest, fn), o];
}

function filled(fn: string, args: unknown[], value: number): Tensor {
  const [shape, o] = sized(fn, args, ['out']);
  const dtype = resolveDtype(fn, o, get_default_dtype());
  const data = alloc(dtype, numelOf(shape));
  if (value !== 0) data.fill(value);
  return finish(fn, data, shape, dtype, o);
}

export const zeros = (...args: unknown[]): Tensor => filled('zeros', args, 0);
export const ones = (...args: unknown[]): Tensor => filled('ones', args, 1);
export const empty = (...args: unknown[]): Tensor => filled('empty', args, 0);

/** `torch.full(size, fill_value)`: an integral fill value gives int64, like Python ints. */
export function full(size: number[] | number, fill_value: number, opts?: FactoryOptions): Tensor {
  // eslint-disable-next-line prefer-rest-params
  if ((size as unknown) === FLOAT_LITERALS) return makeFull(fill_value as unknown as number[], opts as unknown as number, arguments[3] as FactoryOptions | undefined, true);
  return makeFull(size, fill_value, opts, false);
}

function makeFull(size: number[] | number, fill_value: number, opts: FactoryOptions | undefined, floatLiterals: boolean): Tensor {
  const shape = parseSize([size], 'full');
  const o = checkOptions('full', opts, KEYS);
  if (typeof fill_value !== 'number' && typeof fill_value !== 'boolean') {
    throw new TypeError(`full(): argument 'fill_value' must be Number, not ${describe(fill_value)}`);
  }
  const dflt: DType = typeof fill_value === 'boolean' ? 'bool' : Number.isInteger(fill_value) && !floatLiterals ? 'int64' : get_default_dtype();
  const dtype = resolveDtype('full', o, o.requires_grad && !isFloating(dflt) ? get_default_dtype() : dflt);
  const data = alloc(dtype, numelOf(shape));
  data.fill(Number(fill_value));
  return finish('full', data, shape, dtype, o);
}

function like(fn: string, t: Tensor, opts: FactoryOptions | undefined, value: number | null): Tensor {
  if (!(t instanceof Tensor)) throw new TypeError(`${fn}(): argument 'input' must be Tensor, not ${describe(t)}`);
  const o = checkOptions(fn, opts, [...KEYS, 'memory_format']);
  const dtype = resolveDtype(fn, o, t.dtype);
  const data = alloc(dtype, t.data.length);
  if (value === null) {
    if (fn === 'rand_like') fillUniform(defaultGenerator, data, 0, 1);
    else fillNormal(defaultGenerator, data, 0, 1);
  } else if (value !== 0) data.fill(value);
  return finish(fn, data, t.shape.slice(), dtype, o);
}

export const zeros_like = (t: Tensor, opts?: FactoryOptions): Tensor => like('zeros_like', t, opts, 0);
export const ones_like = (t: Tensor, opts?: FactoryOptions): Tensor => like('ones_like', t, opts, 1);
export const empty_like = (t: Tensor, opts?: FactoryOptions): Tensor => like('empty_like', t, opts, 0);
export const rand_like = (t: Tensor, opts?: FactoryOptions): Tensor => like('rand_like', t, opts, null);
export const randn_like = (t: Tensor, opts?: FactoryOptions): Tensor => like('randn_like', t, opts, null);
export function full_like(t: Tensor, fill_value: number, opts?: FactoryOptions): Tensor {
  return like('full_like', t, opts, fill_value);
}

function checkFinite(fn: string, name: string, v: unknown): number {
  if (typeof v !== 'number') throw new TypeError(`${fn}(): argument '${name}' must be Number, not ${describe(v)}`);
  return v;
}

/** `torch.arange(end)`, `arange(start, end, step=1)`: int64 when all arguments are integers. */
export function arange(...args: unknown[]): Tensor {
  const [rest, opts] = splitOptions(args);
  const o = checkOptions('arange', opts, KEYS);
  if (rest.length < 1 || rest.length > 3) throw new TypeError(`arange() takes 1 to 3 positional arguments but ${rest.length} were given`);
  const nums = rest.map((v, i) => checkFinite('arange', ['start', 'end', 'step'][rest.length === 1 ? 1 : i], v));
  const [start, end, step] = nums.length === 1 ? [0, nums[0], 1] : [nums[0], nums[1], nums[2] ?? 1];
  if ([start, end, step].some((v) => !Number.isFinite(v))) throw new RuntimeError(`unsupported range: ${start} -> ${end}`);
  if (step === 0) throw new RuntimeError('step must be nonzero');
  if ((end - start) / step < 0 && end !== start) {
    throw new RuntimeError('upper bound and larger bound inconsistent with step sign');
  }
  const dflt: DType = nums.every(Number.isInteger) ? 'int64' : get_default_dtype();
  const dtype = resolveDtype('arange', o, dflt);
  const n = Math.max(0, Math.ceil((end - start) / step));
  const data = alloc(dtype, n);
  for (let i = 0; i < n; i++) data[i] = start + i * step;
  return finish('arange', data, [n], dtype, o);
}

/** `torch.linspace(start, end, steps)`: PyTorch fills from both ends (step = (end-start)/(steps-1)). */
export function linspace(start: number, end: number, steps: number, opts?: FactoryOptions): Tensor {
  const o = checkOptions('linspace', opts, KEYS);
  checkFinite('linspace', 'start', start);
  checkFinite('linspace', 'end', end);
  if (typeof steps !== 'number' || !Number.isInteger(steps)) throw new TypeError(`linspace(): argument 'steps' must be int, not ${describe(steps)}`);
  if (steps < 0) throw new RuntimeError('number of steps must be non-negative');
  const dtype = resolveDtype('linspace', o, get_default_dtype());
  const data = alloc(dtype, steps);
  if (steps === 1) data[0] = start;
  else {
    const step = (end - start) / (steps - 1);
    const half = Math.floor(steps / 2);
    for (let i = 0; i < steps; i++) data[i] = i < half ? start + step * i : end - step * (steps - i - 1);
  }
  return finish('linspace', data, [steps], dtype, o);
}

/** `torch.eye(n, m=n)`. */
export function eye(n: number, m?: number | FactoryOptions, opts?: FactoryOptions): Tensor {
  if (typeof m === 'object') {
    opts = m;
    m = undefined;
  }
  const o = checkOptions('eye', opts, KEYS);
  const cols = m ?? n;
  const [r, c] = parseSize([n, cols], 'eye');
  const dtype = resolveDtype('eye', o, get_default_dtype());
  const data = alloc(dtype, r * c);
  for (let i = 0; i < Math.min(r, c); i++) data[i * c + i] = 1;
  return finish('eye', data, [r, c], dtype, o);
}

/** `torch.rand(*size)`: uniform [0, 1), bit-identical to PyTorch's CPU generator. */
export function rand(...args: unknown[]): Tensor {
  const [shape, o] = sized('rand', args, ['generator']);
  const dtype = resolveDtype('rand', o, get_default_dtype());
  if (!isFloating(dtype)) throw new RuntimeError(`"check_uniform_bounds" not implemented for 'Long'`);
  const data = alloc(dtype, numelOf(shape));
  fillUniform(defaultGenerator, data, 0, 1);
  return finish('rand', data, shape, dtype, o);
}

/** `torch.randn(*size)`: standard normal, bit-identical to PyTorch's CPU generator (see random.ts). */
export function randn(...args: unknown[]): Tensor {
  const [shape, o] = sized('randn', args, ['generator']);
  const dtype = resolveDtype('randn', o, get_default_dtype());
  if (!isFloating(dtype)) throw new RuntimeError(`"normal_kernel_cpu" not implemented for 'Long'`);
  const data = alloc(dtype, numelOf(shape));
  fillNormal(defaultGenerator, data, 0, 1);
  return finish('randn', data, shape, dtype, o);
}

/** `torch.randint(low=0, high, size)`: int64 by default. */
export function randint(...args: unknown[]): Tensor {
  const [rest, opts] = splitOptions(args);
  const o = checkOptions('randint', opts, [...KEYS, 'generator']);
  let low = 0;
  let high: unknown;
  let size: unknown;
  if (rest.length === 2) [high, size] = rest;
  else if (rest.length === 3) [low, high, size] = rest as [number, unknown, unknown];
  else throw new TypeError('randint() expects (high, size) or (low, high, size), e.g. torch.randint(0, 10, [5])');
  if (!Array.isArray(size)) throw new TypeError(`randint(): argument 'size' must be tuple of ints, but found ${describe(size)}`);
  if (typeof low !== 'number' || typeof high !== 'number' || !Number.isInteger(low) || !Number.isInteger(high)) {
    throw new TypeError(`randint(): argument 'high' must be int, not ${describe(high)}`);
  }
  if (low >= high) throw new RuntimeError(`random_ expects 'from' to be less than 'to', but got from=${low} >= to=${high}`);
  const shape = parseSize([size], 'randint');
  const dtype = resolveDtype('randint', o, 'int64');
  const data = alloc(dtype, numelOf(shape));
  fillRandint(defaultGenerator, data, low, high);
  return finish('randint', data, shape, dtype, o);
}

/** `torch.randperm(n)`: a random permutation of 0…n-1 (int64). */
export function randperm(n: number, opts?: FactoryOptions): Tensor {
  const o = checkOptions('randperm', opts, [...KEYS, 'generator']);
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new TypeError(`randperm(): argument 'n' must be int, not ${describe(n)}`);
  if (n < 0) throw new RuntimeError(`n must be non-negative, got${n}`);
  const dtype = resolveDtype('randperm', o, 'int64');
  const data = alloc(dtype, n);
  fillRandperm(defaultGenerator, data);
  return finish('randperm', data, [n], dtype, o);
}

/** `torch.normal(mean, std, size)` with number mean/std (a float tensor of the given size). */
export function normal(mean: number, std: number, size?: number[] | FactoryOptions, opts?: FactoryOptions): Tensor {
  if (!Array.isArray(size)) {
    opts = size;
    size = [];
  }
  checkFinite('normal', 'mean', mean);
  checkFinite('normal', 'std', std);
  if (!(std >= 0)) throw new RuntimeError(`normal expects std >= 0.0, but found std ${std}`);
  const shape = parseSize([size], 'normal');
  const o = checkOptions('normal', opts, [...KEYS, 'generator']);
  const dtype = resolveDtype('normal', o, get_default_dtype());
  const data = alloc(dtype, numelOf(shape));
  fillNormal(defaultGenerator, data, mean, std);
  return finish('normal', data, shape, dtype, o);
}
