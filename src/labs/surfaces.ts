/**
 * 2-D loss surfaces of the optimizer race. Each surface is written twice: `loss(x, y)` with engine tensors
 * (autograd computes the gradient the optimizers use) and `f(x, y)` in plain float64 for drawing contours.
 * A test checks that the two agree.
 */
import type { Tensor } from '../engine/tensor';

export const SURFACE_IDS = ['rosenbrock', 'bowl', 'saddle', 'two-minima'] as const;
export type SurfaceId = (typeof SURFACE_IDS)[number];

export interface Surface {
  id: SurfaceId;
  /** the formula as a learner would write it (shown under the map) */
  formula: string;
  f(x: number, y: number): number;
  loss(x: Tensor, y: Tensor): Tensor;
  /** visible region [xmin, xmax, ymin, ymax] */
  bounds: readonly [number, number, number, number];
  /** default start and learning rate */
  start: readonly [number, number];
  lr: number;
  steps: number;
  /** global minima (drawn as stars) */
  minima: readonly (readonly [number, number])[];
  /** loss can be negative: plot it on a linear axis */
  linearLoss?: boolean;
}

export const SURFACES: Record<SurfaceId, Surface> = {
  rosenbrock: {
    id: 'rosenbrock',
    formula: '(1 − x)² + 100·(y − x²)²',
    f: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
    loss: (x, y) => x.neg().add(1).pow(2).add(y.sub(x.pow(2)).pow(2).mul(100)),
    bounds: [-2, 2, -1, 3],
    start: [-1.5, 2],
    lr: 0.001,
    steps: 300,
    minima: [[1, 1]],
  },
  bowl: {
    id: 'bowl',
    formula: '0.05·x² + 2·y²',
    f: (x, y) => 0.05 * x * x + 2 * y * y,
    loss: (x, y) => x.pow(2).mul(0.05).add(y.pow(2).mul(2)),
    bounds: [-5, 5, -2.5, 2.5],
    start: [-4.5, 2],
    lr: 0.1,
    steps: 150,
    minima: [[0, 0]],
  },
  saddle: {
    id: 'saddle',
    formula: '0.5·x² − 0.5·y² + 0.25·y⁴',
    f: (x, y) => 0.5 * x * x - 0.5 * y * y + 0.25 * y ** 4,
    loss: (x, y) => x.pow(2).mul(0.5).sub(y.pow(2).mul(0.5)).add(y.pow(4).mul(0.25)),
    bounds: [-2.5, 2.5, -2, 2],
    start: [-2.2, 0.01],
    lr: 0.05,
    steps: 200,
    minima: [[0, 1], [0, -1]],
    linearLoss: true,
  },
  'two-minima': {
    id: 'two-minima',
    formula: '(x² − 1)² + 0.3·x + y²',
    f: (x, y) => (x * x - 1) ** 2 + 0.3 * x + y * y,
    loss: (x, y) => x.pow(2).sub(1).pow(2).add(x.mul(0.3)).add(y.pow(2)),
    bounds: [-2, 2, -1.6, 1.6],
    start: [1.9, 1.2],
    lr: 0.01,
    steps: 200,
    minima: [[-1.0355, 0]],
    linearLoss: true,
  },
};
