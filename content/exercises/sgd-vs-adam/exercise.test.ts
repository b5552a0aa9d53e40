import { describe, expect, it } from 'vitest';
import { FakeTrace, decaying } from '../../../src/exercises/fake-trace';
import ex from './exercise';

function compare(o: { sgdLr?: number; adamLr?: number; sgd?: number[]; adam?: number[]; plot?: boolean } = {}) {
  const t = new FakeTrace();
  const s = t.optimizer('SGD', [t.param([0])], { lr: o.sgdLr ?? 0.01 });
  t.train(s, o.sgd ?? decaying(6.4, 0.97, 100), o.plot === false ? undefined : 'SGD');
  const a = t.optimizer('Adam', [t.param([0])], { lr: o.adamLr ?? 0.01 });
  t.train(a, o.adam ?? decaying(6.4, 0.99, 100), o.plot === false ? undefined : 'Adam');
  return t.result();
}

describe('sgd-vs-adam checker (hand-made traces)', () => {
  it('passes when the choice matches the lower final loss', () => {
    expect(ex.check({ result: compare(), choice: 'sgd' })).toMatchObject({ pass: true, key: 'check.compare.passSgd' });
    const adamWins = compare({ adam: decaying(6.4, 0.9, 100) });
    expect(ex.check({ result: adamWins, choice: 'adam' })).toMatchObject({ pass: true, key: 'check.compare.passAdam' });
  });
  it('fails a choice that contradicts the run', () => {
    expect(ex.check({ result: compare(), choice: 'adam' })).toMatchObject({ pass: false, key: 'check.compare.wrongSgd' });
  });
  it.each([
    ['no choice', compare(), null, 'check.choose'],
    ['different lrs', compare({ adamLr: 0.001 }), 'sgd', 'check.compare.differentLr'],
    ['different epochs', compare({ adam: decaying(6.4, 0.99, 50) }), 'sgd', 'check.compare.differentEpochs'],
    ['different start', compare({ adam: decaying(5, 0.99, 100) }), 'sgd', 'check.compare.differentStart'],
    ['not plotted', compare({ plot: false }), 'sgd', 'check.compare.notPlotted'],
    ['diverging', compare({ sgd: [6.4, 100, Infinity] , adam: decaying(6.4, 0.9, 3)}), 'adam', 'check.train.diverged'],
  ])('fails: %s', (_n, result, choice, key) => {
    expect(ex.check({ result, choice })).toMatchObject({ pass: false, key });
  });
  it('needs both optimizers', () => {
    const t = new FakeTrace();
    t.train(t.optimizer('SGD', [t.param([0])], { lr: 0.01 }), decaying(6, 0.9, 10), 'SGD');
    expect(ex.check({ result: t.result(), choice: 'sgd' })).toMatchObject({ key: 'check.compare.needBoth' });
  });
});
