import type { Tensor } from '../tensor';
import { Adam, ADAM_DEFAULTS, type AdamOptions } from './adam';
import type { ParamsInput } from './optimizer';
import { resolveOptions } from './common';

/**
 * Options of {@link AdamW}: Adam's, without `decoupled_weight_decay` (always on). `weight_decay` is the decoupled
 * decay λ, θ ← θ(1 − γλ) before the Adam step, and defaults to 0.01 (not 0 as in Adam).
 */
export type AdamWOptions = Omit<AdamOptions, 'decoupled_weight_decay'>;

const { decoupled_weight_decay: _decoupled, ...ADAM_KEYS } = ADAM_DEFAULTS;
const DEFAULTS: Required<AdamWOptions> = { ...ADAM_KEYS, weight_decay: 1e-2 };

/**
 * AdamW: Adam with decoupled weight decay (PyTorch `torch.optim.AdamW`, which in 2.7+ is
 * `Adam(..., decoupled_weight_decay=True)`).
 *
 * ```text
 * input: γ (lr), β1, β2 (betas), θ0 (params), f(θ) (objective), ε, λ (weight decay), amsgrad, maximize
 * initialize: m0 ← 0, v0 ← 0, v0_max ← 0
 * for t = 1 … do
 *     g_t ← ∇θ f_t(θ_{t-1})            (−∇ if maximize)
 *     θ_t ← θ_{t-1} − γλ θ_{t-1}         (decay the weights, not the gradient)
 *     m_t ← β1 m_{t-1} + (1 − β1) g_t
 *     v_t ← β2 v_{t-1} + (1 − β2) g_t²
 *     m̂_t ← m_t / (1 − β1^t)
 *     if amsgrad: v_t_max ← max(v_{t-1}_max, v_t);  v̂_t ← v_t_max / (1 − β2^t)
 *     else:       v̂_t ← v_t / (1 − β2^t)
 *     θ_t ← θ_t − γ m̂_t / (√v̂_t + ε)
 * return θ_t
 * ```
 * @remarks The decay uses the current group lr, so a scheduler scales the decay too. The decay never enters
 * the moments (that is the difference from Adam's L2 `weight_decay`).
 * @see https://pytorch.org/docs/stable/generated/torch.optim.AdamW.html
 * @see Loshchilov & Hutter, "Decoupled Weight Decay Regularization", https://arxiv.org/abs/1711.05101
 */
export class AdamW extends Adam {
  static override readonly pyName: string = 'AdamW';

  constructor(params: ParamsInput, options?: AdamWOptions | number | Tensor, moreOptions?: AdamWOptions) {
    const o = resolveOptions('AdamW', options, moreOptions, DEFAULTS);
    super(params, { ...o, decoupled_weight_decay: true });
  }

  /** 2.7+: `AdamW.__setstate__` forces `decoupled_weight_decay = True` on load. */
  protected override _setstate(): void {
    super._setstate();
    for (const g of this.param_groups) g['decoupled_weight_decay'] = true;
  }
}
