import { Tensor, type Storage } from '../tensor';
import { ValueError } from './errors';
import { arithOf } from './f32';
import { Optimizer, type Group, type ParamsInput } from './optimizer';
import { checkLr, resolveOptions } from './common';
import { fullLike, num, scalarTensor, zerosLike } from './scalar';
import { pyNum } from './py-format';

/** Options of {@link Rprop} (PyTorch 2.x keyword arguments). */
export interface RpropOptions {
  /** Initial step size for every element (read once, at the first step). Defaults to 1e-2. */
  lr?: number | Tensor;
  /** Multiplicative (η−, η+) applied when the gradient sign flips / stays. Defaults to [0.5, 1.2]. */
  etas?: [number, number] | number[];
  /** Minimal and maximal step size (Γ_min, Γ_max). Defaults to [1e-6, 50]. */
  step_sizes?: [number, number] | number[];
  /** Accepted for compatibility. Defaults to false. */
  capturable?: boolean;
  /** Accepted for compatibility. Defaults to null. */
  foreach?: boolean | null;
  /** Maximize instead of minimize. Defaults to false. */
  maximize?: boolean;
  /** Accepted for compatibility. Defaults to false. */
  differentiable?: boolean;
}

const DEFAULTS: Required<RpropOptions> = {
  lr: 1e-2, etas: [0.5, 1.2], step_sizes: [1e-6, 50], capturable: false, foreach: null, maximize: false, differentiable: false,
};
const KEY_ORDER = ['lr', 'etas', 'step_sizes', 'foreach', 'maximize', 'differentiable', 'capturable'] as const;

/** Per-parameter state (`optimizer.state.get(p)`), PyTorch's keys. */
export type RpropState = { step: Tensor; prev: Tensor; step_size: Tensor };

export interface RpropKernelState {
  step: number;
  prev: Storage;
  step_size: Storage;
}

export interface RpropUpdateOptions {
  etaminus: number; etaplus: number; step_size_min: number; step_size_max: number; maximize: boolean;
}

/**
 * Rprop: resilient backpropagation (PyTorch `torch.optim.Rprop`).
 *
 * ```text
 * input: θ0 (params), f(θ) (objective), η+/η− (etaplus, etaminus), Γmax/Γmin (step sizes), η (lr)
 * initialize: g_prev ← 0, η_0 ← lr (per element)
 * for t = 1 … do
 *     g_t ← ∇θ f_t(θ_{t-1})            (−∇ if maximize)
 *     for i = 0 … d−1 do
 *         if g_prev_i g_t_i > 0: η_t_i ← min(η_{t-1}_i η+, Γmax)
 *         elif g_prev_i g_t_i < 0: η_t_i ← max(η_{t-1}_i η−, Γmin);  g_t_i ← 0
 *         else: η_t_i ← η_{t-1}_i
 *     θ_t ← θ_{t-1} − η_t sign(g_t)
 *     g_prev ← g_t
 * return θ_t
 * ```
 * @remarks Only the sign of the gradient is used. The step sizes start at lr at the first step; changing
 * lr afterwards (e.g. with a scheduler) has no effect.
 * @see https://pytorch.org/docs/stable/generated/torch.optim.Rprop.html
 * @see Riedmiller & Braun, "A Direct Adaptive Method for Faster Backpropagation Learning: The RPROP Algorithm", 1993
 */
export class Rprop extends Optimizer<RpropOptions, RpropState> {
  static override readonly pyName: string = 'Rprop';

  constructor(params: ParamsInput, options?: RpropOptions | number | Tensor, moreOptions?: RpropOptions) {
    const o = resolveOptions('Rprop', options, moreOptions, DEFAULTS);
    checkLr(o.lr);
    const [em, ep] = o.etas as number[];
    if (!(0 < em! && em! < 1 && 1 < ep!)) throw new ValueError(`Invalid eta values: ${pyNum(em!, true)}, ${pyNum(ep!, true)}`);
    const defaults: Record<string, unknown> = {};
    for (const k of KEY_ORDER) defaults[k] = Array.isArray(o[k]) ? [...(o[k] as number[])] : o[k];
    super(params, defaults);
    this._emitCreate();
  }

  /** Rprop reads lr only when it creates a parameter's state (its initial step sizes, `full_like(…, lr)`). */
  protected override _lrFirstUse(_lr: unknown, t: string, _g: unknown, hasState: boolean): string | null {
    return hasState ? null : `full_like(): argument 'fill_value' (position 2) must be Number, not ${t}`;
  }

  protected override initState(p: Tensor, group: Group<RpropOptions>): RpropState {
    return { step: scalarTensor(0), prev: zerosLike(p), step_size: fullLike(p, num(group.lr)) };
  }

  protected override _update(p: Tensor, grad: Tensor, group: Group<RpropOptions>, st: RpropState): void {
    const [etaminus, etaplus] = group.etas;
    const [smin, smax] = group.step_sizes;
    const ks: RpropKernelState = { step: st.step.data[0]!, prev: st.prev.data, step_size: st.step_size.data };
    rpropUpdate(p.data, grad.data, ks, {
      etaminus: etaminus!, etaplus: etaplus!, step_size_min: smin!, step_size_max: smax!, maximize: group.maximize === true,
    });
    st.step.data[0] = ks.step;
  }
}

/** One Rprop update of `param` in place (PyTorch `_single_tensor_rprop`); increments `state.step`. */
export function rpropUpdate(param: Storage, grad: Storage, state: RpropKernelState, o: RpropUpdateOptions): void {
  const { etaminus, etaplus, step_size_min: smin, step_size_max: smax, maximize } = o;
  const { r, addcmul } = arithOf(param);
  state.step += 1;
  const prev = state.prev;
  const size = state.step_size;
  // the sign tensor holds etaplus / etaminus / 1 in the dtype; clamp's bounds are cast to it too
  const plus = r(etaplus), minus = r(etaminus), lo = r(smin), hi = r(smax);
  for (let i = 0; i < param.length; i++) {
    let d = maximize ? -grad[i]! : grad[i]!;
    const s = Math.sign(r(d * prev[i]!));
    const factor = s > 0 ? plus : s < 0 ? minus : s === 0 ? 1 : NaN;
    size[i] = Math.min(Math.max(r(size[i]! * factor), lo), hi);
    if (factor === minus) d = 0;
    param[i] = addcmul(param[i]!, Math.sign(d), size[i]!, -1); // param.addcmul_(grad.sign(), step_size, value=-1)
    prev[i] = d;
  }
}
