/**
 * Exercise 2 — SGD vs Adam at the same learning rate.
 * Two runs (same data, same start, same lr, same number of epochs), both curves plotted; the learner then says
 * which converged faster. "Faster" is defined on the page: the LOWER LOSS AFTER THE LAST EPOCH of their own run.
 */
import { runFailure, trainingFailure } from '../../../src/exercises/common';
import { close, fmt, runs, type RunInfo } from '../../../src/exercises/trace';
import { defineExercise, fail, pass } from '../../../src/exercises/types';

export const choices = ['sgd', 'adam'] as const;
/** Final losses closer than this (relative) count as a tie: both answers are accepted. */
export const tieRelative = 1e-3;

const last = (r: RunInfo) => r.losses[r.losses.length - 1]!;

export default defineExercise({
  id: 'sgd-vs-adam',
  kind: 'code',
  choices,
  budgetMs: 10_000,
  check({ result, choice }) {
    const broken = runFailure(result);
    if (broken || !result) return broken ?? fail('check.run.missing');
    const all = runs(result.trace);
    if (all.length === 0) return fail('check.train.noOptimizer');
    const sgd = all.filter((r) => r.name === 'SGD').at(-1);
    const adam = all.filter((r) => r.name === 'Adam').at(-1);
    if (!sgd || !adam) return fail('check.compare.needBoth', { found: all.map((r) => r.name).join(', ') });
    for (const r of [sgd, adam]) {
      const bad = trainingFailure(result, r);
      if (bad) return bad;
    }
    if (!close(sgd.lr, adam.lr, 1e-9)) return fail('check.compare.differentLr', { sgd: fmt(sgd.lr), adam: fmt(adam.lr) });
    if (sgd.losses.length !== adam.losses.length) {
      return fail('check.compare.differentEpochs', { sgd: sgd.losses.length, adam: adam.losses.length });
    }
    if ([...adam.params].some((p) => sgd.params.has(p)) && !close(sgd.losses[0]!, adam.losses[0]!, 1e-5)) {
      return fail('check.compare.sameModel', { sgd: fmt(sgd.losses[0]!), adam: fmt(adam.losses[0]!) });
    }
    if (!close(sgd.losses[0]!, adam.losses[0]!, 1e-5)) {
      return fail('check.compare.differentStart', { sgd: fmt(sgd.losses[0]!), adam: fmt(adam.losses[0]!) });
    }
    const curves = Object.values(result.trace.plots).filter((pts) => pts.length >= 2).length;
    if (curves < 2) return fail('check.compare.notPlotted', { count: curves });
    if (!choice) return fail('check.choose');
    const [s, a] = [last(sgd), last(adam)];
    const params = { sgd: fmt(s), adam: fmt(a), epochs: sgd.losses.length };
    if (close(s, a, tieRelative)) return pass('check.compare.tie', params);
    const winner = s < a ? 'sgd' : 'adam';
    if (choice !== winner) {
      return fail(winner === 'sgd' ? 'check.compare.wrongSgd' : 'check.compare.wrongAdam', params);
    }
    return pass(winner === 'sgd' ? 'check.compare.passSgd' : 'check.compare.passAdam', params);
  },
});
