import { Tensor } from '../tensor';
import { hasListeners } from '../events';
import { enable_grad } from '../autograd/grad-mode';
import { RuntimeError, ValueError } from './errors';
import { Optimizer, type Group, type ParamsInput } from './optimizer';
import { checkLr, resolveOptions } from './common';
import { rawGrad } from './grad';
import { num } from './scalar';
import { dot, maxAbs, strongWolfe } from './lbfgs-line-search';

/** Options of {@link LBFGS} (PyTorch 2.x keyword arguments). */
export interface LBFGSOptions {
  /** Learning rate (step length before the line search). Defaults to 1. */
  lr?: number | Tensor;
  /** Maximal number of iterations per `step()`. Defaults to 20. */
  max_iter?: number;
  /** Maximal number of function evaluations per `step()`. Defaults to max_iter · 5 / 4 (25). */
  max_eval?: number | null;
  /** Termination tolerance on first-order optimality (max |g|). Defaults to 1e-7. */
  tolerance_grad?: number;
  /** Termination tolerance on function value / parameter changes. Defaults to 1e-9. */
  tolerance_change?: number;
  /** Update history size. Defaults to 100. */
  history_size?: number;
  /** Either 'strong_wolfe' or null. Defaults to null. */
  line_search_fn?: 'strong_wolfe' | null;
  /** Maximize instead of minimize. Defaults to false. */
  maximize?: boolean;
}

const DEFAULTS: Required<LBFGSOptions> = {
  lr: 1, max_iter: 20, max_eval: null, tolerance_grad: 1e-7, tolerance_change: 1e-9, history_size: 100,
  line_search_fn: null, maximize: false,
};

/**
 * The state kept under the first parameter, PyTorch's keys. The vectors are Tensors after a step; after a
 * JSON round trip of `state_dict()` they may be arrays or tensor-likes, which `vec()` reads alike.
 */
export type LBFGSState = {
  func_evals: number; n_iter: number; t?: number; ro?: number[]; H_diag?: number; prev_loss?: number;
  d?: unknown; old_dirs?: unknown[]; old_stps?: unknown[]; prev_flat_grad?: unknown; al?: (number | null)[];
};

/**
 * L-BFGS (PyTorch `torch.optim.LBFGS`), heavily inspired by minFunc. Needs a closure that clears the
 * gradients, computes the loss, calls `backward()` and returns the loss; `step(closure)` may call it many
 * times and returns the loss of its first call.
 *
 * ```text
 * input: γ (lr), f (closure), history size m
 * for each step() call:
 *     loss, g ← closure()
 *     repeat up to max_iter times:
 *         if first iteration ever: d ← −g, H ← 1
 *         else: y ← g − g_prev; s ← d t; if yᵀs > 1e-10: remember (y, s), H ← yᵀs / yᵀy
 *               d ← −(two-loop recursion over the last m pairs)(g)
 *         t ← first iteration ever ? min(1, 1/Σ|g|) γ : γ
 *         if gᵀd > −tolerance_change: stop
 *         strong_wolfe ? (loss, g, t) ← line search along d : θ ← θ + t d; loss, g ← closure()
 *         stop on max_iter, max_eval, max|g| ≤ tolerance_grad, max|d t| ≤ tolerance_change,
 *              |loss − loss_prev| < tolerance_change
 * ```
 * @remarks Only one parameter group is supported. All state (including the history and the iteration
 * counters `func_evals`, `n_iter`) is stored under the first parameter, as in PyTorch.
 * @see https://pytorch.org/docs/stable/generated/torch.optim.LBFGS.html
 * @see Nocedal & Wright, "Numerical Optimization", algorithm 7.4
 */
export class LBFGS extends Optimizer<LBFGSOptions, LBFGSState> {
  static override readonly pyName: string = 'LBFGS';
  private _params: Tensor[];

  constructor(params: ParamsInput, options?: LBFGSOptions | number | Tensor, moreOptions?: LBFGSOptions) {
    const o = resolveOptions('LBFGS', options, moreOptions, DEFAULTS);
    checkLr(o.lr);
    const maxEval = o.max_eval ?? Math.floor((o.max_iter * 5) / 4);
    super(params, { ...o, max_eval: maxEval });
    if (this.param_groups.length !== 1) {
      throw new ValueError("LBFGS doesn't support per-parameter options (parameter groups)");
    }
    this._params = this.param_groups[0]!.params;
    this._emitCreate();
  }

  private _numel(): number {
    let n = 0;
    for (const p of this._params) n += p.data.length;
    return n;
  }

