import { Tensor, type Storage } from '../tensor';
import { ValueError } from './errors';
import { arithOf } from './f32';
import { Optimizer, type Group, type ParamsInput } from './optimizer';
import { resolveOptions, validateAdamLike, type OptimizerOptions } from './common';
import { num, scalarTensor, zerosLike } from './scalar';
import { pyNum } from './py-format';
import { decoupled, mul, neg } from './lr-type-error';
import type { ParamGroup } from './param-groups';

/** Options of {@link NAdam} (PyTorch 2.x keyword arguments). */
export interface NAdamOptions extends OptimizerOptions {
  /** Learning rate γ. Defaults to 2e-3. */
  lr?: number | Tensor;
  /** Coefficients (β1, β2) of the running averages. Defaults to [0.9, 0.999]. */
  betas?: [number, number] | number[];
  /** ε added to the denominator. Defaults to 1e-8. */
  eps?: number;
  /** Weight decay λ. Defaults to 0. */
  weight_decay?: number;
  /** Momentum decay ψ (the μ_t schedule). Defaults to 4e-3. */
  momentum_decay?: number;
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

const DEFAULTS: Required<NAdamOptions> = {
  lr: 2e-3, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, momentum_decay: 4e-3, decoupled_weight_decay: false,
  maximize: false, foreach: null, capturable: false, differentiable: false,
};

/** Per-parameter state (`optimizer.state.get(p)`), PyTorch's keys; `mu_product` is a 0-dim tensor. */
export type NAdamState = { step: Tensor; mu_product: Tensor; exp_avg: Tensor; exp_avg_sq: Tensor };

export interface NAdamKernelState {
  step: number;
  /** Π μ_i so far (stored in the default dtype: rounded to float32 unless float64 is the default). */
  mu_product: number;
  exp_avg: Storage;
  exp_avg_sq: Storage;
}

export interface NAdamUpdateOptions {
  lr: number; beta1: number; beta2: number; eps: number; weight_decay: number; momentum_decay: number;
  decoupled_weight_decay: boolean; maximize: boolean;
  /** Round `mu_product` to float32 after each multiply (PyTorch's default dtype is float32). Defaults to false. */
  float32_scalars?: boolean;
}

/**
 * NAdam: Adam with Nesterov momentum (PyTorch `torch.optim.NAdam`, 2.x formula).
 *
 * ```text
 * input: γ (lr), β1, β2 (betas), θ0 (params), f(θ) (objective), λ (weight decay), ψ (momentum decay), ε
 * initialize: m0 ← 0, v0 ← 0
 * for t = 1 … do
 *     g_t ← ∇θ f_t(θ_{t-1})            (−∇ if maximize)
 *     if λ ≠ 0:
 *         if decoupled_weight_decay: θ_{t-1} ← θ_{t-1} − γλ θ_{t-1}
 *         else:                      g_t ← g_t + λ θ_{t-1}
 *     μ_t   ← β1 (1 − ½ · 0.96^(t ψ))
 *     μ_t+1 ← β1 (1 − ½ · 0.96^((t+1) ψ))
 *     m_t ← β1 m_{t-1} + (1 − β1) g_t
 *     v_t ← β2 v_{t-1} + (1 − β2) g_t²
 *     m̂_t ← μ_t+1 m_t / (1 − Π_{i=1}^{t+1} μ_i) + (1 − μ_t) g_t / (1 − Π_{i=1}^{t} μ_i)
 *     v̂_t ← v_t / (1 − β2^t)
 *     θ_t ← θ_{t-1} − γ m̂_t / (√v̂_t + ε)
 * return θ_t
 * ```
 * @remarks PyTorch 2.0 fixed the 1.13 bug that counted μ_t twice in Π μ_i (docs/pytorch-optim-spec.md §6 N2);
 * this is the 2.x formula. `mu_product` is a 0-dim tensor of the default dtype.
 * @see https://pytorch.org/docs/stable/generated/torch.optim.NAdam.html
 * @see Dozat, "Incorporating Nesterov Momentum into Adam", ICLR 2016 workshop
 */
export class NAdam extends Optimizer<NAdamOptions, NAdamState> {
  static override readonly pyName: string = 'NAdam';

  constructor(params: ParamsInput, options?: NAdamOptions | number | Tensor, moreOptions?: NAdamOptions) {
    const o = resolveOptions('NAdam', options, moreOptions, DEFAULTS);
    validateAdamLike(o);
    if (!(0 <= o.momentum_decay)) throw new ValueError(`Invalid momentum_decay value: ${pyNum(o.momentum_decay)}`);
    super(params, { ...o, betas: [...o.betas] });
    this._emitCreate();
  }

  /** `lr * weight_decay` with decoupled weight decay, else `-lr`. */
  protected override _lrFirstUse(lr: unknown, t: string, g: ParamGroup): string | null {
    return decoupled(g) ? mul(lr, t) : neg(t);
  }

  protected override initState(p: Tensor): NAdamState {
    return { step: scalarTensor(0), mu_product: scalarTensor(1), exp_avg: zerosLike(p), exp_avg_sq: zerosLike(p) };
  }

  protected override _update(p: Tensor, grad: Tensor, group: Group<NAdamOptions>, st: NAdamState): void {
    const ks: NAdamKernelState = {
      step: st.step.data[0]!, mu_product: st.mu_product.data[0]!, exp_avg: st.exp_avg.data, exp_avg_sq: st.exp_avg_sq.data,
    };
    nadamUpdate(p.data, grad.data, ks, {
      lr: num(group.lr), beta1: num(group.betas[0]), beta2: num(group.betas[1]), eps: group.eps,
      weight_decay: group.weight_decay, momentum_decay: group.momentum_decay,
      decoupled_weight_decay: group.decoupled_weight_decay === true, maximize: group.maximize === true,
      float32_scalars: st.mu_product.dtype === 'float32',
    });
    st.step.data[0] = ks.step;
    st.mu_product.data[0] = ks.mu_product;
  }
}

/** One NAdam update of `param` in place (PyTorch 2.x `_single_tensor_nadam`); updates `step` and `mu_product`. */
export function nadamUpdate(param: Storage, grad: Storage, state: NAdamKernelState, o: NAdamUpdateOptions): void {
  const { lr, beta1, beta2, eps, weight_decay: wd, momentum_decay: psi, decoupled_weight_decay: decoupled, maximize } = o;
  const { r, fma, addcmul, addcdiv, lerp } = arithOf(param);
  const t = (state.step += 1);
  const bc2 = r(1 - beta2 ** t);
  const mu = beta1 * (1 - 0.5 * 0.96 ** (t * psi));
  const muNext = beta1 * (1 - 0.5 * 0.96 ** ((t + 1) * psi));
  // `mu_product *= mu` on a float32 0-dim tensor casts the Python float mu to float32 before multiplying
  const muProduct = o.float32_scalars ? Math.fround(state.mu_product * Math.fround(mu)) : state.mu_product * mu;
  state.mu_product = muProduct;
  const muProductNext = muProduct * muNext;
  const c1 = (-lr * (1 - mu)) / (1 - muProduct);
  const c2 = (-lr * muNext) / (1 - muProductNext);
  const decay = r(1 - lr * wd);
  const beta2D = r(beta2), epsD = r(eps);
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
    const denom = r(r(Math.sqrt(r(v[i]! / bc2))) + epsD); // exp_avg_sq.div(bias_correction2).sqrt(), then add_(eps)
    param[i] = addcdiv(param[i]!, d, denom, c1);
    param[i] = addcdiv(param[i]!, m[i]!, denom, c2);
  }
}
