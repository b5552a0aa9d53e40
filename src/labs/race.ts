/**
 * The optimizer race: every selected optimizer starts from the same point of a 2-D surface and takes `steps`
 * steps on the real engine (two 0-d float32 parameters x and y, exactly like a code cell would do).
 * Positions and losses are recorded per step; a racer that leaves the finite numbers stops (divergedAt).
 */
import { torch, optim } from '../engine/index';
import type { Tensor } from '../engine/tensor';
import { assign, callCode, comment, floatLiteral, forRange, type CodeTab } from './code';
import { SURFACES, type SurfaceId } from './surfaces';

export const RACERS = ['sgd', 'momentum', 'nesterov', 'adam', 'adamw', 'rmsprop', 'adagrad'] as const;
export type RacerId = (typeof RACERS)[number];

/** Line colours, readable on the light and the dark contour map. */
export const RACER_COLORS: Record<RacerId, string> = {
  sgd: '#7c8799',
  momentum: '#2f6fdf',
  nesterov: '#0aa2c0',
  adam: '#e03131',
  adamw: '#f08c00',
  rmsprop: '#2b9a3e',
  adagrad: '#ae3ec9',
};

/** Display names (code names, the same in both languages). */
export const RACER_NAMES: Record<RacerId, string> = {
  sgd: 'SGD',
  momentum: 'SGD + momentum',
  nesterov: 'Nesterov',
  adam: 'Adam',
  adamw: 'AdamW',
  rmsprop: 'RMSprop',
  adagrad: 'Adagrad',
};

/**
 * A learning rate that suits each optimizer on each surface (picked from sweeps of the lab itself: the best final
 * loss without diverging within the default steps, rounded). One shared lr is no fair race: SGD's step scales with
 * the gradient, Adam's does not.
 */
export const TUNED_LR: Record<SurfaceId, Record<RacerId, number>> = {
  rosenbrock: { sgd: 0.002, momentum: 0.002, nesterov: 0.001, adam: 0.2, adamw: 0.2, rmsprop: 0.05, adagrad: 0.5 },
  bowl: { sgd: 0.4, momentum: 0.05, nesterov: 0.05, adam: 0.1, adamw: 0.1, rmsprop: 0.05, adagrad: 0.5 },
  saddle: { sgd: 0.05, momentum: 0.01, nesterov: 0.01, adam: 0.05, adamw: 0.05, rmsprop: 0.02, adagrad: 0.2 },
  'two-minima': { sgd: 0.01, momentum: 0.01, nesterov: 0.01, adam: 0.05, adamw: 0.05, rmsprop: 0.02, adagrad: 0.2 },
};

export interface RaceConfig {
  surface: SurfaceId;
  racers: RacerId[];
  /** true: each optimizer runs at TUNED_LR × scale; false: every optimizer runs at `lr` */
  ownLr: boolean;
  scale: number;
  lr: number;
  momentum: number;
  beta1: number;
  beta2: number;
  steps: number;
  start: [number, number];
}

export interface Trajectory {
  racer: RacerId;
  /** positions: index 0 is the start, index i the position after i steps */
  xs: number[];
  ys: number[];
  /** loss at each position (same indices) */
  losses: number[];
  /** the step at which a number became Infinity or NaN, or -1 */
  divergedAt: number;
}

export function defaultRace(surface: SurfaceId): RaceConfig {
  const s = SURFACES[surface];
  return { surface, racers: [...RACERS], ownLr: true, scale: 1, lr: s.lr, momentum: 0.9, beta1: 0.9, beta2: 0.999, steps: s.steps, start: [s.start[0], s.start[1]] };
}

export type LrSettings = Pick<RaceConfig, 'surface' | 'ownLr' | 'scale' | 'lr' | 'momentum' | 'beta1' | 'beta2'>;

/** The learning rate this racer runs at (3 significant digits, as a learner would type it). */
export function racerLr(racer: RacerId, c: LrSettings): number {
  return c.ownLr ? Number((TUNED_LR[c.surface][racer] * c.scale).toPrecision(3)) : c.lr;
}

