/**
 * "Inside the optimizer": a tiny model (nn.Linear(1, 1) fitting y = 2x + 1 on four points) trained one step at a
 * time on the real engine. For the chosen parameter (weight or bias) each step records the gradient, the
 * optimizer state before and after (PyTorch keys), and the update equation with the numbers substituted term by
 * term; the equation's result is checked against the engine (tests).
 */
import { torch, nn, optim } from '../engine/index';
import type { Tensor } from '../engine/tensor';
import { assign, callCode, forRange, type CodeTab } from './code';
import type { Optimizer } from '../engine/optim/index';

export const INSIDE_OPTS = ['sgd', 'momentum', 'adam', 'adamw', 'rmsprop', 'adagrad'] as const;
export type InsideOpt = (typeof INSIDE_OPTS)[number];
export type InsideParam = 'weight' | 'bias';

export const INSIDE_LR: Record<InsideOpt, number> = { sgd: 0.05, momentum: 0.02, adam: 0.1, adamw: 0.1, rmsprop: 0.05, adagrad: 0.5 };
export const INSIDE_MOMENTUM = 0.9;
export const INSIDE_BETAS = [0.9, 0.999] as const;
export const INSIDE_WD = 0.01;

/** The constructor's options for an optimizer of the lab. */
function insideOptions(opt: InsideOpt, lr: number): [string, unknown][] {
  switch (opt) {
    case 'momentum':
      return [['lr', lr], ['momentum', INSIDE_MOMENTUM]];
    case 'adamw':
      return [['lr', lr], ['weight_decay', INSIDE_WD]];
    default:
      return [['lr', lr]];
  }
}

const INSIDE_CLASS: Record<InsideOpt, string> = { sgd: 'SGD', momentum: 'SGD', adam: 'Adam', adamw: 'AdamW', rmsprop: 'RMSprop', adagrad: 'Adagrad' };

/** The constructor call, as in a cell: `optim.SGD(model.parameters(), { lr: 0.05 })` (or PyTorch's `lr=0.05`). */
export function insideCode(opt: InsideOpt, lr: number, tab: CodeTab = 'ts'): string {
  return callCode(tab, `optim.${INSIDE_CLASS[opt]}`, ['model.parameters()'], insideOptions(opt, lr));
}

/** The whole program the lab runs, `steps` steps, ending with the optimizer's state for `param`. */
export function insideProgram(opt: InsideOpt, lr: number, steps: number, param: InsideParam, tab: CodeTab = 'ts'): string {
  const data = (name: string, v: number[]) =>
    assign(tab, name, tab === 'py' ? `torch.tensor([${v.map((n) => `[${n}.0]`).join(', ')}])` : `torch.tensor([${v.map((n) => `[${n}]`).join(', ')}], { dtype: torch.float32 })`);
  return [
    ...(tab === 'py' ? ['import torch', 'from torch import nn, optim', ''] : []),
    'torch.manual_seed(0)',
    assign(tab, 'model', 'nn.Linear(1, 1)'),
    data('x', [1, 2, 3, 4]),
    data('y', [3, 5, 7, 9]),
    assign(tab, 'optimizer', insideCode(opt, lr, tab)),
    ...forRange(tab, 'step', 1, steps + 1, ['optimizer.zero_grad()', assign(tab, 'loss', 'nn.MSELoss()(model(x), y)'), 'loss.backward()', 'optimizer.step()']),
    tab === 'py' ? `print(optimizer.state[model.${param}])` : `print(optimizer.state.get(model.${param}))`,
  ].join('\n');
}

/** One line of the update: `symbol = formula = substituted numbers = result`; `key` names the term for i18n. */
export interface EqLine {
  key: string;
  symbol: string;
  formula: string;
  numbers: string;
  result: number;
}

export interface StepRecord {
  /** 1-based step number (PyTorch's state `step` after this update) */
  t: number;
  loss: number;
  grad: number;
  before: number;
  after: number;
  stateBefore: Record<string, number>;
  stateAfter: Record<string, number>;
  lines: EqLine[];
}

