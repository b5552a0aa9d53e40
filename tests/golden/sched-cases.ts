/**
 * LR-scheduler golden cases (pure data, shared with scripts/golden/gen_sched.py via cases.json).
 *
 * Each case builds an optimizer with two param groups (one float64 param of shape [2] each), a
 * scheduler from `sched`, then runs `epochs` × { optimizer.step(); scheduler.step([metric]) } and
 * records every group's lr, momentum (or betas[0]) and get_last_lr() after construction and after
 * each epoch. Lambdas are referenced by name; LAMBDAS gives the same function in both languages.
 */

export interface SchedSpec {
  type: string;
  /** keyword arguments (PyTorch names). `lr_lambda` holds a lambda name or a list of names. */
  options: Record<string, number | boolean | string | number[] | string[] | null>;
  /** sub-schedulers for SequentialLR / ChainedScheduler */
  schedulers?: SchedSpec[];
}

export interface SchedCase {
  name: string;
  optim: 'SGD' | 'Adam';
  /** constructor options (defaults) */
  options: Record<string, number | boolean | number[]>;
  /** per-group overrides (two groups) */
  groups: Record<string, number | number[]>[];
  sched: SchedSpec;
  /** more schedulers on the same optimizer, built after `sched` and stepped after it, in order */
  also?: SchedSpec[];
  epochs: number;
  /**
   * Pass an explicit epoch to sched.step(): 'epoch' = step(k) for k = 0, 1, … (the old-tutorial pattern:
   * closed form + deprecation warning); 'fraction' = step(k / per_epoch) (CosineAnnealingWarmRestarts).
   */
  step_arg?: { kind: 'epoch' } | { kind: 'fraction'; per_epoch: number };
  /** ReduceLROnPlateau metric per epoch */
  metrics?: number[];
}

/** Python: the same expressions in scripts/golden/gen_sched.py (LAMBDAS). */
export const LAMBDAS: Record<string, (epoch: number) => number> = {
  pow095: (e) => 0.95 ** e,
  inv1p: (e) => 1.0 / (e + 1),
  warmup5: (e) => Math.min(1.0, (e + 1) / 5),
  const09: () => 0.9,
  slow_decay: (e) => 1.0 - 0.01 * e,
};

const sgd: Pick<SchedCase, 'optim' | 'options' | 'groups'> = {
  optim: 'SGD', options: { lr: 0.1, momentum: 0.9 }, groups: [{}, { lr: 0.05 }],
};
const s = (type: string, options: SchedSpec['options'] = {}, schedulers?: SchedSpec[]): SchedSpec =>
  schedulers ? { type, options, schedulers } : { type, options };
const sc = (name: string, sched: SchedSpec, epochs = 30, extra: Partial<SchedCase> = {}): SchedCase => ({
  name, ...sgd, sched, epochs, ...extra,
});

const plateauMetrics = [1.0, 0.9, 0.95, 0.92, 0.91, 0.85, 0.86, 0.87, 0.88, 0.89, 0.9, 0.7, 0.71, 0.72,
  0.72, 0.73, 0.69, 0.6999, 0.70, 0.71, 0.5, 0.5, 0.5, 0.5, 0.5, 0.49995, 0.4, 0.41, 0.42, 0.43];
const risingMetrics = [1.0, 1.05, 1.2, 1.25, 1.28, 1.29, 1.5, 1.55, 1.56, 1.57, 1.58, 1.7, 1.7, 1.69, 1.68,
  1.9, 2.0, 2.05, 2.06, 2.07, 2.08, 2.3, 2.3, 2.3, 2.3, 2.3, 2.5, 2.5, 2.5, 2.5];