/** The optimizer's constructor options, as PyTorch keyword arguments. */
export function racerOptions(racer: RacerId, c: LrSettings): Record<string, unknown> {
  const lr = racerLr(racer, c);
  switch (racer) {
    case 'sgd':
      return { lr };
    case 'momentum':
      return { lr, momentum: c.momentum };
    case 'nesterov':
      return { lr, momentum: c.momentum, nesterov: true };
    case 'adam':
    case 'adamw':
      return { lr, betas: [c.beta1, c.beta2] };
    case 'rmsprop':
    case 'adagrad':
      return { lr };
  }
}

const CLASS: Record<RacerId, 'SGD' | 'Adam' | 'AdamW' | 'RMSprop' | 'Adagrad'> = {
  sgd: 'SGD', momentum: 'SGD', nesterov: 'SGD', adam: 'Adam', adamw: 'AdamW', rmsprop: 'RMSprop', adagrad: 'Adagrad',
};

/** The optimizer class name in torch.optim. */
export function racerClass(racer: RacerId): string {
  return CLASS[racer];
}

/** The constructor call as cell code: `optim.SGD([x, y], { lr: 0.001, momentum: 0.9 })`, or PyTorch's keywords. */
export function racerCode(racer: RacerId, c: LrSettings, tab: CodeTab = 'ts'): string {
  return callCode(tab, `optim.${CLASS[racer]}`, ['[x, y]'], Object.entries(racerOptions(racer, c)));
}

/** The race as a learner writes it: the first racer's optimizer (the others commented out), the loop. */
export function raceProgram(c: RaceConfig, tab: CodeTab = 'ts'): string {
  const tensor = (v: number) => callCode(tab, 'torch.tensor', [floatLiteral(tab, v)], [['requires_grad', true]]);
  return [
    ...(tab === 'py' ? ['import torch', 'from torch import optim', ''] : []),
    assign(tab, 'x', tensor(c.start[0])),
    assign(tab, 'y', tensor(c.start[1])),
    ...c.racers.map((r, i) => (i === 0 ? '' : comment(tab, '')) + assign(tab, 'optimizer', racerCode(r, c, tab))),
    ...forRange(tab, 'step', 0, c.steps, ['optimizer.zero_grad()', `${assign(tab, 'loss', 'f(x, y)')}   ${comment(tab, SURFACES[c.surface].formula)}`, 'loss.backward()', 'optimizer.step()']),
  ].join('\n');
}

function makeOptimizer(racer: RacerId, params: Tensor[], c: RaceConfig) {
  const o = racerOptions(racer, c);
  switch (CLASS[racer]) {
    case 'SGD':
      return optim.SGD(params, o);
    case 'Adam':
      return optim.Adam(params, o);
    case 'AdamW':
      return optim.AdamW(params, o);
    case 'RMSprop':
      return optim.RMSprop(params, o);
    case 'Adagrad':
      return optim.Adagrad(params, o);
  }
}

export function runRacer(racer: RacerId, c: RaceConfig): Trajectory {
  const surface = SURFACES[c.surface];
  const x = torch.tensor(c.start[0], { requires_grad: true });
  const y = torch.tensor(c.start[1], { requires_grad: true });
  const opt = makeOptimizer(racer, [x, y], c);
  const xs = [x.item()];
  const ys = [y.item()];
  const losses: number[] = [];
  let divergedAt = -1;
  for (let step = 0; step < c.steps; step++) {
    opt.zero_grad();
    const loss = surface.loss(x, y);
    loss.backward();
    opt.step();
    losses.push(loss.item());
    const nx = x.item();
    const ny = y.item();
    if (!Number.isFinite(nx) || !Number.isFinite(ny) || !Number.isFinite(losses[step]!)) {
      divergedAt = step;
      break;
    }
    xs.push(nx);
    ys.push(ny);
  }
  if (divergedAt < 0) losses.push(surface.loss(x, y).item());
  return { racer, xs, ys, losses, divergedAt };
}

export function runRace(c: RaceConfig): Trajectory[] {
  return c.racers.map((r) => runRacer(r, c));
}
