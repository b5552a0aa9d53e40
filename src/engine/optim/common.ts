/**
 * What every optimizer shares: the documented base options (PyTorch's `_params_doc`), argument
 * resolution (`SGD(params, 0.1)` or `SGD(params, { lr: 0.1 })`) and the common validation messages.
 */
import { Tensor } from '../tensor';
import { ValueError, RuntimeError } from './errors';
import { checkOptions } from './options';
import { pyNum, pyTypeName } from './py-format';

/** Options shared by most optimizers. */
export interface OptimizerOptions {
  /** Learning rate γ (a number or a 1-element tensor). Default depends on the optimizer. */
  lr?: number | Tensor;
  /** Weight decay λ (L2 penalty, or decoupled where stated). Defaults to 0 (AdamW: 0.01). */
  weight_decay?: number;
  /** Maximize the objective instead of minimizing it (the gradient is negated first). Defaults to false. */
  maximize?: boolean;
  /** Accepted for compatibility; the engine always uses the single-tensor (for-loop) path. Defaults to null. */
  foreach?: boolean | null;
  /** Accepted for compatibility (autograd through step() is not supported). Defaults to false. */
  differentiable?: boolean;
}

/**
 * Merges a positional lr (`SGD(params, 0.1)`) with the options object and checks the keys.
 * @returns the options with PyTorch's defaults applied.
 */
export function resolveOptions<T extends object>(
  name: string,
  lrOrOptions: number | Tensor | T | undefined,
  maybeOptions: T | undefined,
  defaults: Required<T>,
): Required<T> {
  let opts: Record<string, unknown>;
  if (typeof lrOrOptions === 'number' || lrOrOptions instanceof Tensor) {
    const rest = checkOptions(`${name}.__init__`, maybeOptions, Object.keys(defaults)) as Record<string, unknown>;
    if (rest['lr'] !== undefined) throw new TypeError(`${name}.__init__() got multiple values for argument 'lr'`);
    opts = { ...rest, lr: lrOrOptions };
  } else {
    opts = checkOptions(`${name}.__init__`, lrOrOptions as T | undefined, Object.keys(defaults)) as Record<string, unknown>;
  }
  checkOptionTypes(`${name}.__init__`, opts, defaults);
  const out = { ...defaults } as Record<string, unknown>;
  for (const [k, v] of Object.entries(opts)) if (v !== undefined) out[k] = v;
  return out as Required<T>;
}

const shown = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : Array.isArray(v) ? `[${v.map(shown).join(', ')}]` : '');

function mustBeNumber(where: string, key: string, v: unknown): never {
  const value = shown(v);
  throw new TypeError(`${where}(): ${key} must be a number (float), not ${pyTypeName(v)}${value ? ` ${value}` : ''}`);
}

/**
 * A hyper-parameter whose default is a number must be a number (`lr` may also be a Tensor), and one whose default
 * is a pair of numbers (`betas`, `etas`, `step_sizes`) must be two numbers (`betas`: or two Tensors). In PyTorch a
 * string fails at the first comparison (`'<=' not supported between instances of 'float' and 'str'`); JavaScript
 * would compare it silently, so the engine names the option instead. Keys whose default is null or a boolean are
 * not checked.
 */
export function checkOptionTypes(where: string, opts: Record<string, unknown>, defaults: object): void {
  for (const [key, v] of Object.entries(opts)) {
    const d = (defaults as Record<string, unknown>)[key];
    if (v === undefined || key === 'params' || key === 'param_names') continue;
    if (typeof d === 'number') {
      if (typeof v === 'number' || (key === 'lr' && v instanceof Tensor)) continue;
      mustBeNumber(where, key, v);
    }
    if (Array.isArray(d) && d.every((x) => typeof x === 'number')) {
      if (!Array.isArray(v)) continue; // the optimizer's own check reports a wrong shape (e.g. "betas must be a pair")
      v.forEach((x, i) => {
        if (typeof x !== 'number' && !(key === 'betas' && x instanceof Tensor)) mustBeNumber(where, `${key}[${i}]`, x);
      });
    }
  }
}

/** 2.x: a Tensor lr must have exactly one element. */
export function checkTensorLr(lr: unknown): void {
  if (lr instanceof Tensor && lr.data.length !== 1) throw new ValueError('Tensor lr must be 1-element');
}

/** `if not 0.0 <= lr` (NaN fails too). */
export function checkLr(lr: number | Tensor): void {
  checkTensorLr(lr);
  const v = lr instanceof Tensor ? lr.data[0]! : lr;
  if (!(0 <= v)) throw new ValueError(`Invalid learning rate: ${pyNum(v)}`);
}

export function checkEps(eps: number): void {
  if (!(0 <= eps)) throw new ValueError(`Invalid epsilon value: ${pyNum(eps)}`);
}

export function checkWeightDecay(wd: number): void {
  if (!(0 <= wd)) throw new ValueError(`Invalid weight_decay value: ${pyNum(wd)}`);
}

/** `not 0.0 <= betas[i] < 1.0` for both betas (messages print the floats: `1.0`). */
export function checkBetas(betas: readonly (number | Tensor)[]): void {
  if (!Array.isArray(betas) || betas.length !== 2) {
    throw new ValueError(`betas must be a pair of floats, but got ${String(betas)}`);
  }
  if ((betas[0] instanceof Tensor) !== (betas[1] instanceof Tensor)) {
    throw new ValueError('betas must be either both floats or both Tensors');
  }
  for (let i = 0; i < 2; i++) {
    const b = betas[i] instanceof Tensor ? (betas[i] as Tensor).data[0]! : (betas[i] as number);
    if (!(0 <= b && b < 1)) throw new ValueError(`Invalid beta parameter at index ${i}: ${pyNum(b, true)}`);
  }
}

/** 2.x flag checks shared by the optimizers that accept `fused`. */
export function checkFused(fused: boolean | null | undefined, foreach: boolean | null | undefined, differentiable: boolean): void {
  if (fused === true && foreach === true) throw new RuntimeError('`fused` and `foreach` cannot be `True` together.');
  if (fused === true && differentiable) throw new RuntimeError('`fused` does not support `differentiable`');
}

/** Optimizer classes call this after validation: build the defaults dict in PyTorch's key order. */
export function pick<T extends object>(opts: T, keys: readonly (keyof T & string)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = opts[k];
  return out;
}

/** The checks Adam, AdamW, Adamax, NAdam and RAdam share, in PyTorch's order. */
export function validateAdamLike(o: { lr: number | Tensor; eps: number; betas: readonly (number | Tensor)[]; weight_decay: number }): void {
  checkLr(o.lr);
  checkEps(o.eps);
  checkBetas(o.betas);
  checkWeightDecay(o.weight_decay);
}

/** `a.lerp_(b, w)` as the ATen CPU kernel computes it (Adam-family first moments, RMSprop's centred average). */
export function lerp(a: number, b: number, w: number): number {
  return Math.abs(w) < 0.5 ? a + w * (b - a) : b - (b - a) * (1 - w);
}
