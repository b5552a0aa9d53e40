import { Tensor, type Storage } from '../tensor';
import { arithOf } from './f32';
import { Optimizer, type Group, type ParamsInput } from './optimizer';
import { resolveOptions, validateAdamLike, type OptimizerOptions } from './common';
import { num, scalarTensor, zerosLike } from './scalar';
import { div } from './lr-type-error';

/** Options of {@link Adamax} (PyTorch 2.x keyword arguments). */
export interface AdamaxOptions extends OptimizerOptions {
  /** Learning rate γ. Defaults to 2e-3. */
  lr?: number | Tensor;
  /** Coefficients (β1, β2) for the running average and the infinity norm. Defaults to [0.9, 0.999]. */
  betas?: [number, number] | number[];
  /** ε added to |g| inside the max. Defaults to 1e-8. */
  eps?: number;
  /** Weight decay λ (L2 penalty). Defaults to 0. */
  weight_decay?: number;
  /** Accepted for compatibility. Defaults to null. */
  foreach?: boolean | null;
  /** Maximize instead of minimize. Defaults to false. */
  maximize?: boolean;
  /** Accepted for compatibility. Defaults to false. */
  differentiable?: boolean;
  /** Accepted for compatibility. Defaults to false. */
  capturable?: boolean;
}

const DEFAULTS: Required<AdamaxOptions> = {
  lr: 2e-3, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, foreach: null, maximize: false,
  differentiable: false, capturable: false,
};

/** Per-parameter state (`optimizer.state.get(p)`), PyTorch's keys. */
export type AdamaxState = { step: Tensor; exp_avg: Tensor; exp_inf: Tensor };

export interface AdamaxKernelState {
  step: number;
  exp_avg: Storage;
  exp_inf: Storage;
}

export interface AdamaxUpdateOptions {
  lr: number; beta1: number; beta2: number; eps: number; weight_decay: number; maximize: boolean;
}

/**
 * Adamax: Adam with the infinity norm (PyTorch `torch.optim.Adamax`).
 *
 * ```text
 * input: γ (lr), β1, β2 (betas), θ0 (params), f(θ) (objective), λ (weight decay), ε
 * initialize: m0 ← 0 (first moment), u0 ← 0 (infinity norm)
 * for t = 1 … do
 *     g_t ← ∇θ f_t(θ_{t-1})            (−∇ if maximize)
 *     if λ ≠ 0: g_t ← g_t + λ θ_{t-1}
 *     m_t ← β1 m_{t-1} + (1 − β1) g_t
 *     u_t ← max(β2 u_{t-1}, |g_t| + ε)
 *     θ_t ← θ_{t-1} − γ m_t / ((1 − β1^t) u_t)
 * return θ_t
 * ```
 * @remarks ε is added to |g_t| inside the max, not to the denominator (tfjs adds it to the denominator).
 * @see https://pytorch.org/docs/stable/generated/torch.optim.Adamax.html
 * @see Kingma & Ba, "Adam: A Method for Stochastic Optimization", section 7
 */
export class Adamax extends Optimizer<AdamaxOptions, AdamaxState> {
  static override readonly pyName: string = 'Adamax';

  constructor(params: ParamsInput, options?: AdamaxOptions | number | Tensor, moreOptions?: AdamaxOptions) {
    const o = resolveOptions('Adamax', options, moreOptions, DEFAULTS);
    validateAdamLike(o);
    super(params, { ...o, betas: [...o.betas] });
    this._emitCreate();
  }

  /** `lr / bias_correction`. */
  protected override _lrFirstUse(_lr: unknown, t: string): string | null {
    return div(t);
  }

  protected override initState(p: Tensor): AdamaxState {
    return { step: scalarTensor(0), exp_avg: zerosLike(p), exp_inf: zerosLike(p) };
  }

  protected override _update(p: Tensor, grad: Tensor, group: Group<AdamaxOptions>, st: AdamaxState): void {
    const ks: AdamaxKernelState = { step: st.step.data[0]!, exp_avg: st.exp_avg.data, exp_inf: st.exp_inf.data };
    adamaxUpdate(p.data, grad.data, ks, {
      lr: num(group.lr), beta1: num(group.betas[0]), beta2: num(group.betas[1]), eps: group.eps,
      weight_decay: group.weight_decay, maximize: group.maximize === true,
    });
    st.step.data[0] = ks.step;
  }
}

/** One Adamax update of `param` in place (PyTorch `_single_tensor_adamax`); increments `state.step`. */
export function adamaxUpdate(param: Storage, grad: Storage, state: AdamaxKernelState, o: AdamaxUpdateOptions): void {
  const { lr, beta1, beta2, eps, weight_decay: wd, maximize } = o;
  const { r, fma, addcdiv, lerp } = arithOf(param);
  const t = (state.step += 1);
  const m = state.exp_avg;
  const u = state.exp_inf;
  const clr = lr / (1 - beta1 ** t);
  const beta2D = r(beta2), epsD = r(eps);
  for (let i = 0; i < param.length; i++) {
    let d = maximize ? -grad[i]! : grad[i]!;
    if (wd !== 0) d = fma(d, param[i]!, wd);
    m[i] = lerp(m[i]!, d, 1 - beta1);
    // torch.maximum(exp_inf.mul_(beta2), grad.abs().add_(eps))
    u[i] = Math.max(r(u[i]! * beta2D), r(Math.abs(d) + epsD));
    param[i] = addcdiv(param[i]!, m[i]!, u[i]!, -clr);
  }
}
