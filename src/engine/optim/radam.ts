import { Tensor, type Storage } from '../tensor';
import { arithOf } from './f32';
import { Optimizer, type Group, type ParamsInput } from './optimizer';
import { resolveOptions, validateAdamLike, type OptimizerOptions } from './common';
import { num, scalarTensor, zerosLike } from './scalar';
import { decoupled, isSequence, mul } from './lr-type-error';
import type { ParamGroup } from './param-groups';

/** Options of {@link RAdam} (PyTorch 2.x keyword arguments). */
export interface RAdamOptions extends OptimizerOptions {
  /** Learning rate γ. Defaults to 1e-3. */
  lr?: number | Tensor;
  /** Coefficients (β1, β2) of the running averages. Defaults to [0.9, 0.999]. */
  betas?: [number, number] | number[];
  /** ε added to the denominator. Defaults to 1e-8. */
  eps?: number;
  /** Weight decay λ. Defaults to 0. */
  weight_decay?: number;
  /** Decay the parameters directly, AdamW-style (PyTorch 2.1+). Defaults to false. */
  decoupled_weight_decay?: boolean;
  /** Accepted for compatibility. Defaults to null. */
  foreach?: boolean | null;
  /** Maximize instead of minimize (PyTorch 2.4+). Defaults to false. */
  maximize?: boolean;
  /** Accepted for compatibility. Defaults to false. */
  capturable?: boolean;
  /** Accepted for compatibility. Defaults to false. */
  differentiable?: boolean;
}

const DEFAULTS: Required<RAdamOptions> = {
  lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, decoupled_weight_decay: false, foreach: null,
  maximize: false, capturable: false, differentiable: false,
};
const KEY_ORDER = ['lr', 'betas', 'eps', 'weight_decay', 'maximize', 'foreach', 'capturable', 'decoupled_weight_decay', 'differentiable'] as const;

/** Per-parameter state (`optimizer.state.get(p)`), PyTorch's keys. */
export type RAdamState = { step: Tensor; exp_avg: Tensor; exp_avg_sq: Tensor };

export interface RAdamKernelState {
  step: number;
  exp_avg: Storage;
  exp_avg_sq: Storage;
}

export interface RAdamUpdateOptions {
  lr: number; beta1: number; beta2: number; eps: number; weight_decay: number; decoupled_weight_decay: boolean; maximize: boolean;
}

/**
 * RAdam: rectified Adam (PyTorch `torch.optim.RAdam`).
 *
 * ```text
 * input: γ (lr), β1, β2 (betas), θ0 (params), f(θ) (objective), λ (weight decay), ε
 * initialize: m0 ← 0, v0 ← 0, ρ_∞ ← 2/(1 − β2) − 1
 * for t = 1 … do
 *     g_t ← ∇θ f_t(θ_{t-1})            (−∇ if maximize)
 *     if λ ≠ 0:
 *         if decoupled_weight_decay: θ_{t-1} ← θ_{t-1} − γλ θ_{t-1}
 *         else:                      g_t ← g_t + λ θ_{t-1}
 *     m_t ← β1 m_{t-1} + (1 − β1) g_t
 *     v_t ← β2 v_{t-1} + (1 − β2) g_t²
 *     m̂_t ← m_t / (1 − β1^t)
 *     ρ_t ← ρ_∞ − 2 t β2^t / (1 − β2^t)
 *     if ρ_t > 5:
 *         l_t ← √(1 − β2^t) / (√v_t + ε)
 *         r_t ← √((ρ_t − 4)(ρ_t − 2) ρ_∞ / ((ρ_∞ − 4)(ρ_∞ − 2) ρ_t))
 *         θ_t ← θ_{t-1} − γ m̂_t r_t l_t
 *     else:
 *         θ_t ← θ_{t-1} − γ m̂_t
 * return θ_t
 * ```
 * @remarks With β2 = 0.999 the first five steps take the un-rectified branch (plain momentum, no
 * denominator); the threshold is strictly ρ_t > 5.
 * @see https://pytorch.org/docs/stable/generated/torch.optim.RAdam.html
 * @see Liu et al., "On the Variance of the Adaptive Learning Rate and Beyond", https://arxiv.org/abs/1908.03265
 */
