/**
 * Printing like PyTorch's torch/_tensor_str.py (precision 4, threshold 1000, edgeitems 3, linewidth 80):
 *   tensor([ 1.5410, -0.2934, -2.1788])   tensor(17., grad_fn=<MeanBackward0>)   tensor([1, 2])
 * A _Formatter scans the (summarised) values once to choose int mode / fixed / scientific and the column
 * width; Python's float formatting (round-half-even on exact ties, 2-digit exponents) is reproduced.
 */
import { get_default_dtype } from './dtype';
import type { Tensor } from './tensor';

export const PRINT_OPTS = { precision: 4, threshold: 1000, edgeitems: 3, linewidth: 80, sci_mode: null as boolean | null };

/** `torch.set_printoptions(precision=4, threshold=1000, edgeitems=3, linewidth=80, sci_mode=None, profile=None)`. */
export function set_printoptions(opts: Partial<typeof PRINT_OPTS> & { profile?: 'default' | 'short' | 'full' }): void {
  if (opts.profile === 'default') Object.assign(PRINT_OPTS, { precision: 4, threshold: 1000, edgeitems: 3, linewidth: 80 });
  if (opts.profile === 'short') Object.assign(PRINT_OPTS, { precision: 2, threshold: 1000, edgeitems: 2, linewidth: 80 });
  if (opts.profile === 'full') Object.assign(PRINT_OPTS, { precision: 4, threshold: Infinity, edgeitems: 3, linewidth: 80 });
  for (const k of ['precision', 'threshold', 'edgeitems', 'linewidth', 'sci_mode'] as const) {
    if (k in opts) (PRINT_OPTS as Record<string, unknown>)[k] = opts[k];
  }
}

/** Python's `f"{x:.{d}f}"`. */
export function pyFixed(x: number, d: number): string {
  if (!Number.isFinite(x)) return x !== x ? 'nan' : x > 0 ? 'inf' : '-inf';
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let s = a >= 1e21 ? BigInt(Math.round(a)).toString() + (d > 0 ? '.' + '0'.repeat(d) : '') : a.toFixed(d);
  if (a < 1e21) {
    // JS rounds exact ties away from zero, Python to even: detect an exact tie and fix it
    const long = a.toFixed(Math.min(100, d + 30));
    const tail = long.slice(long.length - 30);
    if (/^50*$/.test(tail)) {
      const lastDigit = Number(s[s.length - 1]);
      if (lastDigit % 2 === 1) s = long.slice(0, long.length - 30 + (d === 0 ? -1 : 0));
    }
  }
  return (neg ? '-' : '') + s;
}

