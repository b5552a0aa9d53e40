/**
 * Op and loss golden cases (pure data, shared with scripts/golden/gen_ops.py via cases.json).
 *
 * Op case: tensors are created from the fixture's explicit values with requires_grad=true, then
 *   call 'method': inputs[0][op](...inputs.slice(1), ...args, kwargs?)
 *   call 'torch':  torch[op](...inputs, ...args, kwargs?)
 *   call 'F':      F[op](...inputs, ...args, kwargs?)
 * out = result (or result.values when pick = 'values'); loss = (out * w).sum() with a fixed
 * upstream weight w of out's shape; loss.backward(). The fixture holds inputs, w, out and grads.
 * Input domains: any = U(-2, 2), pos = U(0.5, 2.5), unit = U(0, 1); or explicit `values` (edge cases).
 */

export type Domain = 'any' | 'pos' | 'unit';
export type Arg = number | number[];
/** explicit input values (edge cases); non-finite values and -0 as strings, as in the fixtures */
export type EdgeValue = number | 'nan' | 'inf' | '-inf' | '-0';
export type InputSpec = { shape: number[]; domain: Domain } | { shape: number[]; values: EdgeValue[] };

export interface OpCase {
  name: string;
  call: 'method' | 'torch' | 'F';
  op: string;
  inputs: InputSpec[];
  args?: Arg[];
  kwargs?: Record<string, number | boolean>;
  pick?: 'values';
  dtype?: 'float64' | 'float32';
}

const any = (...shape: number[]) => ({ shape, domain: 'any' as const });
const vals = (shape: number[], ...values: EdgeValue[]): InputSpec => ({ shape, values });
const pos = (...shape: number[]) => ({ shape, domain: 'pos' as const });
const m = (name: string, op: string, inputs: OpCase['inputs'], extra: Partial<OpCase> = {}): OpCase => ({
  name, call: 'method', op, inputs, ...extra,
});
const t = (name: string, op: string, inputs: OpCase['inputs'], extra: Partial<OpCase> = {}): OpCase => ({
  name, call: 'torch', op, inputs, ...extra,
});

