import { Tensor, type Storage } from '../tensor';
import { gradStorage } from './grad';
import { arithOf } from './f32';
import { Optimizer, type Group, type ParamsInput } from './optimizer';
import { checkFused, resolveOptions, validateAdamLike, type OptimizerOptions } from './common';
import { num, scalarTensor, zerosLike } from './scalar';
import { decoupled, div, mul } from './lr-type-error';
import type { ParamGroup } from './param-groups';

/** Options of {@link Adam} (PyTorch 2.x keyword arguments). */
export interface AdamOptions extends OptimizerOptions {
  /** Learning rate γ. Defaults to 1e-3. */
  lr?: number | Tensor;
  /** Coefficients (β1, β2) of the running averages of the gradient and its square. Defaults to [0.9, 0.999]. */
  betas?: [number, number] | number[];
  /** ε added to the denominator for numerical stability. Defaults to 1e-8. */
  eps?: number;
  /** Weight decay λ (L2 penalty; decoupled when `decoupled_weight_decay`). Defaults to 0. */
  weight_decay?: number;
  /** Use the AMSGrad variant (keep the maximum of the second moment). Defaults to false. */
  amsgrad?: boolean;
  /** Maximize instead of minimize. Defaults to false. */
  maximize?: boolean;
  /** Accepted for compatibility. Defaults to null. */
  foreach?: boolean | null;
  /** Accepted for compatibility (CUDA graphs). Defaults to false. */
  capturable?: boolean;
  /** Accepted for compatibility. Defaults to false. */
  differentiable?: boolean;
  /** Accepted for compatibility. Defaults to null. */
  fused?: boolean | null;
  /** Decay the parameters directly, AdamW-style (PyTorch 2.7+). Defaults to false. */
  decoupled_weight_decay?: boolean;
}

/** Adam's defaults in PyTorch's key order (AdamW derives its own from them). */
export const ADAM_DEFAULTS: Readonly<Required<AdamOptions>> = {
  lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, amsgrad: false, maximize: false, foreach: null,
  capturable: false, differentiable: false, fused: null, decoupled_weight_decay: false,
};

/** Per-parameter state (`optimizer.state.get(p)`), PyTorch's keys; `max_exp_avg_sq` only with amsgrad. */
export type AdamState = { step: Tensor; exp_avg: Tensor; exp_avg_sq: Tensor; max_exp_avg_sq?: Tensor };

/** Per-parameter state as the pure update function sees it (`step` is incremented by the function). */
export interface AdamKernelState {
  step: number;
  exp_avg: Storage;
  exp_avg_sq: Storage;
  max_exp_avg_sq: Storage | null;
}

/** Hyper-parameters of one {@link adamUpdate} call. */
export interface AdamUpdateOptions {
  lr: number; beta1: number; beta2: number; eps: number; weight_decay: number;
  amsgrad: boolean; maximize: boolean; decoupled_weight_decay: boolean;
}

/**
 * Adam (PyTorch `torch.optim.Adam`).
 *
 * ```text
 * input: γ (lr), β1, β2 (betas), θ0 (params), f(θ) (objective), λ (weight decay), amsgrad, maximize, ε
 * initialize: m0 ← 0 (first moment), v0 ← 0 (second moment), v0_max ← 0
 * for t = 1 … do
 *     g_t ← ∇θ f_t(θ_{t-1})            (−∇ if maximize)
 *     if λ ≠ 0:
 *         if decoupled_weight_decay: θ_{t-1} ← θ_{t-1} (1 − γλ)
 *         else:                      g_t ← g_t + λ θ_{t-1}
 *     m_t ← β1 m_{t-1} + (1 − β1) g_t
 *     v_t ← β2 v_{t-1} + (1 − β2) g_t²
 *     m̂_t ← m_t / (1 − β1^t)
 *     if amsgrad: v_t_max ← max(v_{t-1}_max, v_t);  v̂_t ← v_t_max / (1 − β2^t)
 *     else:       v̂_t ← v_t / (1 − β2^t)
 *     θ_t ← θ_{t-1} − γ m̂_t / (√v̂_t + ε)
 * return θ_t
 * ```
 * @remarks ε is added after the bias correction of √v (as in the paper's final form), and AMSGrad keeps the
 * maximum of the raw v_t, not of v̂_t. The bias correction uses each parameter's own step count.
 * @see https://pytorch.org/docs/stable/generated/torch.optim.Adam.html
 * @see Kingma & Ba, "Adam: A Method for Stochastic Optimization", https://arxiv.org/abs/1412.6980
 */
export class Adam extends Optimizer<AdamOptions, AdamState> {
  static override readonly pyName: string = 'Adam';

  constructor(params: ParamsInput, options?: AdamOptions | number | Tensor, moreOptions?: AdamOptions) {
    const o = resolveOptions('Adam', options, moreOptions, ADAM_DEFAULTS);
    validateAdamLike(o);
    checkFused(o.fused, o.foreach, o.differentiable);
    super(params, { ...o, betas: [...o.betas] });
    this._emitCreate();
  }

