import { describe, expect, it } from 'vitest';
import { Tensor } from '../../tensor';
import { ReduceLROnPlateau } from './plateau';
import { expectClose, expectPyError } from '../test-helpers';
import { fixtureOptimizer, schedulerCases, trajectory } from './test-helpers';

const METRICS = [1.0, 0.9, 0.95, 0.92, 0.91, 0.85, 0.86, 0.87, 0.88, 0.89, 0.9, 0.7, 0.71, 0.72];
const METRICS_MAX = [1.0, 1.05, 1.2, 1.25, 1.28, 1.3, 1.31, 1.5, 1.52, 1.53, 1.54, 1.55, 1.8, 1.81];

describe('ReduceLROnPlateau', () => {
  it.each(schedulerCases('ReduceLROnPlateau'))('matches PyTorch for $options', (c) => {
    const opt = fixtureOptimizer();
    const options = c.options as Record<string, unknown>;
    const s = new ReduceLROnPlateau(opt, options as never);
    expectClose(trajectory(opt, s, 14, options['mode'] === 'max' ? METRICS_MAX : METRICS).lrs, c.lrs, 1e-17, 1e-14);
  });

  it('halves the lr after the 3rd bad epoch with patience 2 (strictly greater), and not at construction', () => {
    const opt = fixtureOptimizer();
    const s = new ReduceLROnPlateau(opt, { patience: 2, factor: 0.5 });
    expect(s.get_last_lr()).toEqual([0.1, 0.05]);
    const lrs = METRICS.slice(0, 9).map((m) => {
      s.step(m);
      return opt.param_groups[0]!.lr;
    });
    expect(lrs).toEqual([0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.025]);
    expect(s.num_bad_epochs).toBe(0);
  });

  it('accepts mode positionally, like ReduceLROnPlateau(optimizer, "max", patience=1)', () => {
    const s = new ReduceLROnPlateau(fixtureOptimizer(), 'max', { patience: 1 });
    expect([s.mode, s.patience, s.best]).toEqual(['max', 1, -Infinity]);
  });

  it('accepts a loss tensor as the metric', () => {
    const s = new ReduceLROnPlateau(fixtureOptimizer());
    s.step(Tensor._make(Float64Array.from([0.5]), [], 'float64'));
    expect(s.best).toBe(0.5);
  });

  it('validates factor, mode, threshold_mode and min_lr', () => {
    expectPyError(() => new ReduceLROnPlateau(fixtureOptimizer(), { factor: 1 }), 'ValueError', 'Factor should be < 1.0.');
    expectPyError(() => new ReduceLROnPlateau(fixtureOptimizer(), { mode: 'up' as never }), 'ValueError', 'mode up is unknown!');
    expectPyError(() => new ReduceLROnPlateau(fixtureOptimizer(), { threshold_mode: 'x' as never }), 'ValueError', 'threshold mode x is unknown!');
    expectPyError(() => new ReduceLROnPlateau(fixtureOptimizer(), { min_lr: [0.1] }), 'ValueError', 'expected 2 min_lrs, got 1');
    expect(() => new ReduceLROnPlateau(fixtureOptimizer(), { patiense: 3 } as never)).toThrow(/unexpected keyword argument 'patiense'.*did you mean 'patience'/);
  });

  it('extends min_lrs when a group is added (scalar min_lr) and round-trips its state', () => {
    const opt = fixtureOptimizer();
    const s = new ReduceLROnPlateau(opt, { patience: 0 });
    opt.add_param_group({ params: [Tensor._make(new Float64Array(1), [1], 'float64', true)], lr: 0.2 });
    s.step(1);
    s.step(2);
    expect(opt.param_groups.map((g) => g.lr)).toEqual([0.1 * 0.1, 0.05 * 0.1, 0.2 * 0.1].map((x) => expect.closeTo(x, 15)));
    const s2 = new ReduceLROnPlateau(fixtureOptimizer(), { patience: 0 });
    s2.load_state_dict(JSON.parse(JSON.stringify(s.state_dict())) as Record<string, unknown>);
    expect(s2.best).toBe(1);
    expect(s2.last_epoch).toBe(2);
  });
});
