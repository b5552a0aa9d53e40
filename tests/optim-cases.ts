/**
 * Optimizer golden cases: the single source of truth for both the Python generator
 * (scripts/golden/gen_optim.py reads these through scripts/golden/cases.json, written by
 * `npx tsx scripts/golden/export_cases.ts`) and tests/golden-optim.test.ts.
 *
 * Pure data: no engine import, so the export script runs without the engine.
 * Options use PyTorch's keyword names; arrays stand for Python tuples (betas, etas, step_sizes).
 */

/** Fixed, explicit problem data (float64 unless a case says float32). */
export const PROBLEMS = {
  /** loss = mean((X @ W.T + b - Y)^2); params W [2,3], b [2]. */
  linear: {
    params: {
      W: { shape: [2, 3], data: [0.5, -0.3, 0.8, -0.6, 0.2, 0.4] },
      b: { shape: [2], data: [0.1, -0.2] },
    },
    X: { shape: [4, 3], data: [1.0, 2.0, -1.0, 0.5, -1.5, 2.0, -1.0, 0.3, 0.7, 2.0, 1.0, 0.5] },
    Y: { shape: [4, 2], data: [1.0, -1.0, 0.0, 2.0, -0.5, 0.5, 1.5, 0.3] },
  },
  /** loss = (x - 1)^2 + 100 (y - x*x)^2 with 0-d params x, y (Rosenbrock). */
  rosen: {
    params: {
      x: { shape: [], data: [-1.5] },
      y: { shape: [], data: [2.0] },
    },
  },
  /**
   * linear + e [2] and z [2]:
   * loss = linear + (z * 0).sum()                      (z: all-zero grad every step, never skipped)
   *        + (step % 2 == 1 ? 0.5 * (e * e).sum() : 0)  (e: grad None on even steps, so it is skipped)
   * step is the 0-based outer step index.
   */
  extra: {
    params: {
      W: { shape: [2, 3], data: [0.5, -0.3, 0.8, -0.6, 0.2, 0.4] },
      b: { shape: [2], data: [0.1, -0.2] },
      e: { shape: [2], data: [0.3, -0.7] },
      z: { shape: [2], data: [1.0, -1.0] },
    },
  },
} as const;

export type ProblemName = keyof typeof PROBLEMS;
export type OptimName =
  | 'SGD' | 'Adam' | 'AdamW' | 'RMSprop' | 'Adagrad' | 'Adadelta' | 'Adamax'
  | 'NAdam' | 'RAdam' | 'Rprop' | 'ASGD' | 'LBFGS';
export type Options = Record<string, number | boolean | string | number[] | null>;

export interface OptimCase {
  name: string;
  optim: OptimName;
  /** constructor keyword arguments */
  options: Options;
  problem: ProblemName;
  steps: number;
  dtype: 'float64' | 'float32';
  /** param groups by param name; group options override `options` (PyTorch defaults dict) */
  groups?: { params: string[]; options: Options }[];
  /** state_dict round trip after this many steps: new params (copies), new optimizer, load, continue */
  reloadAt?: number;
  /**
   * torch.set_default_dtype during the case (decides the dtype of scalar state: step, NAdam mu_product,
   * ASGD eta/mu). Unset: the params' dtype (float64 cases run with set_default_dtype(float64)).
   */
  default_dtype?: 'float32';
  /**
   * How each step clears grads: 'none' = opt.zero_grad() (2.x default set_to_none=True), 'zeros' =
   * opt.zero_grad({ set_to_none: false }), 'skip' = never (grads accumulate: the guide's pitfall).
   */
  zero_grad?: 'none' | 'zeros' | 'skip';
  /**
   * These params are left out of the constructor and added with opt.add_param_group({ params, ...options })
   * just before step `at` (0-based); until then they get grads but are not updated.
   */
  addGroup?: { at: number; params: string[]; options: Options };
  /** an LR scheduler stepped after every opt.step() (ReduceLROnPlateau gets the step's loss) */
  scheduler?: { type: string; options: Options };
}

