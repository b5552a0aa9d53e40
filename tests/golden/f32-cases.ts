/**
 * float32 golden cases (pure data, shared with scripts/golden/gen_f32.py via cases.json): reductions and
 * losses over many values, values near float32's maximum, and the float32 training loops the lessons print.
 *
 * Inputs are generated, not stored: element i of a `Seq` is float32(offset + scale · ((a·i) mod m) / m),
 * computed exactly the same way in both languages (integer arithmetic, one division, one rounding to float32).
 */

/** A float32 sequence (see above). */
export interface Seq { n: number; a: number; m: number; scale: number; offset: number }

export interface ReduceCase {
  name: string;
  kind: 'reduce';
  op: 'sum' | 'mean' | 'var' | 'std';
  x: Seq;
  shape: number[];
  dim?: number | number[];
}

export interface LossCase {
  name: string;
  kind: 'loss';
  /** nn.<loss>()(input, target) with the default reduction 'mean' unless given */
  loss: 'MSELoss' | 'L1Loss' | 'BCELoss' | 'BCEWithLogitsLoss' | 'CrossEntropyLoss' | 'NLLLoss';
  reduction?: 'mean' | 'sum';
  input: Seq;
  shape: number[];
  /** float targets (a Seq) or class indices (i·7 mod classes) */
  target: Seq | { classes: number };
  /** BCELoss input = sigmoid(input) (saturates to exactly 0 or 1 in float32 for large |x|) */
  sigmoid?: boolean;
}

/** F.softmax / F.log_softmax(x, dim) (sigmoid, tanh: elementwise, dim unused); the gradient of (out · w).sum() */
export interface SoftmaxCase { name: string; kind: 'softmax'; fn: 'softmax' | 'log_softmax' | 'sigmoid' | 'tanh'; x: Seq; shape: number[]; dim: number; w: Seq }

/** The lesson-8 loop (content/cells/pit-three-lrs): nn.Linear(1, 1), MSELoss, SGD(lr), `steps` steps. */
export interface LoopCase { name: string; kind: 'loop'; lr: number; steps: number }
/** The lesson-3 checkpoint (cp-lr-too-big): x = [1.0], f = (x**2).sum(), SGD(lr), `steps` steps. */
export interface ParabolaCase { name: string; kind: 'parabola'; lr: number; steps: number }

/**
 * Forgetting `zero_grad()` (the pitfall lesson): `steps` backward() calls pile up in `.grad`, through a loss that uses
 * x four times and y twice, (1 − x)² + 100·(y − x²)² + x·y + 3.3·x. PyTorch sums a leaf's gradients first and adds
 * the sum to `.grad` once. Leaves come in pairs (x, y) from `x`: 0-d tensors (the scalar pass) or, with `width`,
 * tensors of that many elements and the loss summed (the tensor pass). Compared bit for bit.
 */
export interface PileUpCase { name: string; kind: 'pileup'; x: Seq; steps: number; width?: number }

export type F32Case = ReduceCase | LossCase | SoftmaxCase | LoopCase | ParabolaCase | PileUpCase;

const seq = (n: number, scale: number, offset: number, a = 7919, m = 10007): Seq => ({ n, a, m, scale, offset });
/** uniform-looking values in [offset, offset + scale) */
const U10k = seq(10_000, 2, -1);
const POS10k = seq(10_000, 3, 100);
/** ten values in [3.0e38, 3.4e38): their sum overflows float32 */
const NEAR_MAX = seq(10, 4e37, 3e38, 3, 11);
/** values whose sum fits but whose partial sums are huge */
const BIG = seq(40, 2e37, 1e37, 13, 41);

const r = (name: string, op: ReduceCase['op'], x: Seq, shape: number[], dim?: number | number[]): ReduceCase =>
  ({ name, kind: 'reduce', op, x, shape, ...(dim === undefined ? {} : { dim }) });
const l = (name: string, loss: LossCase['loss'], input: Seq, shape: number[], target: LossCase['target'], extra: Partial<LossCase> = {}): LossCase =>
  ({ name, kind: 'loss', loss, input, shape, target, ...extra });

