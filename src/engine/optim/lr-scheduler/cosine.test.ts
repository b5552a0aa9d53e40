import { afterEach, describe, expect, it } from 'vitest';
import { onTrainingEvent, type TrainingEvent } from '../../events';
import { CosineAnnealingLR, CosineAnnealingWarmRestarts } from './cosine';
import { expectClose, expectPyError } from '../test-helpers';
import { fixtureOptimizer, schedulerCases, trajectory } from './test-helpers';

const unsubscribers: (() => void)[] = [];
afterEach(() => unsubscribers.splice(0).forEach((u) => u()));

describe('CosineAnnealingLR', () => {
  it.each(schedulerCases('CosineAnnealingLR'))('matches PyTorch for $options (goes back up after T_max)', (c) => {
    const opt = fixtureOptimizer();
    expectClose(trajectory(opt, new CosineAnnealingLR(opt, c.options as never)).lrs, c.lrs, 1e-15, 1e-12);
  });

  it('follows η_min + (η_max − η_min)(1 + cos(πe/T))/2 for two periods, via the recursive form', () => {
    const opt = fixtureOptimizer();
    const s = new CosineAnnealingLR(opt, 5, { eta_min: 0.001 });
    for (let e = 1; e <= 20; e++) {
      opt.step();
      s.step();
      const expected = [0.1, 0.05].map((b) => 0.001 + ((b - 0.001) * (1 + Math.cos((Math.PI * e) / 5))) / 2);
      expectClose(s.get_last_lr(), expected, 1e-15, 1e-12);
    }
  });

  it('requires T_max', () => {
    expect(() => new CosineAnnealingLR(fixtureOptimizer())).toThrow("missing 1 required positional argument: 'T_max'");
  });
});

describe('CosineAnnealingWarmRestarts', () => {
  it.each(schedulerCases('CosineAnnealingWarmRestarts'))('matches PyTorch for $options', (c) => {
    const opt = fixtureOptimizer();
    expectClose(trajectory(opt, new CosineAnnealingWarmRestarts(opt, c.options as never)).lrs, c.lrs, 1e-15, 1e-12);
  });

  it('handles fractional epochs: T_0=4, T_mult=2 at 0.5, 1.0, 4.5, 12.0 → (T_cur, T_i) from the spec', () => {
    const s = new CosineAnnealingWarmRestarts(fixtureOptimizer(), 4, { T_mult: 2 });
    const got = [0.5, 1.0, 4.5, 12.0].map((e) => {
      s.step(e);
      return [s.T_cur, s.T_i];
    });
    expect(got).toEqual([[0.5, 4], [1.0, 4], [0.5, 8], [0.0, 16]]);
    expect(s.last_epoch).toBe(12);
  });

  it('never warns about the step order or the epoch argument, and keeps _step_count at 0', () => {
    const events: TrainingEvent[] = [];
    unsubscribers.push(onTrainingEvent((e) => events.push(e)));
    const s = new CosineAnnealingWarmRestarts(fixtureOptimizer(), 3);
    s.step();
    s.step(1.5);
    expect(events.filter((e) => e.type === 'warning')).toEqual([]);
    expect(s._step_count).toBe(0);
  });

  it('validates T_0, T_mult and the epoch', () => {
    expectPyError(() => new CosineAnnealingWarmRestarts(fixtureOptimizer(), 0), 'ValueError', 'Expected positive integer T_0, but got 0');
    expectPyError(() => new CosineAnnealingWarmRestarts(fixtureOptimizer(), 2.5), 'ValueError', 'Expected positive integer T_0, but got 2.5');
    expectPyError(() => new CosineAnnealingWarmRestarts(fixtureOptimizer(), 2, { T_mult: 0 }), 'ValueError', 'Expected integer T_mult >= 1, but got 0');
    expectPyError(() => new CosineAnnealingWarmRestarts(fixtureOptimizer(), 2).step(-1), 'ValueError', 'Expected non-negative epoch, but got -1');
  });
});
