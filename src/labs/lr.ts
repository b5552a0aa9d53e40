/**
 * The learning-rate lab's run: the problem of lesson 08's cell `pit-three-lrs` (fit y = 2x + 1 plus noise with
 * nn.Linear(1, 1) and SGD, 60 steps) at one learning rate, on the real engine, and a verdict read from the run
 * (never from the formula): diverged, oscillating (but settling), converged, slow, or barely moving.
 */
import { torch, nn, optim } from '../engine/index';
import type { Tensor } from '../engine/tensor';

export const LR_MIN = 0.001;
export const LR_MAX = 3;
export const LR_DEFAULT = 0.05;
export const LR_STEPS_DEFAULT = 60;

export type LrVerdict = 'diverged' | 'oscillating' | 'converged' | 'slow' | 'stuck';

export interface LrRun {
  lr: number;
  /** loss.item() of every step (before that step's update), as in the cell */
  losses: number[];
  /** the weight after every step */
  weights: number[];
  /** first step whose loss is not finite (inf or NaN), or -1 */
  nonFiniteAt: number;
  /** first step whose loss is NaN, or -1 */
  nanAt: number;
}

interface Data {
  x: Tensor;
  y: Tensor;
}
let data: Data | undefined;

/** The cell's data: torch.manual_seed(0); x = rand(32,1)·2 − 1; y = 2x + 1 + rand(32,1)·0.2. */
function problem(): Data {
  if (!data) {
    torch.manual_seed(0);
    const x = torch.rand(32, 1).mul(2).sub(1);
    const y = x.mul(2).add(1).add(torch.rand(32, 1).mul(0.2));
    data = { x, y };
  }
  return data;
}

export function runLr(lr: number, steps = LR_STEPS_DEFAULT): LrRun {
  const { x, y } = problem();
  const criterion = nn.MSELoss();
  torch.manual_seed(1);
  const model = nn.Linear(1, 1);
  const optimizer = optim.SGD(model.parameters(), { lr });
  const losses: number[] = [];
  const weights: number[] = [];
  let nonFiniteAt = -1;
  let nanAt = -1;
  for (let step = 0; step < steps; step++) {
    optimizer.zero_grad();
    const loss = criterion(model(x), y);
    loss.backward();
    optimizer.step();
    const v = loss.item();
    losses.push(v);
    weights.push(model.weight.item());
    if (nonFiniteAt < 0 && !Number.isFinite(v)) nonFiniteAt = step;
    if (nanAt < 0 && Number.isNaN(v)) nanAt = step;
  }
  return { lr, losses, weights, nonFiniteAt, nanAt };
}

let floorCache: number | undefined;
/** The lowest loss this problem reaches (the noise floor): a long run at a good learning rate. */
export function lossFloor(): number {
  floorCache ??= Math.min(...runLr(0.5, 300).losses);
  return floorCache;
}

/** How many times the weight's update changed direction, as a fraction of the updates. */
export function flipRate(weights: readonly number[]): number {
  let flips = 0;
  let n = 0;
  for (let i = 2; i < weights.length; i++) {
    const d1 = weights[i - 1]! - weights[i - 2]!;
    const d2 = weights[i]! - weights[i - 1]!;
    if (d1 === 0 || d2 === 0 || !Number.isFinite(d1) || !Number.isFinite(d2)) continue;
    n++;
    if (Math.sign(d1) !== Math.sign(d2)) flips++;
  }
  return n === 0 ? 0 : flips / n;
}

export function classifyLr(run: LrRun, floor = lossFloor()): LrVerdict {
  const first = run.losses[0]!;
  const last = run.losses[run.losses.length - 1]!;
  if (run.nonFiniteAt >= 0 || !(last <= first)) return 'diverged';
  const excess = (last - floor) / (first - floor);
  if (flipRate(run.weights) > 0.5) return 'oscillating';
  if (excess < 0.001) return 'converged';
  if (excess > 0.75) return 'stuck';
  return 'slow';
}
