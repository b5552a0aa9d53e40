import { Tensor, type Storage } from '../tensor';
import { gradStorage } from './grad';
import { ValueError } from './errors';
import { arithOf } from './f32';
import { Optimizer, type Group, type ParamsInput } from './optimizer';
import { checkEps, checkLr, checkWeightDecay, resolveOptions, type OptimizerOptions } from './common';
import { num, scalarTensor, zerosLike } from './scalar';
import { pyNum } from './py-format';

/** Options of {@link RMSprop} (PyTorch 2.x keyword arguments). */
export interface RMSpropOptions extends OptimizerOptions {
  /** Learning rate γ. Defaults to 1e-2. */
  lr?: number | Tensor;
  /** Momentum factor μ. Defaults to 0. */
  momentum?: number;
  /** Smoothing constant α of the squared-gradient average. Defaults to 0.99. */
  alpha?: number;
  /** ε added to the denominator (outside the square root). Defaults to 1e-8. */
  eps?: number;
  /** Centered RMSprop: normalise by the estimated variance of the gradient. Defaults to false. */
  centered?: boolean;
  /** Weight decay λ (L2 penalty). Defaults to 0. */
  weight_decay?: number;
  /** Accepted for compatibility. Defaults to false. */
  capturable?: boolean;
  /** Accepted for compatibility. Defaults to null. */
  foreach?: boolean | null;
  /** Maximize instead of minimize. Defaults to false. */
  maximize?: boolean;
  /** Accepted for compatibility. Defaults to false. */
  differentiable?: boolean;
}

const DEFAULTS: Required<RMSpropOptions> = {
  lr: 1e-2, momentum: 0, alpha: 0.99, eps: 1e-8, centered: false, weight_decay: 0, capturable: false,
  foreach: null, maximize: false, differentiable: false,
};

/** Per-parameter state (`optimizer.state.get(p)`), PyTorch's keys; the buffers exist only when their option is on. */
export type RMSpropState = { step: Tensor; square_avg: Tensor; momentum_buffer?: Tensor; grad_avg?: Tensor };

/** Per-parameter state as {@link rmspropUpdate} sees it. */
export interface RMSpropKernelState {
  step: number;
  square_avg: Storage;
  /** present when momentum > 0 */
  momentum_buffer: Storage | null;
  /** present when centered */
  grad_avg: Storage | null;
}

export interface RMSpropUpdateOptions {
  lr: number; alpha: number; eps: number; weight_decay: number; momentum: number; centered: boolean; maximize: boolean;
}

/**
 * RMSprop (PyTorch `torch.optim.RMSprop`).
 *
 * ```text
 * input: α (alpha), γ (lr), θ0 (params), f(θ) (objective), λ (weight decay), μ (momentum), centered, ε
 * initialize: v0 ← 0 (square average), b0 ← 0 (buffer), g0_ave ← 0
 * for t = 1 … do
 *     g_t ← ∇θ f_t(θ_{t-1})            (−∇ if maximize)
 *     if λ ≠ 0: g_t ← g_t + λ θ_{t-1}
 *     v_t ← α v_{t-1} + (1 − α) g_t²
 *     ṽ_t ← v_t
 *     if centered:
 *         g_t_ave ← α g_{t-1}_ave + (1 − α) g_t
 *         ṽ_t ← ṽ_t − (g_t_ave)²
 *     if μ > 0:
 *         b_t ← μ b_{t-1} + g_t / (√ṽ_t + ε)
 *         θ_t ← θ_{t-1} − γ b_t
 *     else:
 *         θ_t ← θ_{t-1} − γ g_t / (√ṽ_t + ε)
 * return θ_t
 * ```
 * @remarks ε is outside the square root (TensorFlow and tfjs put it inside), and the momentum buffer holds
 * g/(√v+ε) with γ applied outside it.
 * @see https://pytorch.org/docs/stable/generated/torch.optim.RMSprop.html
 * @see Hinton, Lecture 6e of "Neural Networks for Machine Learning"
 */
export class RMSprop extends Optimizer<RMSpropOptions, RMSpropState> {
  static override readonly pyName: string = 'RMSprop';