const n = (v: number): string => {
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a >= 1e4 || a < 1e-4 ? v.toExponential(4).replace(/\.?0+e/, 'e') : String(Number(v.toPrecision(6)));
  return v < 0 ? `(${s})` : s;
};

function stateNumbers(st: Record<string, unknown> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (!st) return out;
  for (const [k, v] of Object.entries(st)) {
    if (v && typeof (v as Tensor).item === 'function') out[k] = (v as Tensor).item();
    else if (typeof v === 'number') out[k] = v;
  }
  return out;
}

/** The update of one scalar, term by term, from the numbers the engine had before and after the step. */
export function explain(opt: InsideOpt, lr: number, g: number, theta: number, sb: Record<string, number>, sa: Record<string, number>): EqLine[] {
  const L: EqLine[] = [];
  const t = sa.step ?? 0;
  switch (opt) {
    case 'sgd': {
      L.push({ key: 'update', symbol: 'θ', formula: 'θ − lr · g', numbers: `${n(theta)} − ${lr} × ${n(g)}`, result: theta - lr * g });
      break;
    }
    case 'momentum': {
      const b0 = sb.momentum_buffer;
      const b = b0 === undefined ? g : INSIDE_MOMENTUM * b0 + g;
      if (b0 === undefined) L.push({ key: 'bufFirst', symbol: 'momentum_buffer', formula: 'g', numbers: n(g), result: b });
      else L.push({ key: 'buf', symbol: 'momentum_buffer', formula: 'μ · b + g', numbers: `${INSIDE_MOMENTUM} × ${n(b0)} + ${n(g)}`, result: b });
      L.push({ key: 'update', symbol: 'θ', formula: 'θ − lr · b', numbers: `${n(theta)} − ${lr} × ${n(sa.momentum_buffer ?? b)}`, result: theta - lr * (sa.momentum_buffer ?? b) });
      break;
    }
    case 'adam':
    case 'adamw': {
      const [b1, b2] = INSIDE_BETAS;
      let th = theta;
      if (opt === 'adamw') {
        th = theta * (1 - lr * INSIDE_WD);
        L.push({ key: 'decay', symbol: 'θ′', formula: 'θ · (1 − lr · λ)', numbers: `${n(theta)} × (1 − ${lr} × ${INSIDE_WD})`, result: th });
      }
      const m0 = sb.exp_avg ?? 0;
      const v0 = sb.exp_avg_sq ?? 0;
      const m = b1 * m0 + (1 - b1) * g;
      const v = b2 * v0 + (1 - b2) * g * g;
      L.push({ key: 'm', symbol: 'exp_avg', formula: 'β₁ · m + (1 − β₁) · g', numbers: `${b1} × ${n(m0)} + ${n(1 - b1)} × ${n(g)}`, result: m });
      L.push({ key: 'v', symbol: 'exp_avg_sq', formula: 'β₂ · v + (1 − β₂) · g²', numbers: `${b2} × ${n(v0)} + ${n(1 - b2)} × ${n(g)}²`, result: v });
      const bc1 = 1 - b1 ** t;
      const bc2 = 1 - b2 ** t;
      L.push({ key: 'bc1', symbol: 'bias_correction1', formula: '1 − β₁ᵗ', numbers: `1 − ${b1}^${t}`, result: bc1 });
      L.push({ key: 'bc2', symbol: 'bias_correction2', formula: '1 − β₂ᵗ', numbers: `1 − ${b2}^${t}`, result: bc2 });
      const mh = (sa.exp_avg ?? m) / bc1;
      const vh = (sa.exp_avg_sq ?? v) / bc2;
      L.push({ key: 'mhat', symbol: 'm̂', formula: 'm / bias_correction1', numbers: `${n(sa.exp_avg ?? m)} / ${n(bc1)}`, result: mh });
      L.push({ key: 'vhat', symbol: 'v̂', formula: 'v / bias_correction2', numbers: `${n(sa.exp_avg_sq ?? v)} / ${n(bc2)}`, result: vh });
      L.push({ key: 'update', symbol: 'θ', formula: `${opt === 'adamw' ? 'θ′' : 'θ'} − lr · m̂ / (√v̂ + ε)`, numbers: `${n(th)} − ${lr} × ${n(mh)} / (√${n(vh)} + 1e-8)`, result: th - (lr * mh) / (Math.sqrt(vh) + 1e-8) });
      break;
    }
    case 'rmsprop': {
      const a = 0.99;
      const v0 = sb.square_avg ?? 0;
      const v = a * v0 + (1 - a) * g * g;
      L.push({ key: 'sq', symbol: 'square_avg', formula: 'α · v + (1 − α) · g²', numbers: `${a} × ${n(v0)} + ${n(1 - a)} × ${n(g)}²`, result: v });
      const vv = sa.square_avg ?? v;
      L.push({ key: 'update', symbol: 'θ', formula: 'θ − lr · g / (√v + ε)', numbers: `${n(theta)} − ${lr} × ${n(g)} / (√${n(vv)} + 1e-8)`, result: theta - (lr * g) / (Math.sqrt(vv) + 1e-8) });
      break;
    }
    case 'adagrad': {
      const s0 = sb.sum ?? 0;
      const s = s0 + g * g;
      L.push({ key: 'sum', symbol: 'sum', formula: 's + g²', numbers: `${n(s0)} + ${n(g)}²`, result: s });
      const ss = sa.sum ?? s;
      L.push({ key: 'update', symbol: 'θ', formula: 'θ − lr · g / (√s + ε)', numbers: `${n(theta)} − ${lr} × ${n(g)} / (√${n(ss)} + 1e-10)`, result: theta - (lr * g) / (Math.sqrt(ss) + 1e-10) });
      break;
    }
  }
  return L;
}

