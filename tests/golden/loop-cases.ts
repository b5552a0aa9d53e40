/**
 * Training-loop golden cases (pure data, shared with scripts/golden/gen_loop.py via cases-loop.json).
 *
 *   data:    torch.manual_seed(seed); ds = TensorDataset(arange(n) float, 2·arange(n) int64);
 *            loader = DataLoader(ds, batch_size, shuffle, drop_last); two epochs of `for x, y in loader`,
 *            then torch.rand(2) (the default generator's state after the loader). The fixture stores, per
 *            case, the index order of each epoch (x of every batch, concatenated), the batch sizes and len().
 *   clip:    grads (float32 or float64, one list per parameter) → clip_grad_norm_(params, max_norm, norm_type)
 *            returns the total norm and the clipped grads; `value` cases call clip_grad_value_(params, max_norm).
 *   dropout: torch.manual_seed(seed); nn.Dropout(p)(ones(shape)) in train mode, then torch.rand(2).
 *   repr:    str(optimizer) for `optimizer(params, **options)`.
 *   resume:  the model, loss and data of RESUME_PROBLEM trained `steps` steps, saved after `save_at`
 *            (model + optimizer + scheduler state_dict), reloaded into fresh objects, trained on: the losses
 *            and final parameters (which must equal those of the uninterrupted run).
 */
export interface DataCase {
  name: string;
  seed: number;
  n: number;
  batch_size: number;
  shuffle: boolean;
  drop_last: boolean;
}
export interface ClipCase {
  name: string;
  fn: 'norm' | 'value';
  dtype: 'float32' | 'float64';
  grads: number[][];
  max_norm: number;
  /** a number, or 'inf' (float('inf')) */
  norm_type?: number | 'inf';
}
export interface DropoutCase {
  name: string;
  seed: number;
  p: number;
  shape: number[];
  dtype: 'float32' | 'float64';
}
export interface ReprCase {
  name: string;
  optimizer: string;
  options: Record<string, unknown>;
}
export interface ResumeCase {
  name: string;
  optimizer: string;
  options: Record<string, unknown>;
  scheduler: string;
  scheduler_options: Record<string, unknown>;
  steps: number;
  save_at: number;
}

const DATA_SEEDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
export const DATA_CASES: DataCase[] = [];
for (const seed of DATA_SEEDS) {
  for (const n of [10, 100, 1000]) {
    for (const batch_size of [1, 7, 32]) {
      for (const drop_last of [false, true]) {
        DATA_CASES.push({ name: `s${seed}_n${n}_b${batch_size}${drop_last ? '_drop' : ''}`, seed, n, batch_size, shuffle: true, drop_last });
      }
    }
  }
}
// without shuffle the loader still draws its base seed from the default generator
DATA_CASES.push({ name: 'seq_s0_n10_b3', seed: 0, n: 10, batch_size: 3, shuffle: false, drop_last: false });
DATA_CASES.push({ name: 'seq_s5_n100_b32_drop', seed: 5, n: 100, batch_size: 32, shuffle: false, drop_last: true });

const G1 = [0.5, -1.25, 2, 0.125];
const G2 = [3, -4, 1e-3];
export const CLIP_CASES: ClipCase[] = [
  { name: 'l2_f32_clipped', fn: 'norm', dtype: 'float32', grads: [G1, G2], max_norm: 1 },
  { name: 'l2_f64_clipped', fn: 'norm', dtype: 'float64', grads: [G1, G2], max_norm: 1 },
  { name: 'l2_f32_not_clipped', fn: 'norm', dtype: 'float32', grads: [G1, G2], max_norm: 100 },
  { name: 'l2_f32_long', fn: 'norm', dtype: 'float32', grads: [Array.from({ length: 37 }, (_, i) => Math.sin(i + 1) * 3), G1], max_norm: 0.5 },
  { name: 'l2_f64_long', fn: 'norm', dtype: 'float64', grads: [Array.from({ length: 37 }, (_, i) => Math.sin(i + 1) * 3), G1], max_norm: 0.5 },
  { name: 'l1_f32', fn: 'norm', dtype: 'float32', grads: [G1, G2], max_norm: 2, norm_type: 1 },
  { name: 'linf_f32', fn: 'norm', dtype: 'float32', grads: [G1, G2], max_norm: 2, norm_type: 'inf' },
  { name: 'linf_f64', fn: 'norm', dtype: 'float64', grads: [G1, G2], max_norm: 0.1, norm_type: 'inf' },
  { name: 'l3_f64', fn: 'norm', dtype: 'float64', grads: [G1, G2], max_norm: 1, norm_type: 3 },
  { name: 'value_f32', fn: 'value', dtype: 'float32', grads: [G1, G2], max_norm: 1.1 },
];

export const DROPOUT_CASES: DropoutCase[] = [
  { name: 'p05_10', seed: 0, p: 0.5, shape: [10], dtype: 'float32' },
  { name: 'p02_4x5', seed: 1, p: 0.2, shape: [4, 5], dtype: 'float32' },
  { name: 'p03_100_f64', seed: 2, p: 0.3, shape: [100], dtype: 'float64' },
  { name: 'p09_33', seed: 3, p: 0.9, shape: [33], dtype: 'float32' },
];

export const REPR_CASES: ReprCase[] = [
  { name: 'sgd_momentum', optimizer: 'SGD', options: { lr: 0.1, momentum: 0.9 } },
  { name: 'adam_lr', optimizer: 'Adam', options: { lr: 0.01 } },
  { name: 'adam_decoupled', optimizer: 'Adam', options: { lr: 0.001, weight_decay: 0.01, decoupled_weight_decay: true } },
  { name: 'adamw', optimizer: 'AdamW', options: {} },
  { name: 'rmsprop', optimizer: 'RMSprop', options: { lr: 0.01, alpha: 0.9 } },
];

export const RESUME_CASES: ResumeCase[] = [
  { name: 'adam_steplr', optimizer: 'Adam', options: { lr: 0.05 }, scheduler: 'StepLR', scheduler_options: { step_size: 4, gamma: 0.5 }, steps: 20, save_at: 10 },
  { name: 'sgd_momentum_cosine', optimizer: 'SGD', options: { lr: 0.1, momentum: 0.9, nesterov: true }, scheduler: 'CosineAnnealingLR', scheduler_options: { T_max: 15 }, steps: 20, save_at: 10 },
];

/** y = X·w_true + noise-free bias; a Linear(3, 1) model from torch.manual_seed(0), MSELoss, full batch (float32). */
export const RESUME_PROBLEM = {
  seed: 0,
  x: [[0.5, -1, 2], [1.5, 0.25, -0.5], [-1, 1, 1], [2, -0.5, 0.75], [0, 1.5, -1.25], [-0.75, -1.5, 0.5]],
  y: [[1.5], [0.75], [-0.25], [2.25], [-1], [0.5]],
};
