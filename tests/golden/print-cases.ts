/**
 * Printing golden cases (pure data, shared with scripts/golden/gen_print.py via cases.json): what
 * `print(t)` shows in PyTorch 2.x must be what `String(t)` / console.log shows in the engine, including
 * the grad_fn names learners see on losses (`tensor(1.0317, grad_fn=<MseLossBackward0>)`).
 *
 * A case builds torch.tensor(data, dtype=…, requires_grad=…) (data = `values`, or i * step + start for
 * i < n when `range` is given), reshaped to `shape`, then applies the named transform `then` (TRANSFORMS
 * in tests/golden-print.test.ts and gen_print.py), and prints the result.
 */
/** JSON has no NaN/±Infinity/-0: those are written as strings and mapped back by `special()`. */
export type PrintValue = number | 'nan' | 'inf' | '-inf' | '-0';
export const special = (v: PrintValue): number =>
  v === 'nan' ? Number.NaN : v === 'inf' ? Number.POSITIVE_INFINITY : v === '-inf' ? Number.NEGATIVE_INFINITY : v === '-0' ? -0 : v;

export interface PrintCase {
  name: string;
  dtype: 'float32' | 'float64' | 'int64';
  shape: number[];
  values?: PrintValue[];
  range?: { start: number; step: number };
  requires_grad?: boolean;
  then?: string;
}

const p = (name: string, dtype: PrintCase['dtype'], shape: number[], values: PrintValue[], extra: Partial<PrintCase> = {}): PrintCase =>
  ({ name, dtype, shape, values, ...extra });
const g = (name: string, then: string, shape = [2, 3], values = [0.5, -1.25, 2.0, 0.75, 1.5, -0.3]): PrintCase =>
  ({ name, dtype: 'float32', shape, values, requires_grad: true, then });

export const PRINT_CASES: PrintCase[] = [
  p('vector', 'float32', [3], [1.541, -0.2934, -2.1788]),
  p('integral_floats', 'float32', [3], [1, 2, 3]),
  p('zero_d', 'float32', [], [17]),
  p('zero_d_fraction', 'float32', [], [0.123456]),
  p('matrix', 'float32', [3, 4], [0.1, -2.5, 3.25, 10, 0.001, 4, -7.5, 0.3333, 8, 9, -0.01, 12.5]),
  p('tensor_3d', 'float32', [2, 2, 3], [1, -2, 3.5, 4, 5, 6, 7, 8, 9, 10, 11, 12.25]),
  p('sci_small', 'float32', [3], [0.00001, 1.0, 2.5]),
  p('sci_large', 'float32', [2], [1e9, 1.0]),
  p('sci_ratio', 'float32', [3], [0.001, 123456.0, 5.0]),
  p('tiny_values', 'float32', [2], [0.001, 0.0002]),
  p('nan_inf', 'float32', [4], ['nan', 'inf', '-inf', 1.5]),
  p('negative_zero', 'float32', [2], ['-0', 1]),
  p('float64', 'float64', [3], [0.1, 0.2, 0.30000000000000004]),
  p('float64_integral', 'float64', [2], [1, 2]),
  p('int64', 'int64', [4], [1, -2, 300, 4]),
  p('int64_matrix', 'int64', [2, 3], [1, 20, 300, -4, 5, 6]),
  p('requires_grad_leaf', 'float32', [2], [1.5, -2], { requires_grad: true }),
  p('requires_grad_f64', 'float64', [2], [1, 2], { requires_grad: true }),
  p('summarized', 'float32', [2000], [], { range: { start: -100, step: 0.25 } }),
  p('summarized_matrix', 'float32', [40, 30], [], { range: { start: 0, step: 1 } }),
  p('wide_row', 'float32', [20], [], { range: { start: -3.5, step: 0.37 } }),
  g('grad_mean', 'mean'),
  g('grad_sum', 'sum'),
  g('grad_add', 'add1'),
  g('grad_sub', 'sub1'),
  g('grad_mul', 'mul2'),
  g('grad_div', 'div2'),
  g('grad_neg', 'neg'),
  g('grad_pow', 'pow2'),
  g('grad_exp', 'exp'),
  g('grad_abs', 'abs'),
  g('grad_tanh', 'tanh'),
  g('grad_sigmoid', 'sigmoid'),
  g('grad_relu', 'relu'),
  g('grad_clamp', 'clamp'),
  g('grad_t', 't'),
  g('grad_transpose', 'transpose'),
  g('grad_reshape', 'reshape'),
  g('grad_view', 'view'),
  g('grad_unsqueeze', 'unsqueeze'),
  g('grad_select', 'select'),
  g('grad_matmul', 'matmul'),
  g('grad_max', 'max'),
  g('grad_softmax', 'softmax'),
  g('grad_log_softmax', 'log_softmax'),
  g('grad_mse_loss', 'mse'),
  g('grad_cross_entropy', 'cross_entropy'),
  g('grad_linear_2d', 'linear'),
  g('grad_square_mean', 'square_mean'),
];
