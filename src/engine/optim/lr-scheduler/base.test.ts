import { afterEach, describe, expect, it } from 'vitest';
import { onTrainingEvent, type TrainingEvent } from '../../events';
import { optim } from '../../index';
import { lr_scheduler } from './index';
import { LRScheduler, EPOCH_DEPRECATION_WARNING, ORDER_WARNING, OVERRIDDEN_WARNING } from './base';
import { StepLR, ExponentialLR } from './step-lr';
import { expectPyError } from '../test-helpers';
import { fixtureOptimizer } from './test-helpers';

const unsubscribers: (() => void)[] = [];
afterEach(() => unsubscribers.splice(0).forEach((u) => u()));
function record(): TrainingEvent[] {
  const events: TrainingEvent[] = [];
  unsubscribers.push(onTrainingEvent((e) => events.push(e)));
  return events;
}
const warnings = (events: TrainingEvent[]): string[] =>
  events.flatMap((e) => (e.type === 'warning' ? [e.message] : []));

describe('LRScheduler', () => {
  it('warns once when scheduler.step() runs before optimizer.step(), with PyTorch\'s exact text', () => {
    const events = record();
    const opt = fixtureOptimizer();
    const s = new StepLR(opt, 2);
    s.step();
    s.step();
    opt.step();
    s.step();
    expect(warnings(events)).toEqual([ORDER_WARNING]);
    expect(ORDER_WARNING).toContain('`lr_scheduler.step()`.  Failure to do this');
    const steps = events.filter((e) => e.type === 'scheduler:step');
    expect(steps.map((e) => (e as { beforeOptimizerStep: boolean }).beforeOptimizerStep)).toEqual([true, true, false]);
  });

  it('does not warn when optimizer.step() comes first', () => {
    const events = record();
    const opt = fixtureOptimizer();
    const s = new ExponentialLR(opt, 0.9);
    for (let i = 0; i < 3; i++) {
      opt.step();
      s.step();
    }
    expect(warnings(events)).toEqual([]);
  });

  it('warns that optimizer.step was overridden after the scheduler wrapped it', () => {
    const events = record();
    const opt = fixtureOptimizer();
    const s = new StepLR(opt, 2);
    opt.step = () => undefined;
    s.step();
    expect(warnings(events)).toEqual([OVERRIDDEN_WARNING]);
  });

  it('warns that the epoch argument is deprecated', () => {
    const events = record();
    const opt = fixtureOptimizer();
    const s = new StepLR(opt, 2);
    opt.step();
    s.step(4);
    expect(warnings(events)).toEqual([EPOCH_DEPRECATION_WARNING]);
    expect(s.get_last_lr()).toEqual([0.1 * 0.01, 0.05 * 0.01].map((x) => expect.closeTo(x, 15)));
  });

  it('warns when get_lr() is called outside step()', () => {
    const events = record();
    new StepLR(fixtureOptimizer(), 2).get_lr();
    expect(warnings(events)).toEqual(['To get the last learning rate computed by the scheduler, please use `get_last_lr()`.']);
  });

  it('construction performs a step, records initial_lr with setdefault and emits scheduler:create', () => {
    const events = record();
    const opt = fixtureOptimizer();
    const a = new StepLR(opt, 2);
    expect(a.last_epoch).toBe(0);
    expect(a._step_count).toBe(1);
    expect(opt.param_groups.map((g) => g['initial_lr'])).toEqual([0.1, 0.05]);
    opt.param_groups[0]!.lr = 0.5;
    const b = new ExponentialLR(opt, 0.9);
    expect(b.base_lrs).toEqual([0.1, 0.05]); // setdefault: the first scheduler's initial_lr wins
    expect(events.filter((e) => e.type === 'scheduler:create').map((e) => (e as { name: string }).name)).toEqual(['StepLR', 'ExponentialLR']);
    expect((events.find((e) => e.type === 'scheduler:create') as { ref?: unknown }).ref).toBe(a);
  });

  it('requires an Optimizer and initial_lr when resuming', () => {
    expectPyError(() => new StepLR({} as never, 2), 'TypeError', 'dict is not an Optimizer');
    expectPyError(() => new StepLR(fixtureOptimizer(), 2, { last_epoch: 3 }), 'KeyError',
      /^param 'initial_lr' is not specified in param_groups\[0\] when resuming scheduler with last_epoch >= 0\./);
  });

  it('state_dict holds everything but the optimizer and load_state_dict restores it', () => {
    const opt = fixtureOptimizer();
    const s = new StepLR(opt, 2, { gamma: 0.5 });
    opt.step();
    s.step();
    s.step();
    const sd = s.state_dict();
    expect(sd).toMatchObject({ step_size: 2, gamma: 0.5, base_lrs: [0.1, 0.05], last_epoch: 2, _step_count: 3 });
    expect(sd).not.toHaveProperty('optimizer');
    const opt2 = fixtureOptimizer();
    const s2 = new StepLR(opt2, 7);
    s2.load_state_dict(JSON.parse(JSON.stringify(sd)) as Record<string, unknown>);
    expect([s2.step_size, s2.last_epoch, s2.get_last_lr()]).toEqual([2, 2, s.get_last_lr()]);
  });

  it('every scheduler in the index is callable without new and is an LRScheduler', () => {
    const opt = optim.SGD([fixtureOptimizer().param_groups[0]!.params[0]!], { lr: 0.1, momentum: 0.9 });
    const made: LRScheduler[] = [
      lr_scheduler.StepLR(opt, 3), lr_scheduler.MultiStepLR(opt, [2]), lr_scheduler.ConstantLR(opt), lr_scheduler.LinearLR(opt),
      lr_scheduler.ExponentialLR(opt, 0.9), lr_scheduler.PolynomialLR(opt), lr_scheduler.CosineAnnealingLR(opt, 10),
      lr_scheduler.CosineAnnealingWarmRestarts(opt, 5), lr_scheduler.CyclicLR(opt, 0.01, 0.1), lr_scheduler.OneCycleLR(opt, 0.1, { total_steps: 5 }),
      lr_scheduler.LambdaLR(opt, () => 1), lr_scheduler.MultiplicativeLR(opt, () => 1), lr_scheduler.ReduceLROnPlateau(opt),
    ];
    made.push(lr_scheduler.SequentialLR(opt, [lr_scheduler.StepLR(opt, 3), lr_scheduler.StepLR(opt, 3)], [2]));
    made.push(lr_scheduler.ChainedScheduler([lr_scheduler.StepLR(opt, 3)]));
    for (const s of made) {
      expect(s).toBeInstanceOf(LRScheduler);
      expect(s).toBeInstanceOf(lr_scheduler.LRScheduler);
    }
    expect(made.map((s) => s.constructor.name)).toContain('CyclicLR');
    expect(Object.keys(lr_scheduler).sort()).toEqual([
      'ChainedScheduler', 'ConstantLR', 'CosineAnnealingLR', 'CosineAnnealingWarmRestarts', 'CyclicLR', 'ExponentialLR', 'LRScheduler',
      'LambdaLR', 'LinearLR', 'MultiStepLR', 'MultiplicativeLR', 'OneCycleLR', 'PolynomialLR', 'ReduceLROnPlateau', 'SequentialLR', 'StepLR',
    ]);
    expect(optim.lr_scheduler).toStrictEqual(lr_scheduler); // the core's object, filled by the extras
  });

  it('supports a learner-defined scheduler: subclass LRScheduler and override get_lr()', () => {
    class HalfEveryEpoch extends (lr_scheduler.LRScheduler as unknown as typeof LRScheduler) {
      override get_lr(): number[] {
        return this.base_lrs.map((b) => b * 0.5 ** this.last_epoch);
      }
    }
    const opt = fixtureOptimizer();
    const s = new HalfEveryEpoch(opt);
    expect([s.last_epoch, s.get_last_lr()]).toEqual([0, [0.1, 0.05]]);
    opt.step();
    s.step();
    expect(s.get_last_lr()).toEqual([0.05, 0.025]);
    class MyStep extends StepLR {}
    const m = new MyStep(fixtureOptimizer(), 2);
    expect([m.last_epoch, m._step_count]).toEqual([0, 1]);
  });
});
