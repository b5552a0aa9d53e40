/**
 * The cases behind the engine's own optimizer fixtures (pure data, shared with
 * scripts/golden/gen_engine_optim.py via cases.json; see scripts/golden/README.md). Names are derived, so a
 * case is identified by optimizer, options and dtype; the fixtures store each entry's fingerprint.
 */
export type Options = Record<string, number | boolean | string | number[]>;

/** One optimizer run on the fixture problem: w0 = [1, −2], grad = 2(w − [3, 1]) + 0.4 w³, 8 steps. */
export interface TrajectoryCase { name: string; optim: string; options: Options; dtype: 'float64' | 'float32' }

const seen = new Map<string, number>();
/** `SGD_f64_3` = the third float64 SGD case */
const t = (optim: string, options: Options, dtype: TrajectoryCase['dtype']): TrajectoryCase => {
  const key = `${optim}_${dtype === 'float64' ? 'f64' : 'f32'}`;
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return { name: `${key}_${n}`, optim, options, dtype };
};

const f64 = (optim: string, list: Options[]): TrajectoryCase[] => list.map((o) => t(optim, o, 'float64'));

export const TRAJECTORY_CASES: TrajectoryCase[] = [
  ...f64('SGD', [{ lr: 0.1 }, { lr: 0.01 }, { lr: 0.1, weight_decay: 0.5 }, { lr: 0.05, momentum: 0.9 }, { lr: 0.1, weight_decay: 0.1, maximize: true }, { lr: 0.05, momentum: 0.9, dampening: 0.5 }, { lr: 0.05, momentum: 0.9, weight_decay: 0.1 }, { lr: 0.05, momentum: 0.9, nesterov: true, weight_decay: 0.1 }]),
  ...f64('Adam', [{}, { lr: 0.01 }, { weight_decay: 0.1 }, { weight_decay: 0.1, maximize: true }, { weight_decay: 0.1, amsgrad: true }, { lr: 0.1, amsgrad: true }, { lr: 0.1, betas: [0.5, 0.9], eps: 0.001 }]),
  ...f64('AdamW', [{}, { lr: 0.1 }, { weight_decay: 0.1 }, { weight_decay: 0.1, maximize: true }, { lr: 0.1, amsgrad: true }]),
  ...f64('RMSprop', [{}, { lr: 0.001 }, { weight_decay: 0.1 }, { maximize: true }, { weight_decay: 0.1, centered: true }, { maximize: true, weight_decay: 0.1 }, { weight_decay: 0.1, centered: true, momentum: 0.1 }, { weight_decay: 0.1, centered: true, momentum: 0.1, maximize: true }, { alpha: 0.9, momentum: 0.5 }]),
  ...f64('Adagrad', [{}, { weight_decay: 0.1 }, { weight_decay: 0.1, maximize: true }, { lr: 0.1 }, { initial_accumulator_value: 0.1, weight_decay: 0.1 }, { lr: 0.1, lr_decay: 0.5, weight_decay: 0.1 }]),
  ...f64('Adadelta', [{}, { lr: 0.01 }, { weight_decay: 0.1 }, { maximize: true }, { weight_decay: 0.1, maximize: true }, { rho: 0.95, weight_decay: 0.9 }]),
  ...f64('Adamax', [{}, { lr: 0.1 }, { weight_decay: 0.1 }, { maximize: true }, { weight_decay: 0.1, maximize: true }]),
  ...f64('RAdam', [{}, { lr: 0.002 }, { eps: 1e-06 }, { weight_decay: 0.1 }, { lr: 0.1, betas: [0.8, 0.9] }]),
  ...f64('Rprop', [{}, { lr: 0.0002 }, { etas: [0.5, 1.5] }, { step_sizes: [2e-06, 100] }, { maximize: true }, { lr: 0.5 }]),
  ...f64('ASGD', [{}, { lambd: 0.1 }, { lr: 0.02 }, { t0: 100 }, { maximize: true }, { weight_decay: 0.1 }, { weight_decay: 0.1, maximize: true }, { lr: 0.1, t0: 1 }, { lr: 0.1, t0: 2, lambd: 0.01, alpha: 0.5 }]),
  // float32 runs under the default dtype float32
  t('SGD', { lr: 0.05, momentum: 0.9 }, 'float32'),
  t('Adam', { lr: 0.1 }, 'float32'),
  t('AdamW', { lr: 0.1 }, 'float32'),
  t('RMSprop', { centered: true, momentum: 0.5 }, 'float32'),
  t('Adagrad', { lr: 0.5 }, 'float32'),
  t('Adadelta', {}, 'float32'),
  t('Adamax', {}, 'float32'),
  t('RAdam', { lr: 0.1 }, 'float32'),
  t('Rprop', {}, 'float32'),
  t('ASGD', { lr: 0.1, t0: 1 }, 'float32'),
];