const base = { problem: 'linear', steps: 10, dtype: 'float64' } as const;
const c = (name: string, optim: OptimName, options: Options, extra: Partial<OptimCase> = {}): OptimCase => ({
  name, optim, options, ...base, ...extra,
});

/** Every optimizer × its options on the linear problem. */
const linearCases: OptimCase[] = [
  c('sgd_default', 'SGD', {}),
  c('sgd_plain', 'SGD', { lr: 0.1 }),
  c('sgd_momentum', 'SGD', { lr: 0.1, momentum: 0.9 }),
  c('sgd_dampening', 'SGD', { lr: 0.1, momentum: 0.9, dampening: 0.5 }),
  c('sgd_nesterov', 'SGD', { lr: 0.1, momentum: 0.9, nesterov: true }),
  c('sgd_wd', 'SGD', { lr: 0.1, weight_decay: 0.1 }),
  c('sgd_nesterov_wd', 'SGD', { lr: 0.1, momentum: 0.9, nesterov: true, weight_decay: 0.1 }),
  c('sgd_maximize', 'SGD', { lr: 0.05, momentum: 0.5, weight_decay: 0.1, maximize: true }),
  c('adam_default', 'Adam', {}),
  c('adam_lr', 'Adam', { lr: 0.05 }),
  c('adam_betas_eps', 'Adam', { lr: 0.05, betas: [0.8, 0.9], eps: 1e-3 }),
  c('adam_amsgrad', 'Adam', { lr: 0.05, amsgrad: true }),
  c('adam_wd', 'Adam', { lr: 0.05, weight_decay: 0.1 }),
  c('adam_wd_amsgrad', 'Adam', { lr: 0.05, weight_decay: 0.1, amsgrad: true }),
  c('adam_maximize', 'Adam', { lr: 0.05, weight_decay: 0.1, maximize: true }),
  c('adam_decoupled', 'Adam', { lr: 0.05, weight_decay: 0.1, decoupled_weight_decay: true }),
  c('adamw_default', 'AdamW', {}),
  c('adamw_wd', 'AdamW', { lr: 0.05, weight_decay: 0.1 }),
  c('adamw_amsgrad', 'AdamW', { lr: 0.05, amsgrad: true }),
  c('adamw_maximize', 'AdamW', { lr: 0.05, maximize: true }),
  c('rmsprop_default', 'RMSprop', {}),
  c('rmsprop_alpha', 'RMSprop', { lr: 0.05, alpha: 0.9, eps: 1e-4 }),
  c('rmsprop_centered', 'RMSprop', { centered: true }),
  c('rmsprop_momentum', 'RMSprop', { momentum: 0.5 }),
  c('rmsprop_centered_momentum_wd', 'RMSprop', { centered: true, momentum: 0.1, weight_decay: 0.1 }),
  c('rmsprop_maximize', 'RMSprop', { maximize: true, weight_decay: 0.1 }),
  c('adagrad_default', 'Adagrad', {}),
  c('adagrad_lr_decay', 'Adagrad', { lr: 0.1, lr_decay: 0.5, weight_decay: 0.1 }),
  c('adagrad_init_acc', 'Adagrad', { lr: 0.1, initial_accumulator_value: 0.1, weight_decay: 0.1 }),
  c('adagrad_maximize', 'Adagrad', { lr: 0.1, maximize: true, eps: 1e-3 }),
  c('adadelta_default', 'Adadelta', {}),
  c('adadelta_rho_wd', 'Adadelta', { lr: 0.5, rho: 0.95, weight_decay: 0.1 }),
  c('adadelta_maximize', 'Adadelta', { maximize: true, eps: 1e-3 }),
  c('adamax_default', 'Adamax', {}),
  c('adamax_wd', 'Adamax', { lr: 0.1, weight_decay: 0.1 }),
  c('adamax_maximize', 'Adamax', { lr: 0.1, maximize: true, betas: [0.5, 0.8] }),
  c('nadam_default', 'NAdam', {}),
  c('nadam_lr', 'NAdam', { lr: 0.05 }),
  c('nadam_momentum_decay', 'NAdam', { lr: 0.05, momentum_decay: 6e-3 }),
  c('nadam_wd', 'NAdam', { lr: 0.05, weight_decay: 0.1 }),
  c('nadam_decoupled', 'NAdam', { lr: 0.05, weight_decay: 0.1, momentum_decay: 6e-3, decoupled_weight_decay: true }),
  c('nadam_maximize', 'NAdam', { lr: 0.05, weight_decay: 0.1, maximize: true }),
  c('radam_default', 'RAdam', {}, { steps: 12 }),
  c('radam_lr', 'RAdam', { lr: 0.05, eps: 1e-6 }, { steps: 12 }),
  c('radam_wd', 'RAdam', { lr: 0.05, weight_decay: 0.1 }, { steps: 12 }),
  c('radam_decoupled', 'RAdam', { lr: 0.05, weight_decay: 0.1, decoupled_weight_decay: true }, { steps: 12 }),
  c('radam_maximize', 'RAdam', { lr: 0.05, maximize: true }, { steps: 12 }),
  c('rprop_default', 'Rprop', {}),
  c('rprop_etas', 'Rprop', { lr: 0.05, etas: [0.3, 1.5] }),
  c('rprop_step_sizes', 'Rprop', { lr: 0.05, step_sizes: [0.01, 0.08] }),
  c('rprop_maximize', 'Rprop', { maximize: true }),
  c('asgd_default', 'ASGD', {}),
  c('asgd_lambd', 'ASGD', { lr: 0.05, lambd: 0.1 }),
  c('asgd_t0', 'ASGD', { lr: 0.05, t0: 3, alpha: 0.5 }),
  c('asgd_wd_maximize', 'ASGD', { lr: 0.05, weight_decay: 0.1, maximize: true }),
  c('lbfgs_default', 'LBFGS', {}, { steps: 4 }),
  c('lbfgs_small', 'LBFGS', { lr: 0.1, max_iter: 5, history_size: 3 }, { steps: 6 }),
  c('lbfgs_strong_wolfe', 'LBFGS', { line_search_fn: 'strong_wolfe' }, { steps: 4 }),
];