export class RAdam extends Optimizer<RAdamOptions, RAdamState> {
  static override readonly pyName: string = 'RAdam';

  constructor(params: ParamsInput, options?: RAdamOptions | number | Tensor, moreOptions?: RAdamOptions) {
    const o = resolveOptions('RAdam', options, moreOptions, DEFAULTS);
    validateAdamLike(o);
    const defaults: Record<string, unknown> = {};
    for (const k of KEY_ORDER) defaults[k] = k === 'betas' ? [...o.betas] : o[k];
    super(params, defaults);
    this._emitCreate();
  }

  /** `lr * weight_decay` with decoupled weight decay, else `bias_corrected_exp_avg * lr` (a Tensor times lr). */
  protected override _lrFirstUse(lr: unknown, t: string, g: ParamGroup): string | null {
    if (decoupled(g)) return mul(lr, t);
    return isSequence(lr) ? 'only integer tensors of a single element can be converted to an index' : `unsupported operand type(s) for *: 'Tensor' and '${t}'`;
  }

  protected override initState(p: Tensor): RAdamState {
    return { step: scalarTensor(0), exp_avg: zerosLike(p), exp_avg_sq: zerosLike(p) };
  }

  protected override _update(p: Tensor, grad: Tensor, group: Group<RAdamOptions>, st: RAdamState): void {
    const ks: RAdamKernelState = { step: st.step.data[0]!, exp_avg: st.exp_avg.data, exp_avg_sq: st.exp_avg_sq.data };
    radamUpdate(p.data, grad.data, ks, {
      lr: num(group.lr), beta1: num(group.betas[0]), beta2: num(group.betas[1]), eps: group.eps,
      weight_decay: group.weight_decay, decoupled_weight_decay: group.decoupled_weight_decay === true,
      maximize: group.maximize === true,
    });
    st.step.data[0] = ks.step;
  }
}

/** One RAdam update of `param` in place (PyTorch `_single_tensor_radam`); increments `state.step`. */
export function radamUpdate(param: Storage, grad: Storage, state: RAdamKernelState, o: RAdamUpdateOptions): void {
  const { lr, beta1, beta2, eps, weight_decay: wd, decoupled_weight_decay: decoupled, maximize } = o;
  const { r, fma, addcmul, lerp } = arithOf(param);
  const t = (state.step += 1);
  const bc1 = r(1 - beta1 ** t);
  const bc2 = 1 - beta2 ** t;
  const rhoInf = 2 / (1 - beta2) - 1;
  const rhoT = rhoInf - (2 * t * beta2 ** t) / bc2;
  const rectified = rhoT > 5;
  const rect = r(rectified ? ((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT)) ** 0.5 : 0);
  const bc2Sqrt = r(bc2 ** 0.5);
  const decay = r(1 - lr * wd);
  const lrD = r(lr), beta2D = r(beta2), epsD = r(eps);
  const m = state.exp_avg;
  const v = state.exp_avg_sq;
  for (let i = 0; i < param.length; i++) {
    let d = maximize ? -grad[i]! : grad[i]!;
    if (wd !== 0) {
      if (decoupled) param[i] = r(param[i]! * decay);
      else d = fma(d, param[i]!, wd);
    }
    m[i] = lerp(m[i]!, d, 1 - beta1);
    v[i] = addcmul(r(v[i]! * beta2D), d, d, 1 - beta2);
    const mHat = r(m[i]! / bc1); // exp_avg / bias_correction1
    if (rectified) {
      // bias_correction2**0.5 / (sqrt + eps) is Tensor.__rtruediv__: reciprocal() * other
      const adaptive = r(r(1 / r(r(Math.sqrt(v[i]!)) + epsD)) * bc2Sqrt);
      param[i] = r(param[i]! - r(r(r(mHat * lrD) * adaptive) * rect));
    } else {
      param[i] = r(param[i]! - r(mHat * lrD));
    }
  }
}
