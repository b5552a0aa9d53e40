/**
 * The optimizer race: every selected optimizer starts from the same point of a 2-D surface and takes `steps`
 * steps on the real engine (two 0-d float32 parameters x and y, exactly like a code cell would do).
 * Positions and losses are recorded per step; a racer that leaves the finite numbers stops (divergedAt).
 */
import { torch, optim } from '../engine/index';
import type { Tensor } from '../engine/tensor';
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

export interface RaceConfig {
  surface: SurfaceId;
  racers: RacerId[];
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
  return { surface, racers: [...RACERS], lr: s.lr, momentum: 0.9, beta1: 0.9, beta2: 0.999, steps: s.steps, start: [s.start[0], s.start[1]] };
}

/** The optimizer's constructor options, as PyTorch keyword arguments. */
export function racerOptions(racer: RacerId, c: Pick<RaceConfig, 'lr' | 'momentum' | 'beta1' | 'beta2'>): Record<string, unknown> {
  switch (racer) {
    case 'sgd':
      return { lr: c.lr };
    case 'momentum':
      return { lr: c.lr, momentum: c.momentum };
    case 'nesterov':
      return { lr: c.lr, momentum: c.momentum, nesterov: true };
    case 'adam':
    case 'adamw':
      return { lr: c.lr, betas: [c.beta1, c.beta2] };
    case 'rmsprop':
    case 'adagrad':
      return { lr: c.lr };
  }
}

const CLASS: Record<RacerId, 'SGD' | 'Adam' | 'AdamW' | 'RMSprop' | 'Adagrad'> = {
  sgd: 'SGD', momentum: 'SGD', nesterov: 'SGD', adam: 'Adam', adamw: 'AdamW', rmsprop: 'RMSprop', adagrad: 'Adagrad',
};

/** The optimizer class name in torch.optim. */
export function racerClass(racer: RacerId): string {
  return CLASS[racer];
}

/** The constructor call as TypeScript cell code: `optim.SGD([x, y], { lr: 0.001, momentum: 0.9 })`. */
export function racerCode(racer: RacerId, c: Pick<RaceConfig, 'lr' | 'momentum' | 'beta1' | 'beta2'>): string {
  const opts = Object.entries(racerOptions(racer, c))
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : String(v)}`)
    .join(', ');
  return `optim.${CLASS[racer]}([x, y], { ${opts} })`;
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