/** The Rosenbrock problem (0-d params, steep curvature). */
const rosenCases: OptimCase[] = [
  c('rosen_sgd_momentum', 'SGD', { lr: 1e-4, momentum: 0.9 }, { problem: 'rosen', steps: 12 }),
  c('rosen_adam', 'Adam', { lr: 0.05 }, { problem: 'rosen', steps: 12 }),
  c('rosen_adamw', 'AdamW', { lr: 0.05, weight_decay: 0.01 }, { problem: 'rosen', steps: 12 }),
  c('rosen_rmsprop', 'RMSprop', { lr: 0.01 }, { problem: 'rosen', steps: 12 }),
  c('rosen_adagrad', 'Adagrad', { lr: 0.5 }, { problem: 'rosen', steps: 12 }),
  c('rosen_adadelta', 'Adadelta', {}, { problem: 'rosen', steps: 12 }),
  c('rosen_adamax', 'Adamax', { lr: 0.05 }, { problem: 'rosen', steps: 12 }),
  c('rosen_nadam', 'NAdam', { lr: 0.05 }, { problem: 'rosen', steps: 12 }),
  c('rosen_radam', 'RAdam', { lr: 2e-4 }, { problem: 'rosen', steps: 12 }),
  c('rosen_rprop', 'Rprop', { lr: 0.01 }, { problem: 'rosen', steps: 12 }),
  c('rosen_asgd', 'ASGD', { lr: 1e-4, t0: 4 }, { problem: 'rosen', steps: 12 }),
  c('rosen_lbfgs', 'LBFGS', { lr: 0.1, history_size: 10 }, { problem: 'rosen', steps: 3 }),
  c('rosen_lbfgs_strong_wolfe', 'LBFGS', { line_search_fn: 'strong_wolfe' }, { problem: 'rosen', steps: 3 }),
];