  /** The gradients of all params, concatenated (zeros for a null grad); negated when maximizing. */
  private _gatherFlatGrad(maximize: boolean): Float64Array {
    const out = new Float64Array(this._numel());
    let offset = 0;
    for (const p of this._params) {
      const g = rawGrad(p);
      if (g !== null) for (let i = 0; i < g.data.length; i++) out[offset + i] = maximize ? -g.data[i]! : g.data[i]!;
      offset += p.data.length;
    }
    return out;
  }

  /** θ ← θ + t·d over the flattened params. */
  private _addGrad(t: number, d: Float64Array): void {
    let offset = 0;
    for (const p of this._params) {
      const data = p.data;
      for (let i = 0; i < data.length; i++) data[i] = data[i]! + t * d[offset + i]!;
      offset += data.length;
    }
  }

  private _cloneParam(): Float64Array[] {
    return this._params.map((p) => Float64Array.from(p.data));
  }

  private _setParam(x: Float64Array[]): void {
    this._params.forEach((p, i) => p.data.set(x[i]!));
  }

  /**
   * Runs up to `max_iter` L-BFGS iterations.
   * @param closure re-evaluates the model and returns the loss (required)
   * @returns the loss returned by the first closure call
   */
  override step(closure?: (() => unknown) | null): unknown {
    return super.step(closure);
  }

  protected override _step(closure?: (() => unknown) | null): unknown {
    if (typeof closure !== 'function') {
      throw new TypeError("LBFGS.step() missing 1 required positional argument: 'closure'");
    }
    const group = this.param_groups[0]! as unknown as Group<LBFGSOptions>;
    const lr = num(group.lr);
    const maxEval = group.max_eval!; // resolved in the constructor
    const { max_iter: maxIter, tolerance_grad: toleranceGrad, tolerance_change: toleranceChange } = group;
    const { line_search_fn: lineSearchFn, history_size: historySize } = group;
    const maximize = group.maximize === true;
    const sign = maximize ? -1 : 1;
    const evaluate = (): number => sign * num(enable_grad(closure));

    const state = this._paramState(this._params[0]!, group);

    const origLoss = enable_grad(closure);
    let loss = sign * num(origLoss);
    let currentEvals = 1;
    state.func_evals += 1;
    let flatGrad = this._gatherFlatGrad(maximize);
    let optCond = maxAbs(flatGrad) <= toleranceGrad;
    if (optCond) return this._finish(origLoss);

    // tensors cached in state (for tracing)
    let d = vec(state.d);
    let t = state.t ?? lr;
    let oldDirs = (state.old_dirs ?? []).map((v) => vec(v)!);
    let oldStps = (state.old_stps ?? []).map((v) => vec(v)!);
    let ro = (state.ro ?? []).slice();
    let hDiag = state.H_diag ?? 1;
    let prevFlatGrad = vec(state.prev_flat_grad);
    let prevLoss = state.prev_loss ?? loss;

    let nIter = 0;
    while (nIter < maxIter) {
      nIter += 1;
      state.n_iter += 1;
      // compute the descent direction
      if (state.n_iter === 1) {
        d = flatGrad.map((v) => -v);
        oldDirs = [];
        oldStps = [];
        ro = [];
        hDiag = 1;
      } else {
        const y = flatGrad.map((v, i) => v - prevFlatGrad![i]!);
        const s = d!.map((v) => v * t);
        const ys = dot(y, s); // y*s
        if (ys > 1e-10) {
          // updating memory
          if (oldDirs.length === historySize) {
            oldDirs.shift();
            oldStps.shift();
            ro.shift();
          }
          oldDirs.push(y);
          oldStps.push(s);
          ro.push(1 / ys);
          hDiag = ys / dot(y, y); // (y*y)
        }
        // compute the approximate (L-BFGS) inverse Hessian multiplied by the gradient
        const numOld = oldDirs.length;
        if (state.al === undefined) state.al = new Array<number | null>(historySize).fill(null);
        const al = state.al as (number | null)[];
        // iteration in L-BFGS loop collapsed to use just one buffer
        const q = flatGrad.map((v) => -v);
        for (let i = numOld - 1; i >= 0; i--) {
          al[i] = dot(oldStps[i]!, q) * ro[i]!;
          const a = al[i]!;
          const od = oldDirs[i]!;
          for (let k = 0; k < q.length; k++) q[k] = q[k]! + -a * od[k]!;
        }
        // r/d is the final direction
        const r = q.map((v) => v * hDiag);
        for (let i = 0; i < numOld; i++) {
          const beI = dot(oldDirs[i]!, r) * ro[i]!;
          const c = al[i]! - beI;
          const os = oldStps[i]!;
          for (let k = 0; k < r.length; k++) r[k] = r[k]! + c * os[k]!;
        }
        d = r;
      }
      prevFlatGrad = flatGrad.slice();
      prevLoss = loss;

      // compute the step length
      if (state.n_iter === 1) {
        let sumAbs = 0;
        for (let i = 0; i < flatGrad.length; i++) sumAbs += Math.abs(flatGrad[i]!);
        t = Math.min(1, 1 / sumAbs) * lr;
      } else {
        t = lr;
      }
      // directional derivative
      const gtd = dot(flatGrad, d!); // g * d
      // directional derivative is below tolerance
      if (gtd > -toleranceChange) break;

      // optional line search: user function
      let lsFuncEvals = 0;
      if (lineSearchFn !== null && lineSearchFn !== undefined) {
        if (lineSearchFn !== 'strong_wolfe') throw new RuntimeError("only 'strong_wolfe' is supported");
        const xInit = this._cloneParam();
        const obj = (x: Float64Array[], tt: number, dd: Float64Array): [number, Float64Array] => {
          this._addGrad(tt, dd);
          const f = evaluate();
          const g = this._gatherFlatGrad(maximize);
          this._setParam(x);
          return [f, g];
        };
        [loss, flatGrad, t, lsFuncEvals] = strongWolfe(obj, xInit, t, d!, loss, flatGrad, gtd, 1e-4, 0.9, 1e-9, maxEval - currentEvals);
        this._addGrad(t, d!);
        optCond = maxAbs(flatGrad) <= toleranceGrad;
      } else {
        // no line search, simply move with fixed step
        this._addGrad(t, d!);
        if (nIter !== maxIter) {
          // re-evaluate the function only if not in the last iteration: in a stochastic setting there is
          // no use re-evaluating it
          loss = evaluate();
          flatGrad = this._gatherFlatGrad(maximize);
          optCond = maxAbs(flatGrad) <= toleranceGrad;
          lsFuncEvals = 1;
        }
      }
      // update func eval
      currentEvals += lsFuncEvals;
      state.func_evals += lsFuncEvals;

      // check conditions
      if (nIter === maxIter) break;
      if (currentEvals >= maxEval) break;
      if (optCond) break; // optimal condition
      // lack of progress
      if (maxAbs(d!.map((v) => v * t)) <= toleranceChange) break;
      if (Math.abs(loss - prevLoss) < toleranceChange) break;
    }

    const dtype = this._params[0]!.dtype === 'float32' ? 'float32' : 'float64';
    state.d = asTensor(d, dtype);
    state.t = t;
    state.old_dirs = oldDirs.map((v) => asTensor(v, dtype));
    state.old_stps = oldStps.map((v) => asTensor(v, dtype));
    state.ro = ro;
    state.H_diag = hDiag;
    state.prev_flat_grad = asTensor(prevFlatGrad, dtype);
    state.prev_loss = prevLoss;
    return this._finish(origLoss);
  }