  constructor(params: ParamsInput, options?: RMSpropOptions | number | Tensor, moreOptions?: RMSpropOptions) {
    const o = resolveOptions('RMSprop', options, moreOptions, DEFAULTS);
    checkLr(o.lr);
    checkEps(o.eps);
    if (!(0 <= o.momentum)) throw new ValueError(`Invalid momentum value: ${pyNum(o.momentum)}`);
    checkWeightDecay(o.weight_decay);
    if (!(0 <= o.alpha)) throw new ValueError(`Invalid alpha value: ${pyNum(o.alpha)}`);
    super(params, { ...o });
    this._emitCreate();
  }

  protected override initState(p: Tensor, group: Group<RMSpropOptions>): RMSpropState {
    // which buffers exist is decided at the first update, as in PyTorch
    const st: RMSpropState = { step: scalarTensor(0), square_avg: zerosLike(p) };
    if (group.momentum > 0) st.momentum_buffer = zerosLike(p);
    if (group.centered) st.grad_avg = zerosLike(p);
    return st;
  }

  protected override _update(p: Tensor, grad: Tensor, group: Group<RMSpropOptions>, st: RMSpropState): void {
    const momentum = group.momentum;
    const centered = group.centered === true;
    if (momentum > 0 && st.momentum_buffer === undefined) st.momentum_buffer = zerosLike(p);
    if (centered && st.grad_avg === undefined) st.grad_avg = zerosLike(p);
    // the kernel's arguments in reused objects (it keeps neither): no allocation per parameter and step
    const ks = KS;
    ks.step = st.step.data[0]!;
    ks.square_avg = st.square_avg.data;
    ks.momentum_buffer = momentum > 0 ? st.momentum_buffer!.data : null;
    ks.grad_avg = centered ? st.grad_avg!.data : null;
    const o = OPTS;
    o.lr = num(group.lr);
    o.alpha = group.alpha;
    o.eps = group.eps;
    o.weight_decay = group.weight_decay;
    o.momentum = momentum;
    o.centered = centered;
    o.maximize = group.maximize === true;
    rmspropUpdate(p.data, gradStorage(grad), ks, o);
    st.step.data[0] = ks.step;
    ks.square_avg = NONE;
    ks.momentum_buffer = ks.grad_avg = null;
  }
}

const NONE = new Float64Array(0);
const KS: RMSpropKernelState = { step: 0, square_avg: NONE, momentum_buffer: null, grad_avg: null };
const OPTS: RMSpropUpdateOptions = { lr: 0, alpha: 0, eps: 0, weight_decay: 0, momentum: 0, centered: false, maximize: false };

/** One RMSprop update of `param` in place (PyTorch `_single_tensor_rmsprop`); increments `state.step`. */
export function rmspropUpdate(param: Storage, grad: Storage, state: RMSpropKernelState, o: RMSpropUpdateOptions): void {
  const { lr, alpha, eps, weight_decay: wd, momentum, centered, maximize } = o;
  const { r, fma, addcmul, addcdiv, lerp } = arithOf(param);
  state.step += 1;
  const sq = state.square_avg;
  const ga = state.grad_avg;
  const buf = state.momentum_buffer;
  const alphaD = r(alpha), epsD = r(eps), momentumD = r(momentum);
  for (let i = 0; i < param.length; i++) {
    let d = maximize ? -grad[i]! : grad[i]!;
    if (wd !== 0) d = fma(d, param[i]!, wd);
    sq[i] = addcmul(r(sq[i]! * alphaD), d, d, 1 - alpha); // square_avg.mul_(alpha).addcmul_(grad, grad, value=1 - alpha)
    let avg: number;
    if (centered && ga !== null) {
      ga[i] = lerp(ga[i]!, d, 1 - alpha);
      avg = r(Math.sqrt(addcmul(sq[i]!, ga[i]!, ga[i]!, -1)));
    } else {
      avg = r(Math.sqrt(sq[i]!));
    }
    avg = r(avg + epsD);
    if (momentum > 0 && buf !== null) {
      buf[i] = addcdiv(r(buf[i]! * momentumD), d, avg, 1); // buf.mul_(momentum).addcdiv_(grad, avg)
      param[i] = fma(param[i]!, buf[i]!, -lr);
    } else {
      param[i] = addcdiv(param[i]!, d, avg, -lr);
    }
  }
}