/** Param groups with different lr/options (group values win, missing keys come from the defaults). */
const groupCases: OptimCase[] = [
  c('groups_sgd', 'SGD', { lr: 0.1, momentum: 0.9 }, {
    groups: [{ params: ['W'], options: { lr: 0.05, momentum: 0.5 } }, { params: ['b'], options: { weight_decay: 0.1 } }],
  }),
  c('groups_adam', 'Adam', { lr: 0.05 }, {
    groups: [{ params: ['W'], options: {} }, { params: ['b'], options: { lr: 0.01, amsgrad: true, betas: [0.5, 0.6] } }],
  }),
  c('groups_adamw', 'AdamW', { lr: 0.05 }, {
    groups: [{ params: ['W'], options: { weight_decay: 0.5 } }, { params: ['b'], options: { weight_decay: 0 } }],
  }),
  c('groups_rmsprop', 'RMSprop', { lr: 0.02 }, {
    groups: [{ params: ['b'], options: { centered: true } }, { params: ['W'], options: { momentum: 0.3, lr: 0.01 } }],
  }),
  c('groups_adagrad', 'Adagrad', { lr: 0.1, initial_accumulator_value: 0.2 }, {
    groups: [{ params: ['W'], options: { lr: 0.5 } }, { params: ['b'], options: { lr_decay: 0.1 } }],
  }),
  c('groups_nadam', 'NAdam', { lr: 0.05 }, {
    groups: [{ params: ['W'], options: { momentum_decay: 0.01 } }, { params: ['b'], options: { weight_decay: 0.1, decoupled_weight_decay: true } }],
  }),
  c('groups_rprop', 'Rprop', { lr: 0.01 }, {
    groups: [{ params: ['W'], options: { lr: 0.05 } }, { params: ['b'], options: { etas: [0.4, 1.1] } }],
  }),
  c('groups_asgd', 'ASGD', { lr: 0.05 }, {
    groups: [{ params: ['W'], options: { t0: 2 } }, { params: ['b'], options: { lr: 0.1, lambd: 0.01 } }],
  }),
];

/** grad None skipping (param e) and all-zero grads (param z) on the `extra` problem. */
const gradNoneCases: OptimCase[] = (
  [
    ['SGD', { lr: 0.1, momentum: 0.9, weight_decay: 0.1 }],
    ['Adam', { lr: 0.05, weight_decay: 0.1 }],
    ['AdamW', { lr: 0.05 }],
    ['RMSprop', { centered: true, momentum: 0.5, weight_decay: 0.1 }],
    ['Adagrad', { lr: 0.1, lr_decay: 0.1, weight_decay: 0.1 }],
    ['Adadelta', { weight_decay: 0.1 }],
    ['Adamax', { lr: 0.1, weight_decay: 0.1 }],
    ['NAdam', { lr: 0.05, weight_decay: 0.1 }],
    ['RAdam', { lr: 0.05, weight_decay: 0.1 }],
    ['Rprop', { lr: 0.05 }],
    ['ASGD', { lr: 0.05, t0: 2, weight_decay: 0.1 }],
    ['LBFGS', { lr: 0.5, max_iter: 4 }],
  ] as [OptimName, Options][]
).map(([optim, options]) =>
  c(`gradnone_${optim.toLowerCase()}`, optim, options, { problem: 'extra', steps: optim === 'LBFGS' ? 4 : 12 }),
);

/** state_dict round trips: k steps, state_dict → fresh optimizer on copied params → load_state_dict → continue. */
const reloadCases: OptimCase[] = (
  [
    ['SGD', { lr: 0.1, momentum: 0.9, nesterov: true }],
    ['Adam', { lr: 0.05, amsgrad: true }],
    ['AdamW', { lr: 0.05, weight_decay: 0.1 }],
    ['RMSprop', { centered: true, momentum: 0.5 }],
    ['Adagrad', { lr: 0.1, lr_decay: 0.1 }],
    ['Adadelta', {}],
    ['Adamax', { lr: 0.1 }],
    ['NAdam', { lr: 0.05 }],
    ['RAdam', { lr: 0.05 }],
    ['Rprop', { lr: 0.05 }],
    ['ASGD', { lr: 0.05, t0: 2 }],
    ['LBFGS', { lr: 0.5, max_iter: 3, history_size: 4 }],
  ] as [OptimName, Options][]
).map(([optim, options]) => c(`reload_${optim.toLowerCase()}`, optim, options, { steps: 8, reloadAt: 4 }));
reloadCases.push(
  c('reload_groups_sgd', 'SGD', { lr: 0.1, momentum: 0.9 }, {
    steps: 8, reloadAt: 3,
    groups: [{ params: ['W'], options: { lr: 0.05 } }, { params: ['b'], options: { dampening: 0.3 } }],
  }),
);

