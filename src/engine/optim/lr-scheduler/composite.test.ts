import { afterEach, describe, expect, it } from 'vitest';
import { onTrainingEvent, type TrainingEvent } from '../../events';
import { SequentialLR, ChainedScheduler } from './composite';
import { ConstantLR, LinearLR } from './factor-lr';
import { ExponentialLR, StepLR } from './step-lr';
import { CosineAnnealingLR } from './cosine';
import { MultiplicativeLR } from './lambda-lr';
import { ReduceLROnPlateau } from './plateau';
import { expectClose, expectPyError } from '../test-helpers';
import { fixtureOptimizer, schedulerCases, trajectory } from './test-helpers';

type Opt = ReturnType<typeof fixtureOptimizer>;
const BUILD: Record<string, (opt: Opt) => SequentialLR | ChainedScheduler> = {
  '[ConstantLR(0.1, 2), ExponentialLR(0.9)], milestones [2]': (opt) =>
    new SequentialLR(opt, [new ConstantLR(opt, { factor: 0.1, total_iters: 2 }), new ExponentialLR(opt, 0.9)], [2]),
  '[LinearLR(0.2, total_iters 3), CosineAnnealingLR(5), StepLR(2, 0.5)], milestones [3, 8]': (opt) =>
    new SequentialLR(opt, [new LinearLR(opt, { start_factor: 0.2, total_iters: 3 }), new CosineAnnealingLR(opt, 5), new StepLR(opt, 2, { gamma: 0.5 })], [3, 8]),
  '[ConstantLR(0.1, 3), ExponentialLR(0.9)]': (opt) =>
    new ChainedScheduler([new ConstantLR(opt, { factor: 0.1, total_iters: 3 }), new ExponentialLR(opt, 0.9)]),
};

const unsubscribers: (() => void)[] = [];
afterEach(() => unsubscribers.splice(0).forEach((u) => u()));

describe.each(['SequentialLR', 'ChainedScheduler'])('%s', (name) => {
  it.each(schedulerCases(name))('matches PyTorch for $options', (c) => {
    const opt = fixtureOptimizer();
    expectClose(trajectory(opt, BUILD[c.options as string]!(opt)).lrs, c.lrs, 1e-15, 1e-12);
  });
});

describe('SequentialLR', () => {
  it('restarts the next scheduler from its closed form at the milestone (spec §4.5 example)', () => {
    const opt = fixtureOptimizer();
    const s = new SequentialLR(opt, { schedulers: [new ConstantLR(opt, { factor: 0.1, total_iters: 2 }), new ExponentialLR(opt, 0.9)], milestones: [2] });
    const lrs = [s.get_last_lr()[0]];
    for (let i = 0; i < 4; i++) {
      opt.step();
      s.step();
      lrs.push(s.get_last_lr()[0]);
    }
    expectClose(lrs as number[], [0.01, 0.01, 0.1, 0.09, 0.081], 1e-17, 1e-13);
  });

  it('at a milestone, MultiplicativeLR multiplies by λ(0) (2.14) without an epoch warning', () => {
    const events: TrainingEvent[] = [];
    unsubscribers.push(onTrainingEvent((e) => events.push(e)));
    const opt = fixtureOptimizer();
    const s = new SequentialLR(opt, [new ExponentialLR(opt, 0.5), new MultiplicativeLR(opt, () => 0.9)], [2]);
    const lrs = [s.get_last_lr()[0]];
    for (let i = 0; i < 3; i++) {
      opt.step();
      s.step();
      lrs.push(s.get_last_lr()[0]);
    }
    expectClose(lrs as number[], [0.1, 0.05, 0.045, 0.0405], 1e-17, 1e-13);
    expect(events.filter((e) => e.type === 'warning' && e.message.startsWith('The epoch parameter'))).toEqual([]);
  });

  it('validates schedulers and milestones', () => {
    const opt = fixtureOptimizer();
    const other = fixtureOptimizer();
    expectPyError(() => new SequentialLR(opt, [new StepLR(opt, 2)], [1]), 'ValueError',
      'Sequential Schedulers expects number of schedulers provided to be one more than the number of milestone points, but got number of schedulers 1 and the number of milestones to be equal to 1');
    expectPyError(() => new SequentialLR(opt, [], []), 'ValueError', 'SequentialLR expects at least one scheduler, but got no scheduler.');
    expectPyError(() => new SequentialLR(opt, [new StepLR(other, 2)], []), 'ValueError', /expects all schedulers to belong to the same optimizer/);
    expectPyError(() => new SequentialLR(opt, [new ReduceLROnPlateau(opt)], []), 'ValueError', /does not support `ReduceLROnPlateau` scheduler/);
  });
});

describe('ChainedScheduler', () => {
  it('multiplies the effects of its schedulers (spec §4.6 example)', () => {
    const opt = fixtureOptimizer();
    const s = new ChainedScheduler([new ConstantLR(opt, { factor: 0.1, total_iters: 3 }), new ExponentialLR(opt, 0.9)]);
    const lrs = [s.get_last_lr()[0]];
    for (let i = 0; i < 4; i++) {
      opt.step();
      s.step();
      lrs.push(s.get_last_lr()[0]);
    }
    expectClose(lrs as number[], [0.01, 0.009, 0.0081, 0.0729, 0.06561], 1e-17, 1e-13);
  });

  it('accepts the optimizer argument (2.x) and rejects schedulers of another optimizer', () => {
    const opt = fixtureOptimizer();
    const a = new ExponentialLR(opt, 0.9);
    expect(new ChainedScheduler([a], opt).optimizer).toBe(opt);
    expectPyError(() => new ChainedScheduler([a, new ExponentialLR(fixtureOptimizer(), 0.9)]), 'ValueError',
      /ChainedScheduler expects all schedulers to belong to the same optimizer, but got scheduler ExponentialLR at index 1/);
  });
});
