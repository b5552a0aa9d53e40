import { Tensor, type Storage } from '../tensor';
import { gradStorage } from './grad';
import { ValueError } from './errors';
import { arithOf } from './f32';
import { Optimizer, type Group, type ParamsInput } from './optimizer';
import { checkEps, checkFused, checkLr, checkWeightDecay, resolveOptions, type OptimizerOptions } from './common';
import { fullLike, num, scalarTensor } from './scalar';
import { pyNum } from './py-format';
import { div } from './lr-type-error';

/** Options of {@link Adagrad} (PyTorch 2.x keyword arguments). */
export interface AdagradOptions extends OptimizerOptions {
  /** Learning rate γ. Defaults to 1e-2. */
  lr?: number | Tensor;
  /** Learning-rate decay η: step t uses γ / (1 + (t − 1)η). Defaults to 0. */
  lr_decay?: number;
  /** Weight decay λ (L2 penalty). Defaults to 0. */
  weight_decay?: number;
  /** Starting value τ of the sum of squared gradients. Defaults to 0. */
  initial_accumulator_value?: number;
  /** ε added to the denominator. Defaults to 1e-10. */
  eps?: number;
  /** Accepted for compatibility. Defaults to null. */
  foreach?: boolean | null;
  /** Maximize instead of minimize. Defaults to false. */
  maximize?: boolean;
  /** Accepted for compatibility. Defaults to false. */
  differentiable?: boolean;
  /** Accepted for compatibility. Defaults to null. */
  fused?: boolean | null;
}

const DEFAULTS: Required<AdagradOptions> = {
  lr: 1e-2, lr_decay: 0, eps: 1e-10, weight_decay: 0, initial_accumulator_value: 0, foreach: null,
  maximize: false, differentiable: false, fused: null,
};

/** Per-parameter state (`optimizer.state.get(p)`), PyTorch's keys. */
export type AdagradState = { step: Tensor; sum: Tensor };

export interface AdagradKernelState {
  step: number;
  sum: Storage;
}

export interface AdagradUpdateOptions {
  lr: number; lr_decay: number; weight_decay: number; eps: number; maximize: boolean;
}

/**
 * Adagrad (PyTorch `torch.optim.Adagrad`).
 *
 * ```text
 * input: γ (lr), θ0 (params), f(θ) (objective), λ (weight decay), τ (initial accumulator value), η (lr decay)
 * initialize: state_sum_0 ← τ
 * for t = 1 … do
 *     g_t ← ∇θ f_t(θ_{t-1})            (−∇ if maximize)
 *     γ̃ ← γ / (1 + (t − 1) η)
 *     if λ ≠ 0: g_t ← g_t + λ θ_{t-1}
 *     state_sum_t ← state_sum_{t-1} + g_t²
 *     θ_t ← θ_{t-1} − γ̃ g_t / (√state_sum_t + ε)
 * return θ_t
 * ```
 * @remarks The state is created in the constructor for every parameter (so `state_dict()` lists all of them
 * before any step), with `initial_accumulator_value` from the constructor options. A parameter added later
 * with `add_param_group` gets its state at its first step (PyTorch 2.14 behaviour).
 * @see https://pytorch.org/docs/stable/generated/torch.optim.Adagrad.html
 * @see Duchi et al., "Adaptive Subgradient Methods for Online Learning and Stochastic Optimization", JMLR 2011
 */
export class Adagrad extends Optimizer<AdagradOptions, AdagradState> {
  static override readonly pyName: string = 'Adagrad';

  constructor(params: ParamsInput, options?: AdagradOptions | number | Tensor, moreOptions?: AdagradOptions) {
    const o = resolveOptions('Adagrad', options, moreOptions, DEFAULTS);
    checkLr(o.lr);
    if (!(0 <= o.lr_decay)) throw new ValueError(`Invalid lr_decay value: ${pyNum(o.lr_decay)}`);
    checkWeightDecay(o.weight_decay);
    if (!(0 <= o.initial_accumulator_value)) {
      throw new ValueError(`Invalid initial_accumulator_value value: ${pyNum(o.initial_accumulator_value)}`);
    }
    checkEps(o.eps);
    checkFused(o.fused, o.foreach, o.differentiable);
    super(params, { ...o });
    // eager state for every param of every group, from the constructor argument
    for (const g of this.param_groups) for (const p of g.params) this.state.set(p, this.initState(p));
    this._emitCreate();
  }

  /** `lr / (1 + (step - 1) * lr_decay)`. */
  protected override _lrFirstUse(_lr: unknown, t: string): string | null {
    return div(t);
  }

  protected override initState(p: Tensor): AdagradState {
    return { step: scalarTensor(0), sum: fullLike(p, this.defaults['initial_accumulator_value'] as number) };
  }

  protected override _update(p: Tensor, grad: Tensor, group: Group<AdagradOptions>, st: AdagradState): void {
    // the kernel's arguments in reused objects (it keeps neither): no allocation per parameter and step
    const ks = KS;
    ks.step = st.step.data[0]!;
    ks.sum = st.sum.data;
    const o = OPTS;
    o.lr = num(group.lr);
    o.lr_decay = group.lr_decay;
    o.weight_decay = group.weight_decay;
    o.eps = group.eps;
    o.maximize = group.maximize === true;
    adagradUpdate(p.data, gradStorage(grad), ks, o);
    st.step.data[0] = ks.step;
    ks.sum = NONE;
  }
}

const NONE = new Float64Array(0);
const KS: AdagradKernelState = { step: 0, sum: NONE };
const OPTS: AdagradUpdateOptions = { lr: 0, lr_decay: 0, weight_decay: 0, eps: 0, maximize: false };

/** One Adagrad update of `param` in place (PyTorch `_single_tensor_adagrad`); increments `state.step`. */
export function adagradUpdate(param: Storage, grad: Storage, state: AdagradKernelState, o: AdagradUpdateOptions): void {
  const { lr, lr_decay, weight_decay: wd, eps, maximize } = o;
  const { r, fma, addcmul, addcdiv } = arithOf(param);
  const t = (state.step += 1);
  const clr = lr / (1 + (t - 1) * lr_decay);
  const epsD = r(eps);
  const sum = state.sum;
  for (let i = 0; i < param.length; i++) {
    let d = maximize ? -grad[i]! : grad[i]!;
    if (wd !== 0) d = fma(d, param[i]!, wd);
    sum[i] = addcmul(sum[i]!, d, d, 1);
    const std = r(r(Math.sqrt(sum[i]!)) + epsD); // state_sum.sqrt().add_(eps)
    param[i] = addcdiv(param[i]!, d, std, -clr);
  }
}