/** Python's `f"{x:.{d}e}"` (exponent with sign and at least two digits). */
export function pyExp(x: number, d: number): string {
  if (!Number.isFinite(x)) return x !== x ? 'nan' : x > 0 ? 'inf' : '-inf';
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let s = a.toExponential(d);
  const long = a.toExponential(Math.min(100, d + 30));
  const [lm, le] = long.split('e');
  const tail = lm.slice(lm.length - 30);
  if (/^50*$/.test(tail)) {
    const [m] = s.split('e');
    if (Number(m[m.length - 1]) % 2 === 1) s = lm.slice(0, lm.length - 30).replace(/\.$/, '') + 'e' + le;
  }
  const [mant, exp] = s.split('e');
  const e = Number(exp);
  return `${neg ? '-' : ''}${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** Python's str() of an int (int64 / bool tensors print ints and True/False). */
const intStr = (v: number): string => (Object.is(v, -0) ? '0' : String(v));

class Formatter {
  floating: boolean;
  bool: boolean;
  intMode = true;
  sciMode = false;
  maxWidth = 1;

  constructor(dtype: string, values: ArrayLike<number>) {
    this.floating = dtype === 'float32' || dtype === 'float64';
    this.bool = dtype === 'bool';
    if (!this.floating) {
      for (let i = 0; i < values.length; i++) {
        const s = this.bool ? (values[i] ? 'True' : 'False') : intStr(values[i]);
        this.maxWidth = Math.max(this.maxWidth, s.length);
      }
      return;
    }
    const nz: number[] = [];
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (Number.isFinite(v) && v !== 0) nz.push(v);
    }
    if (nz.length === 0) return;
    let mn = Infinity;
    let mx = 0;
    for (const v of nz) {
      const a = Math.abs(v);
      if (a < mn) mn = a;
      if (a > mx) mx = a;
      if (v !== Math.ceil(v)) this.intMode = false;
    }
    const p = PRINT_OPTS.precision;
    if (this.intMode) {
      if (mx / mn > 1000 || mx > 1e8) {
        this.sciMode = true;
        for (const v of nz) this.maxWidth = Math.max(this.maxWidth, pyExp(v, p).length);
      } else {
        for (const v of nz) this.maxWidth = Math.max(this.maxWidth, pyFixed(v, 0).length + 1);
      }
    } else if (mx / mn > 1000 || mx > 1e8 || mn < 1e-4) {
      this.sciMode = true;
      for (const v of nz) this.maxWidth = Math.max(this.maxWidth, pyExp(v, p).length);
    } else {
      for (const v of nz) this.maxWidth = Math.max(this.maxWidth, pyFixed(v, p).length);
    }
    if (PRINT_OPTS.sci_mode !== null) this.sciMode = PRINT_OPTS.sci_mode;
  }

  format(v: number): string {
    let r: string;
    if (this.floating) {
      if (this.sciMode) r = pyExp(v, PRINT_OPTS.precision);
      else if (this.intMode) {
        r = pyFixed(v, 0);
        if (Number.isFinite(v)) r += '.';
      } else r = pyFixed(v, PRINT_OPTS.precision);
    } else r = this.bool ? (v ? 'True' : 'False') : intStr(v);
    return r.length < this.maxWidth ? ' '.repeat(this.maxWidth - r.length) + r : r;
  }
}

interface View {
  data: ArrayLike<number>;
  shape: number[];
  offset: number;
}

const sizeAt = (shape: number[], d: number): number => shape.slice(d).reduce((a, b) => a * b, 1);

/** Values PyTorch's formatter sees: edge items only when summarising. */
function summarized(v: View, dim: number, out: number[]): void {
  const { shape, data } = v;
  if (dim === shape.length) {
    out.push(data[v.offset]);
    return;
  }
  const n = shape[dim];
  const stride = sizeAt(shape, dim + 1);
  const E = PRINT_OPTS.edgeitems;
  const idx = n > 2 * E ? [...Array(E).keys(), ...Array.from({ length: E }, (_, i) => n - E + i)] : [...Array(n).keys()];
  for (const i of idx) summarized({ data, shape, offset: v.offset + i * stride }, dim + 1, out);
}

function vectorStr(v: View, dim: number, indent: number, summarize: boolean, fmt: Formatter): string {
  const n = v.shape[dim];
  const elementLength = fmt.maxWidth + 2;
  const perLine = Math.max(1, Math.floor((PRINT_OPTS.linewidth - indent) / elementLength));
  const E = PRINT_OPTS.edgeitems;
  const at = (i: number): string => fmt.format(v.data[v.offset + i]);
  let items: string[];
  if (summarize && n > 2 * E) {
    items = [...Array.from({ length: E }, (_, i) => at(i)), ' ...', ...Array.from({ length: E }, (_, i) => at(n - E + i))];
  } else items = Array.from({ length: n }, (_, i) => at(i));
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(items.slice(i, i + perLine).join(', '));
  return '[' + lines.join(',\n' + ' '.repeat(indent + 1)) + ']';
}

function tensorStr(v: View, dim: number, indent: number, summarize: boolean, fmt: Formatter): string {
  const nd = v.shape.length - dim;
  if (nd === 0) return fmt.format(v.data[v.offset]);
  if (nd === 1) return vectorStr(v, dim, indent, summarize, fmt);
  const n = v.shape[dim];
  const stride = sizeAt(v.shape, dim + 1);
  const sub = (i: number): string => tensorStr({ ...v, offset: v.offset + i * stride }, dim + 1, indent + 1, summarize, fmt);
  const E = PRINT_OPTS.edgeitems;
  let slices: string[];
  if (summarize && n > 2 * E) {
    slices = [...Array.from({ length: E }, (_, i) => sub(i)), '...', ...Array.from({ length: E }, (_, i) => sub(n - E + i))];
  } else slices = Array.from({ length: n }, (_, i) => sub(i));
  return '[' + slices.join(',' + '\n'.repeat(nd - 1) + ' '.repeat(indent + 1)) + ']';
}

function addSuffixes(s: string, suffixes: string[], indent: number): string {
  const parts = [s];
  let lastLineLen = s.length - s.lastIndexOf('\n') + 1;
  for (const suffix of suffixes) {
    if (lastLineLen + suffix.length + 2 > PRINT_OPTS.linewidth) {
      parts.push(',\n' + ' '.repeat(indent) + suffix);
      lastLineLen = indent + suffix.length;
    } else {
      parts.push(', ' + suffix);
      lastLineLen += suffix.length + 2;
    }
  }
  parts.push(')');
  return parts.join('');
}

/** `repr(t)` / `str(t)` exactly as PyTorch prints it. */
export function formatTensor(t: Tensor): string {
  const prefix = 'tensor(';
  const indent = prefix.length;
  const suffixes: string[] = [];
  const hasDefault = t.dtype === get_default_dtype() || t.dtype === 'int64' || t.dtype === 'bool';
  let body: string;
  if (t.data.length === 0) {
    if (t.shape.length !== 1) suffixes.push(`size=(${t.shape.join(', ')}${t.shape.length === 1 ? ',' : ''})`);
    if (t.dtype !== get_default_dtype()) suffixes.push(`dtype=torch.${t.dtype}`);
    body = '[]';
  } else {
    if (!hasDefault) suffixes.push(`dtype=torch.${t.dtype}`);
    const summarize = t.data.length > PRINT_OPTS.threshold;
    const view: View = { data: t.data, shape: t.shape, offset: 0 };
    let values: ArrayLike<number> = t.data;
    if (summarize) {
      const vs: number[] = [];
      summarized(view, 0, vs);
      values = vs;
    }
    body = tensorStr(view, 0, indent, summarize, new Formatter(t.dtype, values));
  }
  if (t.grad_fn !== null) suffixes.push(`grad_fn=<${t.grad_fn.name}>`);
  else if (t.requires_grad) suffixes.push('requires_grad=True');
  const s = addSuffixes(prefix + body, suffixes, indent);
  return t._isParam ? 'Parameter containing:\n' + s : s;
}