export class InsideSession {
  readonly model: ReturnType<typeof nn.Linear>;
  readonly optimizer: Optimizer;
  readonly history: StepRecord[] = [];
  private readonly x: Tensor;
  private readonly y: Tensor;

  constructor(readonly opt: InsideOpt, readonly lr: number, readonly param: InsideParam) {
    torch.manual_seed(0);
    this.model = nn.Linear(1, 1);
    this.x = torch.tensor([[1], [2], [3], [4]], { dtype: torch.float32 });
    this.y = torch.tensor([[3], [5], [7], [9]], { dtype: torch.float32 });
    const ps = this.model.parameters();
    const o = { lr };
    this.optimizer =
      opt === 'sgd' ? optim.SGD(ps, o)
      : opt === 'momentum' ? optim.SGD(ps, { lr, momentum: INSIDE_MOMENTUM })
      : opt === 'adam' ? optim.Adam(ps, o)
      : opt === 'adamw' ? optim.AdamW(ps, { lr, weight_decay: INSIDE_WD })
      : opt === 'rmsprop' ? optim.RMSprop(ps, o)
      : optim.Adagrad(ps, o);
  }

  get tensor(): Tensor {
    return this.param === 'weight' ? this.model.weight : (this.model.bias as Tensor);
  }

  /** The chosen parameter's value now. */
  value(): number {
    return this.tensor.item();
  }

  step(): StepRecord {
    const p = this.tensor;
    this.optimizer.zero_grad();
    const loss = nn.MSELoss()(this.model(this.x), this.y);
    loss.backward();
    const before = p.item();
    const grad = p.grad!.item();
    const stateBefore = stateNumbers(this.optimizer.state.get(p));
    this.optimizer.step();
    const stateAfter = stateNumbers(this.optimizer.state.get(p));
    const rec: StepRecord = {
      t: this.history.length + 1, loss: loss.item(), grad, before, after: p.item(), stateBefore, stateAfter,
      lines: explain(this.opt, this.lr, grad, before, stateBefore, stateAfter),
    };
    this.history.push(rec);
    return rec;
  }
}