export const SCHED_CASES: SchedCase[] = [
  sc('steplr', s('StepLR', { step_size: 3, gamma: 0.5 })),
  sc('steplr_default_gamma', s('StepLR', { step_size: 4 })),
  sc('multisteplr', s('MultiStepLR', { milestones: [3, 7, 7, 12], gamma: 0.5 })),
  sc('constantlr_default', s('ConstantLR')),
  sc('constantlr', s('ConstantLR', { factor: 0.5, total_iters: 3 })),
  sc('linearlr_default', s('LinearLR')),
  sc('linearlr', s('LinearLR', { start_factor: 0.25, end_factor: 0.75, total_iters: 6 })),
  sc('exponentiallr', s('ExponentialLR', { gamma: 0.9 })),
  sc('polynomiallr_default', s('PolynomialLR')),
  sc('polynomiallr', s('PolynomialLR', { total_iters: 8, power: 2.0 })),
  sc('cosine', s('CosineAnnealingLR', { T_max: 10 }), 45),
  sc('cosine_eta_min', s('CosineAnnealingLR', { T_max: 7, eta_min: 0.01 }), 40),
  sc('warm_restarts', s('CosineAnnealingWarmRestarts', { T_0: 5 }), 40),
  sc('warm_restarts_mult', s('CosineAnnealingWarmRestarts', { T_0: 3, T_mult: 2, eta_min: 0.001 }), 50),
  sc('cyclic_triangular', s('CyclicLR', { base_lr: 0.01, max_lr: 0.1, step_size_up: 4 }), 40),
  sc('cyclic_triangular2', s('CyclicLR', {
    base_lr: 0.01, max_lr: 0.1, step_size_up: 3, step_size_down: 5, mode: 'triangular2',
  }), 40),
  sc('cyclic_exp_range', s('CyclicLR', {
    base_lr: [0.01, 0.02], max_lr: [0.1, 0.2], step_size_up: 4, mode: 'exp_range', gamma: 0.9,
    base_momentum: 0.7, max_momentum: 0.95,
  }), 40),
  sc('cyclic_no_momentum', s('CyclicLR', { base_lr: 0.001, max_lr: 0.01, step_size_up: 5, cycle_momentum: false }),
    30, { options: { lr: 0.1 } }),
  sc('cyclic_adam', s('CyclicLR', { base_lr: 0.001, max_lr: 0.01, step_size_up: 3 }), 30,
    { optim: 'Adam', options: { lr: 0.001 } }),
  sc('onecycle_cos', s('OneCycleLR', { max_lr: 0.1, total_steps: 30 }), 30),
  sc('onecycle_linear', s('OneCycleLR', { max_lr: [0.1, 0.05], total_steps: 30, anneal_strategy: 'linear' }), 30),
  sc('onecycle_three_phase', s('OneCycleLR', {
    max_lr: 0.2, epochs: 5, steps_per_epoch: 6, three_phase: true, pct_start: 0.25, div_factor: 10.0,
    final_div_factor: 100.0,
  }), 30),
  sc('onecycle_adam', s('OneCycleLR', { max_lr: 0.01, total_steps: 20, base_momentum: 0.8, max_momentum: 0.9 }), 20,
    { optim: 'Adam', options: { lr: 0.001 } }),
  sc('lambdalr', s('LambdaLR', { lr_lambda: 'pow095' })),
  sc('lambdalr_list', s('LambdaLR', { lr_lambda: ['warmup5', 'inv1p'] })),
  sc('multiplicativelr', s('MultiplicativeLR', { lr_lambda: 'const09' })),
  sc('multiplicativelr_slow', s('MultiplicativeLR', { lr_lambda: 'slow_decay' })),
  sc('sequential', s('SequentialLR', { milestones: [2] }, [
    s('ConstantLR', { factor: 0.1, total_iters: 2 }), s('ExponentialLR', { gamma: 0.9 }),
  ])),
  sc('sequential_three', s('SequentialLR', { milestones: [4, 14] }, [
    s('LinearLR', { start_factor: 0.1, total_iters: 4 }), s('CosineAnnealingLR', { T_max: 10 }),
    s('StepLR', { step_size: 3, gamma: 0.5 }),
  ]), 40),
  sc('sequential_to_multiplicative', s('SequentialLR', { milestones: [2] }, [
    s('ExponentialLR', { gamma: 0.5 }), s('MultiplicativeLR', { lr_lambda: 'const09' }),
  ]), 10),
  sc('chained', s('ChainedScheduler', {}, [
    s('ConstantLR', { factor: 0.1, total_iters: 3 }), s('ExponentialLR', { gamma: 0.9 }),
  ])),
  sc('chained_step_multistep', s('ChainedScheduler', {}, [
    s('StepLR', { step_size: 5, gamma: 0.5 }), s('MultiStepLR', { milestones: [7, 11], gamma: 0.3 }),
  ])),
  // two schedulers stepping the same optimizer (PyTorch's OptimizerInfo combinations)
  sc('compound_steplr_plateau', s('StepLR', { step_size: 10, gamma: 0.9 }), 30, {
    also: [s('ReduceLROnPlateau', { patience: 2, factor: 0.5 })], metrics: plateauMetrics,
  }),
  sc('compound_constant_exponential', s('ConstantLR', { factor: 0.4, total_iters: 4 }), 20, {
    also: [s('ExponentialLR', { gamma: 0.9 })],
  }),
  sc('compound_cosine_multistep', s('CosineAnnealingLR', { T_max: 8 }), 20, {
    also: [s('MultiStepLR', { milestones: [5, 9], gamma: 0.5 })],
  }),
  // resuming: last_epoch >= 0 needs initial_lr in every group (2.14 semantics, spec §6 N5)
  sc('resume_exponential', s('ExponentialLR', { gamma: 0.5, last_epoch: 3 }), 10, {
    groups: [{ initial_lr: 0.1, lr: 0.05 }, { initial_lr: 0.2, lr: 0.01 }],
  }),
  sc('resume_steplr', s('StepLR', { step_size: 2, gamma: 0.5, last_epoch: 3 }), 10, {
    groups: [{ initial_lr: 0.1, lr: 0.05 }, { initial_lr: 0.2, lr: 0.01 }],
  }),
  sc('resume_cosine', s('CosineAnnealingLR', { T_max: 6, last_epoch: 2 }), 12, {
    groups: [{ initial_lr: 0.1, lr: 0.05 }, { initial_lr: 0.2, lr: 0.01 }],
  }),
  // explicit epochs: scheduler.step(epoch) (closed form where the class has one)
  sc('step_epoch_steplr', s('StepLR', { step_size: 3, gamma: 0.5 }), 12, { step_arg: { kind: 'epoch' } }),
  sc('step_epoch_multistep', s('MultiStepLR', { milestones: [2, 5], gamma: 0.5 }), 10, { step_arg: { kind: 'epoch' } }),
  sc('step_epoch_exponential', s('ExponentialLR', { gamma: 0.8 }), 10, { step_arg: { kind: 'epoch' } }),
  sc('step_epoch_cosine', s('CosineAnnealingLR', { T_max: 6, eta_min: 0.01 }), 14, { step_arg: { kind: 'epoch' } }),
  sc('step_epoch_linear', s('LinearLR', { start_factor: 0.2, total_iters: 4 }), 8, { step_arg: { kind: 'epoch' } }),
  sc('warm_restarts_fraction', s('CosineAnnealingWarmRestarts', { T_0: 2, T_mult: 2 }), 40,
    { step_arg: { kind: 'fraction', per_epoch: 4 } }),
  sc('plateau', s('ReduceLROnPlateau', { patience: 2, factor: 0.5 }), 30, { metrics: plateauMetrics }),
  sc('plateau_default', s('ReduceLROnPlateau'), 30, { metrics: plateauMetrics }),
  sc('plateau_max_abs', s('ReduceLROnPlateau', {
    mode: 'max', threshold_mode: 'abs', threshold: 0.1, cooldown: 1, patience: 1, min_lr: 0.02,
  }), 30, { metrics: risingMetrics }),
  sc('plateau_min_lr_list', s('ReduceLROnPlateau', {
    patience: 0, factor: 0.5, threshold_mode: 'abs', threshold: 0.005, min_lr: [0.01, 0.02], eps: 1e-3,
  }), 30, { metrics: plateauMetrics }),
];
