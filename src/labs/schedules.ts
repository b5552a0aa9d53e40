/**
 * The schedule explorer's model: a scheduler kind with its options, the learning rate of every epoch computed
 * by the real engine (read from `optimizer.param_groups[0].lr` before `scheduler.step()`, as in lesson 07),
 * and the equivalent PyTorch and TypeScript code.
 */
import { nn, optim } from '../engine/index';
import { callCode, comment } from './code';

export const SCHEDULE_KINDS = ['step', 'multistep', 'exponential', 'cosine', 'linear', 'onecycle', 'plateau', 'sequential'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

export interface ParamSpec {
  key: string;
  min: number;
  max: number;
  value: number;
  step?: number;
  log?: boolean;
  int?: boolean;
}

/** The options of each kind (keys are PyTorch's names, except m1/m2 = the two milestones and warmup). */
export const SPECS: Record<ScheduleKind, ParamSpec[]> = {
  step: [{ key: 'step_size', min: 1, max: 50, value: 10, int: true }, { key: 'gamma', min: 0.05, max: 0.95, step: 0.05, value: 0.5 }],
  multistep: [
    { key: 'm1', min: 1, max: 100, value: 15, int: true },
    { key: 'm2', min: 1, max: 100, value: 30, int: true },
    { key: 'gamma', min: 0.05, max: 0.95, step: 0.05, value: 0.1 },
  ],
  exponential: [{ key: 'gamma', min: 0.8, max: 0.999, step: 0.001, value: 0.95 }],
  cosine: [{ key: 'T_max', min: 1, max: 200, value: 40, int: true }, { key: 'eta_min', min: 0, max: 0.05, step: 0.001, value: 0 }],
  linear: [
    { key: 'start_factor', min: 0.01, max: 1, step: 0.01, value: 0.1 },
    { key: 'end_factor', min: 0.01, max: 1, step: 0.01, value: 1 },
    { key: 'total_iters', min: 1, max: 50, value: 5, int: true },
  ],
  onecycle: [
    { key: 'max_lr', min: 0.001, max: 1, log: true, value: 0.1 },
    { key: 'pct_start', min: 0.05, max: 0.95, step: 0.05, value: 0.3 },
    { key: 'div_factor', min: 1, max: 100, value: 25, int: true },
    { key: 'final_div_factor', min: 1, max: 100000, log: true, value: 10000 },
  ],
  plateau: [{ key: 'factor', min: 0.05, max: 0.9, step: 0.05, value: 0.5 }, { key: 'patience', min: 0, max: 20, value: 3, int: true }],
  sequential: [
    { key: 'warmup', min: 1, max: 30, value: 5, int: true },
    { key: 'start_factor', min: 0.01, max: 1, step: 0.01, value: 0.1 },
    { key: 'eta_min', min: 0, max: 0.05, step: 0.001, value: 0 },
  ],
};

export interface ScheduleConfig {
  kind: ScheduleKind;
  lr: number;
  epochs: number;
  /** values of SPECS[kind] keys */
  p: Record<string, number>;
}

export const EPOCHS_DEFAULT = 40;
export const LR_DEFAULT = 0.1;

export function defaultParams(kind: ScheduleKind): Record<string, number> {
  return Object.fromEntries(SPECS[kind].map((s) => [s.key, s.value]));
}

export function defaultSchedule(kind: ScheduleKind = 'step'): ScheduleConfig {
  return { kind, lr: LR_DEFAULT, epochs: EPOCHS_DEFAULT, p: defaultParams(kind) };
}

/** The validation loss fed to ReduceLROnPlateau: falls, then flattens out with small bumps (deterministic). */
export function plateauMetric(epoch: number): number {
  return 0.3 + 0.7 * Math.exp(-epoch / 5) + 0.015 * Math.sin(epoch * 1.7);
}

function milestones(p: Record<string, number>): number[] {
  return [...new Set([p.m1!, p.m2!])].sort((a, b) => a - b);
}

/** The keyword options of the scheduler(s), in PyTorch names and order. */
function schedulerArgs(c: ScheduleConfig): { cls: string; args: [string, unknown][] }[] {
  const p = c.p;
  switch (c.kind) {
    case 'step':
      return [{ cls: 'StepLR', args: [['step_size', p.step_size], ['gamma', p.gamma]] }];
    case 'multistep':
      return [{ cls: 'MultiStepLR', args: [['milestones', milestones(p)], ['gamma', p.gamma]] }];
    case 'exponential':
      return [{ cls: 'ExponentialLR', args: [['gamma', p.gamma]] }];
    case 'cosine':
      return [{ cls: 'CosineAnnealingLR', args: [['T_max', p.T_max], ['eta_min', p.eta_min]] }];
    case 'linear':
      return [{ cls: 'LinearLR', args: [['start_factor', p.start_factor], ['end_factor', p.end_factor], ['total_iters', p.total_iters]] }];
    case 'onecycle':
      return [{ cls: 'OneCycleLR', args: [['max_lr', p.max_lr], ['total_steps', c.epochs], ['pct_start', p.pct_start], ['div_factor', p.div_factor], ['final_div_factor', p.final_div_factor]] }];
    case 'plateau':
      return [{ cls: 'ReduceLROnPlateau', args: [['mode', 'min'], ['factor', p.factor], ['patience', p.patience]] }];
    case 'sequential':
      return [
        { cls: 'LinearLR', args: [['start_factor', p.start_factor], ['total_iters', p.warmup]] },
        { cls: 'CosineAnnealingLR', args: [['T_max', Math.max(1, c.epochs - p.warmup!)], ['eta_min', p.eta_min]] },
      ];
  }
}

/** Runs the schedule on the engine: the lr of epochs 0 … epochs−1 (and the metric for ReduceLROnPlateau). */
export function computeSchedule(c: ScheduleConfig): { lrs: number[]; metric: number[] | null } {
  const model = nn.Linear(1, 1);
  const opt = optim.SGD(model.parameters(), { lr: c.lr, momentum: 0.9 });
  const specs = schedulerArgs(c);
  const L = optim.lr_scheduler as unknown as Record<string, (o: unknown, opts: Record<string, unknown>) => { step(m?: number): void }>;
  const make = (s: { cls: string; args: [string, unknown][] }) => L[s.cls]!(opt, Object.fromEntries(s.args));
  const sched =
    c.kind === 'sequential'
      ? (optim.lr_scheduler.SequentialLR(opt, { schedulers: specs.map(make) as never, milestones: [c.p.warmup!] }) as unknown as { step(): void })
      : make(specs[0]!);
  const lrs: number[] = [];
  const metric: number[] | null = c.kind === 'plateau' ? [] : null;
  for (let epoch = 0; epoch < c.epochs; epoch++) {
    lrs.push(opt.param_groups[0]!.lr as number);
    opt.step();
    if (metric) {
      const m = plateauMetric(epoch);
      metric.push(m);
      sched.step(m);
    } else sched.step();
  }
  return { lrs, metric };
}

/** The comments of the shown code, in the page language (labs strings `sched.note.*`). */
export interface ScheduleNotes {
  /** after reading the lr: "the lr this epoch trains with" */
  lr: string;
  /** after the Python training call: "calls optimizer.step()" */
  train: string;
  /** after the TypeScript optimizer.step(): "(train one epoch here)" */
  trainHere: string;
  /** after the made-up validation loss: "stands in for your validation loss" */
  val: string;
}

/** The notes in a language, from the labs strings (`t` = the labs translator of that language). */
export function scheduleNotes(t: (key: `sched.note.${keyof ScheduleNotes}`) => string): ScheduleNotes {
  return { lr: t('sched.note.lr'), train: t('sched.note.train'), trainHere: t('sched.note.trainHere'), val: t('sched.note.val') };
}

/** PyTorch code for this schedule. */
export function pythonCode(c: ScheduleConfig, notes: ScheduleNotes): string {
  const specs = schedulerArgs(c);
  const sched = (s: { cls: string; args: [string, unknown][] }) => callCode('py', `optim.lr_scheduler.${s.cls}`, ['optimizer'], s.args);
  const lines = ['import torch', 'from torch import nn, optim', '', 'model = nn.Linear(1, 1)', `optimizer = ${callCode('py', 'optim.SGD', ['model.parameters()'], [['lr', c.lr], ['momentum', 0.9]])}`];
  if (c.kind === 'sequential') {
    lines.push(`warmup = ${sched(specs[0]!)}`, `cosine = ${sched(specs[1]!)}`);
    lines.push(`scheduler = optim.lr_scheduler.SequentialLR(optimizer, schedulers=[warmup, cosine], milestones=[${c.p.warmup}])`);
  } else lines.push(`scheduler = ${sched(specs[0]!)}`);
  lines.push('', `for epoch in range(${c.epochs}):`, `    lr = optimizer.param_groups[0]["lr"]  ${comment('py', notes.lr)}`, `    train_one_epoch(model, optimizer)     ${comment('py', notes.train)}`);
  if (c.kind === 'plateau') lines.push('    val_loss = evaluate(model)', '    scheduler.step(val_loss)');
  else lines.push('    scheduler.step()');
  return lines.join('\n');
}

/** TypeScript code for this schedule, runnable as it is in a code cell (ReduceLROnPlateau gets the lab's loss curve). */
export function typescriptCode(c: ScheduleConfig, notes: ScheduleNotes): string {
  const specs = schedulerArgs(c);
  const sched = (s: { cls: string; args: [string, unknown][] }) => callCode('ts', `optim.lr_scheduler.${s.cls}`, ['optimizer'], s.args);
  const lines = ['const model = nn.Linear(1, 1)', `const optimizer = ${callCode('ts', 'optim.SGD', ['model.parameters()'], [['lr', c.lr], ['momentum', 0.9]])}`];
  if (c.kind === 'sequential') {
    lines.push(`const warmup = ${sched(specs[0]!)}`, `const cosine = ${sched(specs[1]!)}`);
    lines.push(`const scheduler = optim.lr_scheduler.SequentialLR(optimizer, { schedulers: [warmup, cosine], milestones: [${c.p.warmup}] })`);
  } else lines.push(`const scheduler = ${sched(specs[0]!)}`);
  lines.push('', `for (let epoch = 0; epoch < ${c.epochs}; epoch++) {`, `  const lr = optimizer.param_groups[0].lr  ${comment('ts', notes.lr)}`);
  lines.push('  plot("lr", epoch, lr)', `  optimizer.step()  ${comment('ts', notes.trainHere)}`);
  if (c.kind === 'plateau') {
    lines.push(`  const val_loss = 0.3 + 0.7 * Math.exp(-epoch / 5) + 0.015 * Math.sin(epoch * 1.7)  ${comment('ts', notes.val)}`);
    lines.push('  scheduler.step(val_loss)');
  } else lines.push('  scheduler.step()');
  lines.push('}');
  return lines.join('\n');
}