/** float32 params, as learners run them; compared at rtol 1e-6 / atol 1e-8 (tests/golden/compare.ts F32). */
const float32Cases: OptimCase[] = [
  c('f32_sgd_momentum', 'SGD', { lr: 0.1, momentum: 0.9 }, { dtype: 'float32', steps: 6 }),
  c('f32_adam', 'Adam', { lr: 0.05 }, { dtype: 'float32', steps: 6 }),
  c('f32_adamw', 'AdamW', { lr: 0.05, weight_decay: 0.1 }, { dtype: 'float32', steps: 6 }),
  c('f32_rmsprop_centered', 'RMSprop', { centered: true }, { dtype: 'float32', steps: 6 }),
  c('f32_nadam', 'NAdam', { lr: 0.05 }, { dtype: 'float32', steps: 6 }),
  c('f32_asgd', 'ASGD', { lr: 0.05, t0: 2 }, { dtype: 'float32', steps: 6 }),
  c('f32_rosen_adam', 'Adam', { lr: 0.05 }, { dtype: 'float32', problem: 'rosen', steps: 6 }),
  c('f32_sgd_nesterov_wd', 'SGD', { lr: 0.1, momentum: 0.9, nesterov: true, weight_decay: 0.1 }, { dtype: 'float32', steps: 6 }),
  c('f32_adagrad', 'Adagrad', { lr: 0.1, lr_decay: 0.1 }, { dtype: 'float32', steps: 6 }),
  c('f32_adadelta', 'Adadelta', { weight_decay: 0.1 }, { dtype: 'float32', steps: 6 }),
  c('f32_adamax', 'Adamax', { lr: 0.1 }, { dtype: 'float32', steps: 6 }),
  c('f32_radam', 'RAdam', { lr: 0.05 }, { dtype: 'float32', steps: 8 }),
  c('f32_rprop', 'Rprop', { lr: 0.05 }, { dtype: 'float32', steps: 6 }),
  c('f32_lbfgs', 'LBFGS', { lr: 0.5, max_iter: 4 }, { dtype: 'float32', steps: 3 }),
  c('f32_gradnone_adam', 'Adam', { lr: 0.05, weight_decay: 0.1 }, { dtype: 'float32', problem: 'extra', steps: 6 }),
  // longer float32 trajectories: every optimizer's float32 scalar casts, 40 steps
  ...([
    ['SGD', { lr: 0.05, momentum: 0.9, dampening: 0.1, weight_decay: 0.01 }],
    ['Adam', { lr: 0.03, amsgrad: true }],
    ['AdamW', { lr: 0.03 }],
    ['Adamax', { lr: 0.03, weight_decay: 0.01 }],
    ['NAdam', { lr: 0.03, weight_decay: 0.01, decoupled_weight_decay: true }],
    ['RAdam', { lr: 0.03 }],
    ['RMSprop', { lr: 0.003, momentum: 0.5, centered: true }],
    ['Adagrad', { lr: 0.3 }],
    ['Adadelta', { lr: 1.0 }],
    ['ASGD', { lr: 0.03, t0: 5 }],
    ['Rprop', { lr: 0.003 }],
  ] as [OptimName, Options][]).map(([optim, options]) => c(`f32_long_${optim.toLowerCase()}`, optim, options, { dtype: 'float32', steps: 40 })),
  // diverging float32 runs: inf and nan must appear at PyTorch's steps
  c('f32_diverge_sgd', 'SGD', { lr: 2.0 }, { dtype: 'float32', steps: 50 }),
  c('f32_diverge_sgd_rosen', 'SGD', { lr: 0.02 }, { dtype: 'float32', problem: 'rosen', steps: 25 }),
];