export const OP_CASES: OpCase[] = [
  m('add', 'add', [any(2, 3), any(2, 3)]),
  m('add_broadcast', 'add', [any(3, 1), any(1, 4)]),
  m('add_scalar', 'add', [any(2, 3)], { args: [1.5] }),
  m('add_alpha', 'add', [any(2, 3), any(3)], { kwargs: { alpha: 2.5 } }),
  t('torch_add', 'add', [any(4), any(4)]),
  m('sub_broadcast', 'sub', [any(2, 3), any(3)]),
  m('sub_scalar', 'sub', [any(3)], { args: [0.25] }),
  m('mul', 'mul', [any(2, 2), any(2, 2)]),
  m('mul_broadcast', 'mul', [any(2, 1, 3), any(4, 1)]),
  m('mul_scalar', 'mul', [any(5)], { args: [-3.0] }),
  t('torch_mul', 'mul', [any(3), any(2, 1)]),
  m('div', 'div', [any(2, 3), pos(2, 3)]),
  m('div_broadcast', 'div', [any(2, 3), pos(2, 1)]),
  m('div_scalar', 'div', [any(4)], { args: [4.0] }),
  m('neg', 'neg', [any(2, 3)]),
  m('pow_int', 'pow', [any(2, 3)], { args: [3] }),
  m('pow_half', 'pow', [pos(5)], { args: [0.5] }),
  m('pow_neg', 'pow', [pos(2, 2)], { args: [-1.5] }),
  m('pow_tensor', 'pow', [pos(2, 3), any(2, 3)]),
  m('exp', 'exp', [any(2, 3)]),
  m('log', 'log', [pos(2, 3)]),
  m('sqrt', 'sqrt', [pos(2, 3)]),
  m('abs', 'abs', [any(7)]),
  m('tanh', 'tanh', [any(2, 3)]),
  m('sigmoid', 'sigmoid', [any(2, 3)]),
  m('relu', 'relu', [any(8)]),
  t('torch_exp', 'exp', [any(3)]),
  t('torch_tanh', 'tanh', [any(2, 2)]),
  m('clamp_pos', 'clamp', [any(8)], { args: [-0.5, 0.5] }),
  m('clamp_min', 'clamp', [any(8)], { kwargs: { min: -0.3 } }),
  m('clamp_max', 'clamp', [any(8)], { kwargs: { max: 0.4 } }),
  m('sum', 'sum', [any(2, 3)]),
  m('sum_dim', 'sum', [any(2, 3, 4)], { args: [1] }),
  m('sum_dim_keepdim', 'sum', [any(3, 4)], { args: [0], kwargs: { keepdim: true } }),
  m('mean', 'mean', [any(3, 4)]),
  m('mean_dim', 'mean', [any(3, 4)], { args: [1] }),
  m('mean_dim_neg_keepdim', 'mean', [any(2, 3, 2)], { args: [-1], kwargs: { keepdim: true } }),
  t('torch_sum', 'sum', [any(5)]),
  t('torch_mean_dim', 'mean', [any(3, 4)], { args: [0] }),
  m('max', 'max', [any(3, 4)]),
  m('min', 'min', [any(3, 4)]),
  m('max_dim', 'max', [any(3, 4)], { args: [1], pick: 'values' }),
  m('min_dim_keepdim', 'min', [any(3, 4)], { args: [0], kwargs: { keepdim: true }, pick: 'values' }),
  m('matmul', 'matmul', [any(3, 4), any(4, 2)]),
  m('matmul_mv', 'matmul', [any(3, 4), any(4)]),
  m('matmul_vm', 'matmul', [any(4), any(4, 2)]),
  m('matmul_dot', 'matmul', [any(5), any(5)]),
  t('torch_matmul', 'matmul', [any(2, 3), any(3, 3)]),
  m('t', 't', [any(2, 3)]),
  m('transpose', 'transpose', [any(2, 3)], { args: [0, 1] }),
  m('transpose_3d', 'transpose', [any(2, 3, 4)], { args: [0, 2] }),
  m('reshape', 'reshape', [any(2, 3)], { args: [3, 2] }),
  m('reshape_infer', 'reshape', [any(2, 3, 2)], { args: [-1, 4] }),
  m('view', 'view', [any(2, 3)], { args: [6] }),
  m('view_infer', 'view', [any(4, 3)], { args: [2, -1] }),
  m('unsqueeze', 'unsqueeze', [any(3)], { args: [0] }),
  m('unsqueeze_last', 'unsqueeze', [any(2, 3)], { args: [-1] }),
  m('squeeze', 'squeeze', [any(1, 3, 1)]),
  m('squeeze_dim', 'squeeze', [any(1, 3)], { args: [0] }),
  m('select', 'select', [any(3, 4)], { args: [1, 2] }),
  m('select_neg', 'select', [any(3, 4)], { args: [0, -1] }),
  m('softmax', 'softmax', [any(3, 4)], { args: [1] }),
  m('softmax_dim0', 'softmax', [any(3, 4)], { args: [0] }),
  m('log_softmax', 'log_softmax', [any(3, 4)], { args: [1] }),
  t('torch_softmax', 'softmax', [any(2, 5)], { kwargs: { dim: -1 } }),
  { name: 'F_softmax', call: 'F', op: 'softmax', inputs: [any(2, 3)], kwargs: { dim: 1 } },
  { name: 'F_log_softmax', call: 'F', op: 'log_softmax', inputs: [any(2, 3)], kwargs: { dim: 1 } },
  { name: 'F_relu', call: 'F', op: 'relu', inputs: [any(6)] },
  { name: 'F_linear', call: 'F', op: 'linear', inputs: [any(4, 3), any(2, 3), any(2)] },
  { name: 'F_mse_loss', call: 'F', op: 'mse_loss', inputs: [any(3, 2), any(3, 2)] },
  { name: 'F_l1_loss', call: 'F', op: 'l1_loss', inputs: [any(5), any(5)] },
  { name: 'F_sigmoid', call: 'F', op: 'sigmoid', inputs: [any(2, 2)] },
  { name: 'F_tanh', call: 'F', op: 'tanh', inputs: [any(3)] },
  // 0-d tensors and wider broadcasting
  m('add_0d', 'add', [any(2, 3), any()]),
  m('mul_0d_left', 'mul', [any(), any(4)]),
  m('sub_3d_broadcast', 'sub', [any(3, 1, 2), any(4, 1)]),
  m('div_0d', 'div', [any(2, 2), pos()]),
  m('pow_0d_exponent', 'pow', [pos(3), any()]),
  m('matmul_batched_broadcast', 'matmul', [any(2, 3, 4), any(4, 2)]),
  m('sum_0d', 'sum', [any()]),
  // edge cases: kinks, ties, bounds, zeros, overflow, huge logits (PyTorch's subgradient conventions)
  m('edge_abs_at_zero', 'abs', [vals([3], 0, -1.5, 2)]),
  m('edge_relu_at_zero', 'relu', [vals([3], 0, -1.5, 2)]),
  m('edge_clamp_at_bounds', 'clamp', [vals([4], -0.5, 0.5, 0.2, 0.9)], { args: [-0.5, 0.5] }),
  m('edge_clamp_min_at_bound', 'clamp', [vals([3], -0.5, 0.5, -0.7)], { kwargs: { min: -0.5 } }),
  m('edge_clamp_max_at_bound', 'clamp', [vals([3], -0.5, 0.5, 0.7)], { kwargs: { max: 0.5 } }),
  m('edge_max_ties', 'max', [vals([2, 2], 1, 3, 3, 2)]),
  m('edge_min_ties', 'min', [vals([3], 0.5, 0.5, 2)]),
  m('edge_max_dim_ties', 'max', [vals([2, 3], 2, 2, 1, -1, 4, 4)], { args: [1], pick: 'values' }),
  m('edge_sqrt_zero', 'sqrt', [vals([2], 0, 4)]),
  m('edge_log_zero', 'log', [vals([2], 0, 1)]),
  m('edge_div_by_zero', 'div', [vals([3], 1, -1, 0), vals([3], 0, 0, 0)]),
  m('edge_pow_zero_base', 'pow', [vals([3], 0, 2, -3)], { args: [2] }),
  m('edge_pow_zero_base_half', 'pow', [vals([2], 0, 4)], { args: [0.5] }),
  m('edge_pow_zero_exponent', 'pow', [vals([3], 0, 2, -3)], { args: [0] }),
  m('edge_pow_tensor_zero_base', 'pow', [vals([4], 0, 0, 2, 0), vals([4], 2, 0, 1.5, 0.5)]),
  m('edge_clamp_min_gt_max', 'clamp', [vals([3], -1, 0, 1)], { args: [0.5, -0.5] }),
  m('edge_softmax_neg_inf', 'softmax', [vals([2, 3], '-inf', 0, 1, '-inf', '-inf', '-inf')], { args: [1] }),
  m('edge_log_softmax_neg_inf', 'log_softmax', [vals([1, 3], '-inf', 0, 1)], { args: [1] }),
  m('edge_exp_overflow', 'exp', [vals([2], 800, -800)]),
  m('edge_sigmoid_extreme', 'sigmoid', [vals([3], -100, 0, 100)]),
  m('edge_tanh_extreme', 'tanh', [vals([2], -50, 50)]),
  m('edge_softmax_large', 'softmax', [vals([2, 3], 1000, 1001, 1002, -1000, 0, 1000)], { args: [1] }),
  m('edge_log_softmax_large', 'log_softmax', [vals([2, 3], 1000, 1001, 1002, -1000, 0, 1000)], { args: [1] }),
  m('edge_nan_propagation', 'mul', [vals([3], 'nan', 1, 'inf'), vals([3], 2, 0, 0)]),
  m('edge_f32_exp_overflow', 'exp', [vals([2], 100, 1)], { dtype: 'float32' }),
  // float32 (rtol 1e-5 / atol 1e-6)
  m('f32_exp', 'exp', [any(2, 3)], { dtype: 'float32' }),
  m('f32_div_broadcast', 'div', [any(2, 3), pos(3)], { dtype: 'float32' }),
  m('f32_matmul', 'matmul', [any(5, 4), any(4, 3)], { dtype: 'float32' }),
  m('f32_sum_dim', 'sum', [any(3, 4)], { args: [1], dtype: 'float32' }),
  m('f32_softmax', 'softmax', [any(3, 4)], { args: [1], dtype: 'float32' }),
  m('f32_mean', 'mean', [any(10, 10)], { dtype: 'float32' }),
];