/**
 * One scheduler on SGD([{params:[a]}, {params:[b], lr:0.05}], lr=0.1, momentum=0.9) for 14 steps,
 * optimizer.step() before scheduler.step(). A string option names a scheduler built from functions or other
 * schedulers (the generator and the tests both build it from that description).
 */
export interface SchedUnitCase { name: string; scheduler: string; options: Options | string }

const sn = new Map<string, number>();
const s = (scheduler: string, options: Options | string): SchedUnitCase => {
  const n = (sn.get(scheduler) ?? 0) + 1;
  sn.set(scheduler, n);
  return { name: `${scheduler}_${n}`, scheduler, options };
};

export const SCHED_UNIT_CASES: SchedUnitCase[] = [
  s('StepLR', { step_size: 3, gamma: 0.5 }),
  s('StepLR', { step_size: 1 }),
  s('MultiStepLR', { milestones: [2, 5, 5, 8], gamma: 0.5 }),
  s('ConstantLR', { factor: 0.5, total_iters: 4 }),
  s('ConstantLR', {}),
  s('LinearLR', { start_factor: 0.25, end_factor: 0.75, total_iters: 4 }),
  s('LinearLR', {}),
  s('ExponentialLR', { gamma: 0.9 }),
  s('PolynomialLR', { total_iters: 6, power: 2.0 }),
  s('PolynomialLR', {}),
  s('CosineAnnealingLR', { T_max: 5 }),
  s('CosineAnnealingLR', { T_max: 4, eta_min: 0.01 }),
  s('CosineAnnealingWarmRestarts', { T_0: 3 }),
  s('CosineAnnealingWarmRestarts', { T_0: 2, T_mult: 2, eta_min: 0.001 }),
  s('CyclicLR', { base_lr: 0.01, max_lr: 0.1, step_size_up: 3 }),
  s('CyclicLR', { base_lr: [0.01, 0.02], max_lr: 0.1, step_size_up: 2, step_size_down: 4, mode: 'triangular2' }),
  s('CyclicLR', { base_lr: 0.01, max_lr: 0.1, step_size_up: 2, mode: 'exp_range', gamma: 0.9 }),
  s('OneCycleLR', { max_lr: 1.0, total_steps: 14 }),
  s('OneCycleLR', { max_lr: [0.5, 1.0], total_steps: 14, anneal_strategy: 'linear', three_phase: true }),
  s('OneCycleLR', { max_lr: 0.1, epochs: 2, steps_per_epoch: 7, pct_start: 0.25, div_factor: 10.0, final_div_factor: 100.0 }),
  s('LambdaLR', 'lr_lambda: e => 0.95 ** e'),
  s('LambdaLR', 'lr_lambda: [e => 1/(e+1), e => e % 2 ? 0.5 : 1.0]'),
  s('MultiplicativeLR', 'lr_lambda: () => 0.9'),
  s('SequentialLR', '[ConstantLR(0.1, 2), ExponentialLR(0.9)], milestones [2]'),
  s('SequentialLR', '[LinearLR(0.2, total_iters 3), CosineAnnealingLR(5), StepLR(2, 0.5)], milestones [3, 8]'),
  s('ChainedScheduler', '[ConstantLR(0.1, 3), ExponentialLR(0.9)]'),
  s('ReduceLROnPlateau', { patience: 2, factor: 0.5 }),
  s('ReduceLROnPlateau', { mode: 'max', threshold_mode: 'abs', threshold: 0.1, cooldown: 1, patience: 1, min_lr: [0.02, 0.03] }),
];

/** LBFGS on Rosenbrock from (−1.5, 2), float64, 3 steps: losses, func_evals, n_iter and x. */
export interface LbfgsCase { name: string; options: Options }
export const LBFGS_CASES: LbfgsCase[] = [
  { name: 'rosen_lr0.1', options: { lr: 0.1, history_size: 10 } },
  { name: 'rosen_strong_wolfe', options: { lr: 1, line_search_fn: 'strong_wolfe' } },
];