  /** `lr * weight_decay` with decoupled weight decay, else `lr / bias_correction1` (AdamW too). */
  protected override _lrFirstUse(lr: unknown, t: string, g: ParamGroup): string | null {
    return decoupled(g) ? mul(lr, t) : div(t);
  }

  protected override initState(p: Tensor, group: Group<AdamOptions>): AdamState {
    const st: AdamState = { step: scalarTensor(0), exp_avg: zerosLike(p), exp_avg_sq: zerosLike(p) };
    if (group.amsgrad) st.max_exp_avg_sq = zerosLike(p);
    return st;
  }

  protected override _update(p: Tensor, grad: Tensor, group: Group<AdamOptions>, st: AdamState): void {
    const amsgrad = group.amsgrad === true;
    if (amsgrad && st.max_exp_avg_sq === undefined) st.max_exp_avg_sq = zerosLike(p);
    // the kernel's arguments in reused objects (it keeps neither): no allocation per parameter and step
    const ks = KS;
    ks.step = st.step.data[0]!;
    ks.exp_avg = st.exp_avg.data;
    ks.exp_avg_sq = st.exp_avg_sq.data;
    ks.max_exp_avg_sq = amsgrad ? st.max_exp_avg_sq!.data : null;
    const o = OPTS;
    o.lr = num(group.lr);
    o.beta1 = num(group.betas[0]);
    o.beta2 = num(group.betas[1]);
    o.eps = group.eps;
    o.weight_decay = group.weight_decay;
    o.amsgrad = amsgrad;
    o.maximize = group.maximize === true;
    o.decoupled_weight_decay = group.decoupled_weight_decay === true;
    adamUpdate(p.data, gradStorage(grad), ks, o);
    st.step.data[0] = ks.step;
    ks.exp_avg = ks.exp_avg_sq = NONE;
    ks.max_exp_avg_sq = null;
  }
}

const NONE = new Float64Array(0);
const KS: AdamKernelState = { step: 0, exp_avg: NONE, exp_avg_sq: NONE, max_exp_avg_sq: null };
const OPTS: AdamUpdateOptions = {
  lr: 0, beta1: 0, beta2: 0, eps: 0, weight_decay: 0, amsgrad: false, maximize: false, decoupled_weight_decay: false,
};

/** The last β1^t and β2^t computed ([β, t, β^t] each): a step asks for the same powers for every parameter. */
const POWERS = new Float64Array(6);
POWERS[0] = POWERS[3] = NaN;
function betaPow(k: 0 | 3, beta: number, t: number): number {
  const c = POWERS;
  if (c[k] !== beta || c[k + 1] !== t) {
    c[k] = beta;
    c[k + 1] = t;
    c[k + 2] = beta ** t;
  }
  return c[k + 2];
}

/**
 * One Adam update of `param` in place (PyTorch `_single_tensor_adam` for one tensor); increments `state.step`.
 * Computes in double and stores into the typed arrays (float32 state rounds like PyTorch's float32 tensors).
 */
export function adamUpdate(param: Storage, grad: Storage, state: AdamKernelState, o: AdamUpdateOptions): void {
  const { lr, beta1, beta2, eps, weight_decay: wd, amsgrad, maximize, decoupled_weight_decay: decoupled } = o;
  const { r, fma, addcmul, addcdiv, lerp } = arithOf(param);
  const t = (state.step += 1);
  const m = state.exp_avg;
  const v = state.exp_avg_sq;
  const vmax = state.max_exp_avg_sq;
  // Python floats (double), each cast to the dtype where it enters an op
  const stepSize = lr / (1 - betaPow(0, beta1, t));
  // Python's `bias_correction2 ** 0.5`; for x ≥ +0 (1 − β2^t never is −0) x ** 0.5 and sqrt(x) are the same double
  const bc2Sqrt = r(Math.sqrt(1 - betaPow(3, beta2, t)));
  const decay = r(1 - lr * wd);
  const epsD = r(eps);
  const beta2D = r(beta2);
  for (let i = 0; i < param.length; i++) {
    let d = maximize ? -grad[i]! : grad[i]!;
    if (wd !== 0) {
      if (decoupled) param[i] = r(param[i]! * decay); // param.mul_(1 - lr * weight_decay)
      else d = fma(d, param[i]!, wd); // grad.add(param, alpha=weight_decay)
    }
    m[i] = lerp(m[i]!, d, 1 - beta1);
    v[i] = addcmul(r(v[i]! * beta2D), d, d, 1 - beta2); // exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
    let sq = v[i]!;
    if (amsgrad && vmax !== null) sq = vmax[i] = Math.max(vmax[i]!, v[i]!);
    const denom = r(r(r(Math.sqrt(sq)) / bc2Sqrt) + epsD); // (sqrt / bias_correction2_sqrt).add_(eps)
    param[i] = addcdiv(param[i]!, m[i]!, denom, -stepSize);
  }
}