/** float64 params under the default float32 dtype: scalar state (mu_product, eta) is float32-rounded. */
const mixedCases: OptimCase[] = [
  c('mixed_nadam', 'NAdam', { lr: 0.05 }, { default_dtype: 'float32' }),
  c('mixed_asgd', 'ASGD', { lr: 0.05, t0: 2 }, { default_dtype: 'float32' }),
  c('mixed_adam', 'Adam', { lr: 0.05 }, { default_dtype: 'float32' }),
];

/** zero_grad variants: set_to_none=False keeps zero grads (never skipped); no zero_grad accumulates. */
const zeroGradCases: OptimCase[] = [
  c('zeros_sgd', 'SGD', { lr: 0.1, momentum: 0.9, weight_decay: 0.1 }, { problem: 'extra', zero_grad: 'zeros' }),
  c('zeros_adam', 'Adam', { lr: 0.05 }, { problem: 'extra', zero_grad: 'zeros' }),
  c('zeros_rprop', 'Rprop', { lr: 0.05 }, { problem: 'extra', zero_grad: 'zeros' }),
  c('accumulate_sgd', 'SGD', { lr: 0.02 }, { zero_grad: 'skip' }),
  c('accumulate_adam', 'Adam', { lr: 0.05 }, { zero_grad: 'skip' }),
];

/** Optimizers under a scheduler: hyper-parameters are read from the group at every step. */
const schedulerCases: OptimCase[] = [
  c('sched_sgd_steplr', 'SGD', { lr: 0.1, momentum: 0.9 }, { scheduler: { type: 'StepLR', options: { step_size: 3, gamma: 0.5 } } }),
  c('sched_adamw_cosine', 'AdamW', { lr: 0.05, weight_decay: 0.1 }, { scheduler: { type: 'CosineAnnealingLR', options: { T_max: 5 } } }),
  c('sched_adam_onecycle', 'Adam', { lr: 0.01 }, { scheduler: { type: 'OneCycleLR', options: { max_lr: 0.1, total_steps: 10 } } }),
  c('sched_sgd_cyclic', 'SGD', { lr: 0.1 }, { scheduler: { type: 'CyclicLR', options: { base_lr: 0.01, max_lr: 0.1, step_size_up: 2 } } }),
  c('sched_rprop_exponential', 'Rprop', { lr: 0.05 }, { scheduler: { type: 'ExponentialLR', options: { gamma: 0.5 } } }),
  c('sched_asgd_linear', 'ASGD', { lr: 0.05, t0: 3 }, { scheduler: { type: 'LinearLR', options: { start_factor: 0.5, total_iters: 4 } } }),
  c('sched_nadam_multistep', 'NAdam', { lr: 0.05 }, { scheduler: { type: 'MultiStepLR', options: { milestones: [2, 5], gamma: 0.3 } } }),
  c('sched_sgd_plateau', 'SGD', { lr: 0.5 }, {
    steps: 12, scheduler: { type: 'ReduceLROnPlateau', options: { patience: 0, factor: 0.5, threshold: 0.05 } },
  }),
];

/** add_param_group later in training: defaults fill the missing keys; Adagrad (2.14) creates state lazily. */
const addGroupCases: OptimCase[] = [
  c('addgroup_sgd', 'SGD', { lr: 0.1, momentum: 0.9 }, { addGroup: { at: 3, params: ['b'], options: { lr: 0.05 } } }),
  c('addgroup_adam', 'Adam', { lr: 0.05 }, { addGroup: { at: 2, params: ['b'], options: { amsgrad: true } } }),
  c('addgroup_adagrad', 'Adagrad', { lr: 0.1, initial_accumulator_value: 0.1 }, { addGroup: { at: 4, params: ['b'], options: {} } }),
  c('addgroup_rmsprop', 'RMSprop', { lr: 0.01, centered: true }, { addGroup: { at: 1, params: ['W'], options: { momentum: 0.5 } } }),
];

export const OPTIM_CASES: OptimCase[] = [
  ...linearCases, ...rosenCases, ...groupCases, ...gradNoneCases, ...reloadCases, ...float32Cases, ...mixedCases,
  ...zeroGradCases, ...schedulerCases, ...addGroupCases,
];
