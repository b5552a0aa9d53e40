import { Tensor, type Storage } from '../tensor';
import { ValueError } from './errors';
import { arithOf } from './f32';
import { Optimizer, type Group, type ParamsInput } from './optimizer';
import { checkEps, checkLr, checkWeightDecay, resolveOptions, type OptimizerOptions } from './common';
import { num, scalarTensor, zerosLike } from './scalar';
import { pyNum } from './py-format';

/** Options of {@link Adadelta} (PyTorch 2.x keyword arguments). */
export interface AdadeltaOptions extends OptimizerOptions {
  /** Coefficient γ that scales the delta before it is applied. Defaults to 1.0. */
  lr?: number | Tensor;
  /** Coefficient ρ of the running averages of squared gradients and squared deltas. Defaults to 0.9. */
  rho?: number;
  /** ε added inside both square roots. Defaults to 1e-6. */
  eps?: number;
  /** Weight decay λ (L2 penalty). Defaults to 0. */
  weight_decay?: number;
  /** Accepted for compatibility. Defaults to null. */
  foreach?: boolean | null;
  /** Accepted for compatibility. Defaults to false. */
  capturable?: boolean;
  /** Maximize instead of minimize. Defaults to false. */
  maximize?: boolean;
  /** Accepted for compatibility. Defaults to false. */
  differentiable?: boolean;
}

const DEFAULTS: Required<AdadeltaOptions> = {
  lr: 1.0, rho: 0.9, eps: 1e-6, weight_decay: 0, foreach: null, capturable: false, maximize: false, differentiable: false,
};
const KEY_ORDER = ['lr', 'rho', 'eps', 'weight_decay', 'maximize', 'capturable', 'foreach', 'differentiable'] as const;

/** Per-parameter state (`optimizer.state.get(p)`), PyTorch's keys. */
export type AdadeltaState = { step: Tensor; square_avg: Tensor; acc_delta: Tensor };

export interface AdadeltaKernelState {
  step: number;
  square_avg: Storage;
  acc_delta: Storage;
}

export interface AdadeltaUpdateOptions {
  lr: number; rho: number; eps: number; weight_decay: number; maximize: boolean;
}

/**
 * Adadelta (PyTorch `torch.optim.Adadelta`).
 *
 * ```text
 * input: γ (lr), θ0 (params), f(θ) (objective), ρ (decay), λ (weight decay), ε
 * initialize: v0 ← 0 (square avg), u0 ← 0 (accumulate variables)
 * for t = 1 … do
 *     g_t ← ∇θ f_t(θ_{t-1})            (−∇ if maximize)
 *     if λ ≠ 0: g_t ← g_t + λ θ_{t-1}
 *     v_t ← v_{t-1} ρ + g_t² (1 − ρ)
 *     Δx_t ← √(u_{t-1} + ε) / √(v_t + ε) · g_t
 *     u_t ← u_{t-1} ρ + Δx_t² (1 − ρ)
 *     θ_t ← θ_{t-1} − γ Δx_t
 * return θ_t
 * ```
 * @remarks The denominator uses the new square average v_t, the numerator the old u_{t-1}; ε sits inside
 * both square roots (tfjs uses the old v).
 * @see https://pytorch.org/docs/stable/generated/torch.optim.Adadelta.html
 * @see Zeiler, "ADADELTA: An Adaptive Learning Rate Method", https://arxiv.org/abs/1212.5701
 */
export class Adadelta extends Optimizer<AdadeltaOptions, AdadeltaState> {
  static override readonly pyName: string = 'Adadelta';
  protected override _floatKeys = ['lr'];

  constructor(params: ParamsInput, options?: AdadeltaOptions | number | Tensor, moreOptions?: AdadeltaOptions) {
    const o = resolveOptions('Adadelta', options, moreOptions, DEFAULTS);
    checkLr(o.lr);
    if (!(0 <= o.rho && o.rho <= 1)) throw new ValueError(`Invalid rho value: ${pyNum(o.rho)}`);
    checkEps(o.eps);
    checkWeightDecay(o.weight_decay);
    const defaults: Record<string, unknown> = {};
    for (const k of KEY_ORDER) defaults[k] = o[k];
    super(params, defaults);
    this._emitCreate();
  }

  protected override initState(p: Tensor): AdadeltaState {
    return { step: scalarTensor(0), square_avg: zerosLike(p), acc_delta: zerosLike(p) };
  }

  protected override _update(p: Tensor, grad: Tensor, group: Group<AdadeltaOptions>, st: AdadeltaState): void {
    const ks: AdadeltaKernelState = { step: st.step.data[0]!, square_avg: st.square_avg.data, acc_delta: st.acc_delta.data };
    adadeltaUpdate(p.data, grad.data, ks, {
      lr: num(group.lr), rho: group.rho, eps: group.eps, weight_decay: group.weight_decay, maximize: group.maximize === true,
    });
    st.step.data[0] = ks.step;
  }
}

/** One Adadelta update of `param` in place (PyTorch `_single_tensor_adadelta`); increments `state.step`. */
export function adadeltaUpdate(param: Storage, grad: Storage, state: AdadeltaKernelState, o: AdadeltaUpdateOptions): void {
  const { lr, rho, eps, weight_decay: wd, maximize } = o;
  const { r, fma, addcmul } = arithOf(param);
  state.step += 1;
  const sq = state.square_avg;
  const acc = state.acc_delta;
  const rhoD = r(rho), epsD = r(eps);
  for (let i = 0; i < param.length; i++) {
    let d = maximize ? -grad[i]! : grad[i]!;
    if (wd !== 0) d = fma(d, param[i]!, wd);
    sq[i] = addcmul(r(sq[i]! * rhoD), d, d, 1 - rho);
    const std = r(Math.sqrt(r(sq[i]! + epsD))); // square_avg.add(eps).sqrt_()
    const delta = r(r(r(Math.sqrt(r(acc[i]! + epsD))) / std) * d); // acc_delta.add(eps).sqrt_().div_(std).mul_(grad)
    acc[i] = addcmul(r(acc[i]! * rhoD), delta, delta, 1 - rho);
    param[i] = fma(param[i]!, delta, -lr);
  }
}