  protected override initState(): LBFGSState {
    return { func_evals: 0, n_iter: 0 };
  }

  private _finish(origLoss: unknown): unknown {
    this._c.count++;
    if (hasListeners()) {
      const updated = this._params.filter((p) => rawGrad(p) !== null).map((p) => p.id);
      const skipped = this._params.filter((p) => rawGrad(p) === null).map((p) => p.id);
      this._emitStep(updated, skipped);
    }
    return origLoss;
  }
}

/** A state value (Tensor, tensor-like or array) as a Float64Array, or null when absent. */
function vec(v: unknown): Float64Array | null {
  if (v === undefined || v === null) return null;
  if (v instanceof Tensor) return Float64Array.from(v.data);
  if (v instanceof Float64Array) return v;
  if (ArrayBuffer.isView(v)) return Float64Array.from(v as Float32Array);
  if (Array.isArray(v)) return Float64Array.from(v as number[]);
  const data = (v as { data?: unknown }).data;
  if (data !== undefined) return vec(Array.isArray(data) || ArrayBuffer.isView(data) ? data : Object.values(data as object));
  return null;
}

function asTensor(v: Float64Array | null, dtype: 'float32' | 'float64'): Tensor | null {
  if (v === null) return null;
  const data = dtype === 'float32' ? Float32Array.from(v) : v.slice();
  return Tensor._make(data, [v.length], dtype);
}
