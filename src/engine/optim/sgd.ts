import { Tensor, type Storage } from '../tensor';
import { gradStorage } from './grad';
import { ValueError } from './errors';
import { Optimizer, type Group, type ParamsInput } from './optimizer';
import { checkFused, checkTensorLr, resolveOptions, type OptimizerOptions } from './common';
import { arithOf } from './f32';
import { num } from './scalar';
import { pyNum } from './py-format';

/** Options of {@link SGD} (PyTorch 2.x keyword arguments). */
export interface SGDOptions extends OptimizerOptions {
  /** Learning rate γ. Defaults to 1e-3 (PyTorch 2.2+; required in 1.13). */
  lr?: number | Tensor;
  /** Momentum factor μ. Defaults to 0. */
  momentum?: number;
  /** Dampening τ for momentum (not applied on the first step). Defaults to 0. */
  dampening?: number;
  /** Weight decay λ (L2 penalty added to the gradient). Defaults to 0. */
  weight_decay?: number;
  /** Nesterov momentum (needs momentum > 0 and dampening 0). Defaults to false. */
  nesterov?: boolean;
  /** Maximize instead of minimize. Defaults to false. */
  maximize?: boolean;
  /** Accepted for compatibility (single-tensor path). Defaults to null. */
  foreach?: boolean | null;
  /** Accepted for compatibility. Defaults to false. */
  differentiable?: boolean;
  /** Accepted for compatibility (same numbers as the for-loop path). Defaults to null. */
  fused?: boolean | null;
}

const DEFAULTS: Required<SGDOptions> = {
  lr: 1e-3, momentum: 0, dampening: 0, weight_decay: 0, nesterov: false,
  maximize: false, foreach: null, differentiable: false, fused: null,
};

/** Per-parameter state (`optimizer.state.get(p)`): only with momentum, from the first step on. */
export type SGDState = { momentum_buffer: Tensor | null };

/** Hyper-parameters of one {@link sgdUpdate} call. */
export interface SGDUpdateOptions {
  lr: number; momentum: number; dampening: number; weight_decay: number; nesterov: boolean; maximize: boolean;
}

/**
 * Stochastic gradient descent, optionally with momentum (PyTorch `torch.optim.SGD`).
 *
 * ```text
 * input: γ (lr), θ0 (params), f(θ) (objective), λ (weight decay), μ (momentum), τ (dampening),
 *        nesterov, maximize
 * for t = 1 … do
 *     g_t ← ∇θ f_t(θ_{t-1})
 *     if maximize: g_t ← −g_t
 *     if λ ≠ 0: g_t ← g_t + λ θ_{t-1}
 *     if μ ≠ 0:
 *         if t > 1: b_t ← μ b_{t-1} + (1 − τ) g_t
 *         else:     b_t ← g_t
 *         if nesterov: g_t ← g_t + μ b_t
 *         else:        g_t ← b_t
 *     θ_t ← θ_{t-1} − γ g_t
 * return θ_t
 * ```
 * @remarks The momentum buffer starts at g_1 (no dampening on the first step), and γ multiplies the buffer
 * from outside (`v = μv + g; p -= γv`), unlike Sutskever et al. (`v = μv + γg; p -= v`). The two differ when
 * the learning rate changes during training.
 * @see https://pytorch.org/docs/stable/generated/torch.optim.SGD.html
 */
export class SGD extends Optimizer<SGDOptions, SGDState> {
  static override readonly pyName: string = 'SGD';
  protected override _floatKeys = ['lr'];

  constructor(params: ParamsInput, options?: SGDOptions | number | Tensor, moreOptions?: SGDOptions) {
    const o = resolveOptions('SGD', options, moreOptions, DEFAULTS);
    checkTensorLr(o.lr);
    if (num(o.lr) < 0) throw new ValueError(`Invalid learning rate: ${pyNum(num(o.lr))}`);
    if (o.momentum < 0) throw new ValueError(`Invalid momentum value: ${pyNum(o.momentum)}`);
    if (o.weight_decay < 0) throw new ValueError(`Invalid weight_decay value: ${pyNum(o.weight_decay)}`);
    if (o.nesterov && (o.momentum <= 0 || o.dampening !== 0)) {
      throw new ValueError('Nesterov momentum requires a momentum and zero dampening');
    }
    checkFused(o.fused, o.foreach, o.differentiable);
    super(params, { ...o });
    this._emitCreate();
  }

  /** 2.x keeps no state at all for plain SGD: the state is made only when momentum is on. */
  protected override _stepParam(p: Tensor, grad: Tensor, group: Group<SGDOptions>, state: Map<Tensor, SGDState>): void {
    // the kernel's options in a reused object (it keeps none): no allocation per parameter and step
    const opts = OPTS;
    opts.lr = num(group.lr);
    opts.momentum = group.momentum;
    opts.dampening = group.dampening;
    opts.weight_decay = group.weight_decay;
    opts.nesterov = group.nesterov;
    opts.maximize = group.maximize;
    if (opts.momentum === 0) {
      sgdUpdate(p.data, gradStorage(grad), null, opts);
      return;
    }
    const st = this._paramState(p, group, state);
    const bufT = st.momentum_buffer ?? null;
    const buf = sgdUpdate(p.data, gradStorage(grad), bufT === null ? null : bufT.data, opts);
    if (bufT === null) st.momentum_buffer = Tensor._make(buf!, p.shape.slice(), p.dtype);
  }

  /** `state.get("momentum_buffer")` is None before the first momentum step. */
  protected override initState(): SGDState {
    return { momentum_buffer: null };
  }
}

const OPTS: SGDUpdateOptions = { lr: 0, momentum: 0, dampening: 0, weight_decay: 0, nesterov: false, maximize: false };

/**
 * One SGD update of `param` in place (PyTorch `_single_tensor_sgd` for one tensor).
 * @param buf the momentum buffer, or null before the first momentum step
 * @returns the momentum buffer (newly created on the first momentum step), or null without momentum
 */
export function sgdUpdate(param: Storage, grad: Storage, buf: Storage | null, o: SGDUpdateOptions): Storage | null {
  const { lr, momentum, dampening, weight_decay: wd, nesterov, maximize } = o;
  const { r, fma } = arithOf(param);
  const n = param.length;
  const first = momentum !== 0 && buf === null;
  if (first) buf = param instanceof Float32Array ? new Float32Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let d = maximize ? -grad[i]! : grad[i]!;
    if (wd !== 0) d = fma(d, param[i]!, wd); // grad.add(param, alpha=weight_decay)
    if (momentum !== 0) {
      // first step: buf = grad.clone(); then buf.mul_(momentum).add_(grad, alpha=1 - dampening)
      buf![i] = first ? d : fma(r(buf![i]! * r(momentum)), d, 1 - dampening);
      d = nesterov ? fma(d, buf![i]!, momentum) : buf![i]!;
    }
    param[i] = fma(param[i]!, d, -lr); // param.add_(grad, alpha=-lr)
  }
  return buf;
}