export interface LossCase {
  name: string;
  loss: 'MSELoss' | 'L1Loss' | 'CrossEntropyLoss' | 'BCEWithLogitsLoss';
  options: Record<string, number | string>;
  /** CrossEntropyLoss weight / BCEWithLogitsLoss pos_weight, passed as tensors */
  weight?: number[];
  pos_weight?: number[];
  input: InputSpec;
  target:
    | { kind: 'float'; shape: number[]; domain: Domain }
    | { kind: 'classes'; values: number[] }
    | { kind: 'probs'; shape: number[] };
  dtype?: 'float64' | 'float32';
}

const L = (name: string, loss: LossCase['loss'], options: LossCase['options'], input: LossCase['input'],
  target: LossCase['target'], extra: Partial<LossCase> = {}): LossCase => ({ name, loss, options, input, target, ...extra });
const fl = (shape: number[], domain: Domain = 'any') => ({ kind: 'float' as const, shape, domain });
const cls = (...values: number[]) => ({ kind: 'classes' as const, values });

export const LOSS_CASES: LossCase[] = [
  L('mse_mean', 'MSELoss', {}, any(4, 3), fl([4, 3])),
  L('mse_sum', 'MSELoss', { reduction: 'sum' }, any(4, 3), fl([4, 3])),
  L('mse_none', 'MSELoss', { reduction: 'none' }, any(4, 3), fl([4, 3])),
  L('l1_mean', 'L1Loss', {}, any(5, 2), fl([5, 2])),
  L('l1_sum', 'L1Loss', { reduction: 'sum' }, any(5, 2), fl([5, 2])),
  L('l1_none', 'L1Loss', { reduction: 'none' }, any(5, 2), fl([5, 2])),
  L('ce_mean', 'CrossEntropyLoss', {}, any(4, 3), cls(0, 2, 1, 2)),
  L('ce_sum', 'CrossEntropyLoss', { reduction: 'sum' }, any(4, 3), cls(0, 2, 1, 2)),
  L('ce_none', 'CrossEntropyLoss', { reduction: 'none' }, any(4, 3), cls(0, 2, 1, 2)),
  L('ce_weight', 'CrossEntropyLoss', {}, any(5, 3), cls(0, 2, 1, 2, 2), { weight: [0.2, 1.0, 3.0] }),
  L('ce_weight_sum', 'CrossEntropyLoss', { reduction: 'sum' }, any(5, 3), cls(0, 2, 1, 2, 2), { weight: [0.2, 1.0, 3.0] }),
  L('ce_ignore_index', 'CrossEntropyLoss', { ignore_index: 1 }, any(5, 4), cls(0, 1, 3, 1, 2)),
  L('ce_ignore_default', 'CrossEntropyLoss', {}, any(3, 4), cls(0, -100, 3)),
  L('ce_label_smoothing', 'CrossEntropyLoss', { label_smoothing: 0.1 }, any(4, 3), cls(0, 2, 1, 2)),
  L('ce_label_smoothing_weight', 'CrossEntropyLoss', { label_smoothing: 0.2 }, any(4, 3), cls(0, 2, 1, 1),
    { weight: [0.5, 2.0, 1.0] }),
  L('ce_label_smoothing_ignore_none', 'CrossEntropyLoss', { label_smoothing: 0.15, ignore_index: 0, reduction: 'none' },
    any(4, 3), cls(0, 2, 1, 2)),
  L('ce_probs', 'CrossEntropyLoss', {}, any(3, 4), { kind: 'probs', shape: [3, 4] }),
  L('ce_probs_weight_sum', 'CrossEntropyLoss', { reduction: 'sum' }, any(3, 4), { kind: 'probs', shape: [3, 4] },
    { weight: [1.0, 0.5, 2.0, 1.5] }),
  L('ce_probs_smoothing', 'CrossEntropyLoss', { label_smoothing: 0.1 }, any(3, 4), { kind: 'probs', shape: [3, 4] }),
  L('bce_logits_mean', 'BCEWithLogitsLoss', {}, any(3, 2), fl([3, 2], 'unit')),
  L('bce_logits_sum', 'BCEWithLogitsLoss', { reduction: 'sum' }, any(3, 2), fl([3, 2], 'unit')),
  L('bce_logits_none', 'BCEWithLogitsLoss', { reduction: 'none' }, any(3, 2), fl([3, 2], 'unit')),
  L('bce_logits_pos_weight', 'BCEWithLogitsLoss', {}, any(3, 2), fl([3, 2], 'unit'), { pos_weight: [2.0, 0.5] }),
  L('edge_mse_broadcast', 'MSELoss', {}, any(3, 1), fl([3])),
  L('edge_l1_broadcast_sum', 'L1Loss', { reduction: 'sum' }, any(2, 1), fl([1, 3])),
  L('edge_ce_all_ignored', 'CrossEntropyLoss', {}, vals([2, 3], 0.5, 1, -1, 2, 0, 1), cls(-100, -100)),
  L('edge_ce_huge_logits', 'CrossEntropyLoss', {}, vals([2, 3], 1000, -1000, 0, -500, 500, 499), cls(1, 2)),
  L('edge_bce_logits_extreme', 'BCEWithLogitsLoss', {}, vals([4], 100, -100, 50, -50), fl([4], 'unit')),
  L('f32_mse', 'MSELoss', {}, any(6, 2), fl([6, 2]), { dtype: 'float32' }),
  L('f32_ce', 'CrossEntropyLoss', {}, any(4, 5), cls(4, 0, 2, 1), { dtype: 'float32' }),
];