export const F32_CASES: F32Case[] = [
  r('sum_10k', 'sum', U10k, [10_000]),
  r('sum_10k_pos', 'sum', POS10k, [10_000]),
  r('mean_10k', 'mean', U10k, [10_000]),
  r('mean_10k_pos', 'mean', POS10k, [10_000]),
  r('sum_7', 'sum', seq(7, 2, -1), [7]),
  r('sum_37', 'sum', seq(37, 2, 0.1), [37]),
  r('sum_2d_all', 'sum', POS10k, [100, 100]),
  r('sum_dim1', 'sum', POS10k, [100, 100], 1),
  r('sum_dim0', 'sum', POS10k, [100, 100], 0),
  r('sum_dim0_narrow', 'sum', seq(3000, 3, 100), [1000, 3], 0),
  r('sum_dim0_cols13', 'sum', seq(2600, 3, 100), [200, 13], 0),
  r('sum_dim0_cols40', 'sum', seq(8000, 3, 100), [200, 40], 0),
  r('mean_dim_middle', 'mean', seq(7 * 300 * 5, 2, 1), [7, 300, 5], 1),
  r('mean_dims_last2', 'mean', seq(4 * 50 * 60, 2, 1), [4, 50, 60], [1, 2]),
  r('sum_near_max', 'sum', NEAR_MAX, [10]),
  r('mean_near_max', 'mean', NEAR_MAX, [10]),
  r('sum_big', 'sum', BIG, [40]),
  r('mean_big', 'mean', BIG, [40]),
  r('var_10k', 'var', POS10k, [10_000]),
  r('std_10k', 'std', POS10k, [10_000]),
  r('var_dim0', 'var', POS10k, [100, 100], 0),
  r('std_dim1', 'std', POS10k, [100, 100], 1),
  l('mse_1000', 'MSELoss', seq(1000, 4, -2), [1000, 1], seq(1000, 2, -1, 104729, 10009)),
  l('mse_big', 'MSELoss', seq(64, 2e18, 1e18), [64], seq(64, 2, -1, 104729, 10009)),
  l('mse_sum_1000', 'MSELoss', seq(1000, 4, -2), [1000], seq(1000, 2, -1, 104729, 10009), { reduction: 'sum' }),
  l('l1_1000', 'L1Loss', seq(1000, 4, -2), [1000], seq(1000, 2, -1, 104729, 10009)),
  l('bce_1000', 'BCELoss', seq(1000, 0.98, 0.01), [1000], seq(1000, 1, 0, 104729, 10009)),
  l('bce_saturated', 'BCELoss', seq(16, 240, -120), [16], seq(16, 1, 0, 5, 17), { sigmoid: true }),
  { name: 'sigmoid_tanh_saturate', kind: 'softmax', fn: 'sigmoid', x: seq(64, 240, -120), shape: [64], dim: 0, w: seq(64, 2, -1, 104729, 10009) },
  { name: 'tanh_500', kind: 'softmax', fn: 'tanh', x: seq(500, 8, -4), shape: [500], dim: 0, w: seq(500, 2, -1, 104729, 10009) },
  l('bce_logits_1000', 'BCEWithLogitsLoss', seq(1000, 20, -10), [1000], seq(1000, 1, 0, 104729, 10009)),
  l('ce_1000x5', 'CrossEntropyLoss', seq(5000, 8, -4), [1000, 5], { classes: 5 }),
  l('nll_1000x5', 'NLLLoss', seq(5000, 8, -9), [1000, 5], { classes: 5 }),
  l('ce_200x12', 'CrossEntropyLoss', seq(2400, 12, -6), [200, 12], { classes: 12 }),
  { name: 'softmax_lastdim_19', kind: 'softmax', fn: 'softmax', x: seq(190, 10, -5), shape: [10, 19], dim: 1, w: seq(190, 2, -1, 104729, 10009) },
  { name: 'softmax_lastdim_5', kind: 'softmax', fn: 'softmax', x: seq(50, 10, -5), shape: [10, 5], dim: 1, w: seq(50, 2, -1, 104729, 10009) },
  { name: 'softmax_dim0', kind: 'softmax', fn: 'softmax', x: seq(190, 10, -5), shape: [19, 10], dim: 0, w: seq(190, 2, -1, 104729, 10009) },
  { name: 'log_softmax_lastdim_27', kind: 'softmax', fn: 'log_softmax', x: seq(270, 30, -15), shape: [10, 27], dim: 1, w: seq(270, 2, -1, 104729, 10009) },
  { name: 'log_softmax_dim0', kind: 'softmax', fn: 'log_softmax', x: seq(270, 30, -15), shape: [27, 10], dim: 0, w: seq(270, 2, -1, 104729, 10009) },
  { name: 'loop_lr_0.01', kind: 'loop', lr: 0.01, steps: 60 },
  { name: 'loop_lr_0.5', kind: 'loop', lr: 0.5, steps: 60 },
  { name: 'loop_lr_1.5', kind: 'loop', lr: 1.5, steps: 140 },
  { name: 'parabola_lr_1.1', kind: 'parabola', lr: 1.1, steps: 20 },
  { name: 'pileup_0d', kind: 'pileup', x: seq(200, 4, -2), steps: 3 },
  { name: 'pileup_tensors', kind: 'pileup', x: seq(240, 4, -2), steps: 3, width: 4 },
];

/** Element i of a Seq as the float32 value both languages compute. */
export const seqValue = (s: Seq, i: number): number => Math.fround(s.offset + (s.scale * ((s.a * i) % s.m)) / s.m);
