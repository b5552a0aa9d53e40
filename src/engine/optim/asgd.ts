import { Tensor, type Storage } from '../tensor';
import { arithOf } from './f32';
import { Optimizer, type Group, type ParamsInput } from './optimizer';
import { checkLr, checkWeightDecay, resolveOptions, type OptimizerOptions } from './common';
import { num, scalarTensor, zerosLike } from './scalar';
import { mul } from './lr-type-error';
import type { ParamGroup } from './param-groups';

/** Options of {@link ASGD} (PyTorch 2.x keyword arguments). */
export interface ASGDOptions extends OptimizerOptions {
  /** Learning rate γ. Defaults to 1e-2. */
  lr?: number | Tensor;
  /** Decay term λ. Defaults to 1e-4. */
  lambd?: number;
  /** Power α of the eta update. Defaults to 0.75. */
  alpha?: number;
  /** Step t0 at which averaging starts. Defaults to 1e6. */
  t0?: number;
  /** Weight decay (L2 penalty). Defaults to 0. */
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

const DEFAULTS: Required<ASGDOptions> = {
  lr: 1e-2, lambd: 1e-4, alpha: 0.75, t0: 1e6, weight_decay: 0, foreach: null, maximize: false,
  differentiable: false, capturable: false,
};

/** Per-parameter state (`optimizer.state.get(p)`), PyTorch's keys; `eta` and `mu` are 0-dim tensors. */
export type ASGDState = { step: Tensor; eta: Tensor; mu: Tensor; ax: Tensor };

export interface ASGDKernelState {
  step: number;
  /** step size used by the next update (initially lr) */
  eta: number;
  /** averaging coefficient (initially 1) */
  mu: number;
  ax: Storage;
}

export interface ASGDUpdateOptions {
  lr: number; lambd: number; alpha: number; t0: number; weight_decay: number; maximize: boolean;
  /** Round eta and mu to float32 (PyTorch's default dtype). Defaults to false. */
  float32_scalars?: boolean;
}

/**
 * ASGD: averaged stochastic gradient descent (PyTorch `torch.optim.ASGD`).
 *
 * ```text
 * input: γ (lr), θ0 (params), f(θ) (objective), λ (lambd), α (alpha), t0, weight_decay
 * initialize: η_0 ← γ, μ_0 ← 1, ax_0 ← 0
 * for t = 1 … do
 *     g_t ← ∇θ f_t(θ_{t-1})            (−∇ if maximize)
 *     if weight_decay ≠ 0: g_t ← g_t + weight_decay θ_{t-1}
 *     θ_t ← θ_{t-1} (1 − λ η_{t-1}) − η_{t-1} g_t
 *     if μ_{t-1} ≠ 1: ax_t ← ax_{t-1} + (θ_t − ax_{t-1}) μ_{t-1}
 *     else:           ax_t ← θ_t
 *     η_t ← γ / (1 + λ γ t)^α
 *     μ_t ← 1 / max(1, t − t0)
 * return θ_t
 * ```
 * @remarks `ax` (the average) is kept in the state and never written back to the parameters. The η used at
 * step t is the one computed at the end of step t − 1 (initially lr), and η/μ are 0-dim tensors of the
 * default dtype.
 * @see https://pytorch.org/docs/stable/generated/torch.optim.ASGD.html
 * @see Polyak & Juditsky, "Acceleration of Stochastic Approximation by Averaging", 1992
 */
export class ASGD extends Optimizer<ASGDOptions, ASGDState> {
  static override readonly pyName: string = 'ASGD';
  protected override _floatKeys = ['t0'];

  constructor(params: ParamsInput, options?: ASGDOptions | number | Tensor, moreOptions?: ASGDOptions) {
    const o = resolveOptions('ASGD', options, moreOptions, DEFAULTS);
    checkLr(o.lr);
    checkWeightDecay(o.weight_decay);
    super(params, { ...o });
    this._emitCreate();
  }

  /** A new state makes `eta` a tensor from lr (`torch.as_tensor(lr)`); after that `lr * …` comes first. */
  protected override _lrFirstUse(lr: unknown, t: string, _g: ParamGroup, hasState: boolean): string | null {
    if (hasState || Array.isArray(lr)) return mul(lr, t);
    return typeof lr === 'string' ? "new(): invalid data type 'str'" : `must be real number, not ${t}`;
  }

  protected override initState(p: Tensor, group: Group<ASGDOptions>): ASGDState {
    return { step: scalarTensor(0), eta: scalarTensor(num(group.lr)), mu: scalarTensor(1), ax: zerosLike(p) };
  }

  protected override _update(p: Tensor, grad: Tensor, group: Group<ASGDOptions>, st: ASGDState): void {
    const ks: ASGDKernelState = { step: st.step.data[0]!, eta: st.eta.data[0]!, mu: st.mu.data[0]!, ax: st.ax.data };
    asgdUpdate(p.data, grad.data, ks, {
      lr: num(group.lr), lambd: group.lambd, alpha: group.alpha, t0: group.t0,
      weight_decay: group.weight_decay, maximize: group.maximize === true,
    });
    st.step.data[0] = ks.step;
    st.eta.data[0] = ks.eta; // the typed array rounds to float32 in float32 mode
    st.mu.data[0] = ks.mu;
  }
}

/** One ASGD update of `param` in place (PyTorch `_single_tensor_asgd`); updates step, eta, mu and ax. */
export function asgdUpdate(param: Storage, grad: Storage, state: ASGDKernelState, o: ASGDUpdateOptions): void {
  const { lr, lambd, alpha, t0, weight_decay: wd, maximize } = o;
  const { r, fma } = arithOf(param);
  const t = (state.step += 1);
  const eta = state.eta;
  const mu = state.mu;
  const ax = state.ax;
  const decay = r(1 - lambd * eta);
  for (let i = 0; i < param.length; i++) {
    let d = maximize ? -grad[i]! : grad[i]!;
    if (wd !== 0) d = fma(d, param[i]!, wd);
    param[i] = r(param[i]! * decay); // param.mul_(1 - lambd * eta)
    param[i] = fma(param[i]!, d, -eta); // param.add_(grad, alpha=-eta)
    if (mu !== 1) ax[i] = r(ax[i]! + r(r(param[i]! - ax[i]!) * mu)); // ax.add_(param.sub(ax).mul_(mu))
    else ax[i] = param[i]!;
  }
  const round = o.float32_scalars ? Math.fround : (x: number) => x;
  state.eta = round(lr / (1 + lambd * lr * t) ** alpha);
  state.mu = round(1 / Math.max(1, t - t0));
}
