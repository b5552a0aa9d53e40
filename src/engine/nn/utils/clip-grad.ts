/**
 * `torch.nn.utils.clip_grad_norm_` and `clip_grad_value_` (torch/nn/utils/clip_grad.py, PyTorch 2.x).
 *
 *   total = ‖(‖g_1‖, …, ‖g_k‖)‖          the norm of the per-gradient norms (same order), a 0-dim tensor
 *   coef  = min(1, max_norm / (total + 1e-6))
 *   g_i ← g_i · coef                      in place, also when coef is 1 (as PyTorch does)
 *
 * float32 arithmetic follows PyTorch's: `max_norm / t` on a tensor is `t.reciprocal() * max_norm`, each step
 * rounded to float32. Parameters without a gradient are skipped. `foreach` is accepted and ignored.
 */
import { RuntimeError } from '../../errors';
import { checkOptions } from '../../options';
import { Tensor } from '../../tensor';
import { get_default_dtype } from '../../dtype';
import { rawGrad } from '../../optim/grad';
import { vectorNorm } from './vector-norm';

export interface ClipGradNormOptions {
  /** The norm's order: a number or 'inf'. Defaults to 2. */
  norm_type?: number | string;
  /** Throw when the total norm is nan or ±inf. Defaults to false. */
  error_if_nonfinite?: boolean;
  /** Accepted for compatibility. Defaults to null. */
  foreach?: boolean | null;
}

type Params = Tensor | Iterable<Tensor>;

function gradsOf(parameters: Params): Tensor[] {
  const list = parameters instanceof Tensor ? [parameters] : Array.from(parameters);
  const out: Tensor[] = [];
  for (const p of list) {
    const g = rawGrad(p);
    if (g !== null) out.push(g);
  }
  return out;
}

/** Python's `float(x)` of a number or a numeric string ('inf', '2'). */
function pyFloat(v: unknown, what: string): number {
  const x = typeof v === 'string' && /^\s*[+-]?(inf(inity)?|nan|[\d.]+(e[+-]?\d+)?)\s*$/i.test(v) ? Number(v.replace(/inf(inity)?/i, 'Infinity')) : v;
  if (typeof x !== 'number') throw new TypeError(`${what} must be a real number, not ${typeof v}`);
  return x;
}

/** Python's `str(float)` for the error message (`2.0`, `inf`). */
const pyFloatStr = (x: number): string =>
  Number.isNaN(x) ? 'nan' : !Number.isFinite(x) ? (x > 0 ? 'inf' : '-inf') : Number.isInteger(x) ? `${x}.0` : String(x);

function scalar(value: number, dtype: 'float32' | 'float64'): Tensor {
  const data = dtype === 'float32' ? new Float32Array([value]) : new Float64Array([value]);
  return Tensor._make(data, [], dtype);
}

/**
 * Scales the gradients so that their total norm is at most `max_norm`; returns the total norm before clipping.
 * @example const norm = torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
 */
export function clip_grad_norm_(
  parameters: Params,
  max_norm: number | (ClipGradNormOptions & { max_norm: number }),
  options?: ClipGradNormOptions | number | string,
): Tensor {
  // max_norm may come as a keyword too: clip_grad_norm_(params, { max_norm: 1.0, norm_type: 2 })
  if (typeof max_norm === 'object' && max_norm !== null && options === undefined) {
    const { max_norm: m, ...rest } = checkOptions('clip_grad_norm_', max_norm, ['max_norm', 'norm_type', 'error_if_nonfinite', 'foreach']);
    return clip_grad_norm_(parameters, m as number, rest);
  }
  const o = typeof options === 'object' ? checkOptions('clip_grad_norm_', options, ['norm_type', 'error_if_nonfinite', 'foreach']) : { norm_type: options };
  const ord = pyFloat(o.norm_type ?? 2, 'norm_type');
  const maxNorm = pyFloat(max_norm, 'max_norm');
  const grads = gradsOf(parameters);
  if (grads.length === 0) return scalar(0, get_default_dtype() === 'float64' ? 'float64' : 'float32'); // torch.tensor(0.0)
  const dtype = grads[0]!.dtype === 'float64' ? 'float64' : 'float32';
  const f32 = dtype === 'float32';
  const norms = grads.map((g) => vectorNorm(g.data, ord, g.dtype === 'float32'));
  const stacked = f32 ? Float32Array.from(norms) : Float64Array.from(norms);
  const total = vectorNorm(stacked, ord, f32);
  if ((o as ClipGradNormOptions).error_if_nonfinite === true && !Number.isFinite(total)) {
    throw new RuntimeError(
      `The total norm of order ${pyFloatStr(ord)} for gradients from \`parameters\` is non-finite, so it cannot be clipped. ` +
        'To disable this error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`',
    );
  }
  const r = f32 ? Math.fround : (v: number) => v;
  const coef = Math.min(r(r(1 / r(total + r(1e-6))) * r(maxNorm)), 1);
  for (const g of grads) {
    const d = g.data;
    for (let i = 0; i < d.length; i++) d[i] = d[i]! * coef;
  }
  return scalar(total, dtype);
}

/** Clamps every gradient element into [−clip_value, clip_value], in place. */
export function clip_grad_value_(
  parameters: Params,
  clip_value: number | { clip_value: number; foreach?: boolean | null },
  options?: { foreach?: boolean | null },
): void {
  // clip_value may come as a keyword too: clip_grad_value_(params, { clip_value: 0.5 })
  if (typeof clip_value === 'object' && clip_value !== null && options === undefined) {
    const { clip_value: c, ...rest } = checkOptions('clip_grad_value_', clip_value, ['clip_value', 'foreach']);
    return clip_grad_value_(parameters, c as number, rest);
  }
  checkOptions('clip_grad_value_', options, ['foreach']);
  const c = pyFloat(clip_value, 'clip_value');
  const grads = gradsOf(parameters);
  if (grads.length === 0) {
    // what PyTorch 2.x raises for a list without gradients (its grouping helper gets an empty list)
    throw new RuntimeError(
      'Expected !nested_tensorlist[0].empty() to be true, but got false.  (Could this error message be improved?  ' +
        'If so, please report an enhancement request to PyTorch.)',
    );
  }
  for (const g of grads) {
    const d = g.data;
    for (let i = 0; i < d.length; i++) d[i] = Math.min(Math.max(d[i]!, -c), c);
  }
}
