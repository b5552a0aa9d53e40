/**
 * Exercise 3 — add weight_decay and watch overfitting.
 * Two runs on the same small dataset (polynomial features, 8 training points): one without weight decay, one with.
 * The checker computes each run's validation loss itself from the final parameters (the data below is the data of
 * the starter), so the answer is checked against the learner's own run, not against printed text.
 * "Improved" means: validation loss at least 1% lower with weight decay (stated on the page).
 */
import { runFailure, trainingFailure } from '../../../src/exercises/common';
import { close, finalParams, fmt, runs, type RunInfo } from '../../../src/exercises/trace';
import { defineExercise, fail, pass, type RunTrace } from '../../../src/exercises/types';

export const data = {
  xTrain: [-1.0, -0.71, -0.43, -0.14, 0.14, 0.43, 0.71, 1.0],
  yTrain: [0.2, -0.71, -0.96, -0.24, 0.29, 0.93, 0.33, 0.11],
  xVal: [-0.9, -0.7, -0.5, -0.3, -0.1, 0.1, 0.3, 0.5, 0.7, 0.9],
  yVal: [-0.62, -0.98, -1.27, -0.83, -0.37, 0.02, 0.94, 1.08, 0.68, 0.16],
  degree: 8,
} as const;
export const choices = ['yes', 'no'] as const;
/** Validation loss must drop by at least this fraction to count as "improved". */
export const minImprovement = 0.01;
/** The weight decay the question asks about (stated on the page); other values may be tried beside it. */
export const askedWeightDecay = 1e-4;

const wdOf = (r: RunInfo) => Number(r.options.weight_decay ?? 0);

/** MSE of y = w·[x, x², …, x^degree] + b on (xs, ys), from a run's final parameters; null if the shapes differ. */
function fitLoss(trace: RunTrace, run: RunInfo, xs: readonly number[], ys: readonly number[]): number | null {
  const ps = finalParams(trace, run.id);
  const w = ps.find((p) => p.data.length === data.degree);
  const b = ps.find((p) => p.data.length === 1);
  if (ps.length !== 2 || !w || !b) return null;
  let sum = 0;
  xs.forEach((x, i) => {
    let pred = b.data[0]!;
    for (let k = 1; k <= data.degree; k++) pred += w.data[k - 1]! * x ** k;
    sum += (pred - ys[i]!) ** 2;
  });
  return sum / xs.length;
}

/** Validation MSE from a run's final parameters; null if the shapes differ. */
export const validationLoss = (trace: RunTrace, run: RunInfo) => fitLoss(trace, run, data.xVal, data.yVal);

/**
 * True when the run's last training loss matches the loss on the validation points rather than on the training
 * points: the model was trained on the validation data, which makes the comparison meaningless.
 */
export function trainedOnValidation(trace: RunTrace, run: RunInfo): boolean {
  const last = run.losses.at(-1);
  const onTrain = fitLoss(trace, run, data.xTrain, data.yTrain);
  const onVal = validationLoss(trace, run);
  if (last === undefined || onTrain == null || onVal == null) return false;
  return Math.abs(last - onVal) < Math.abs(last - onTrain) / 4;
}

export default defineExercise({
  id: 'weight-decay',
  kind: 'code',
  choices,
  budgetMs: 15_000,
  check({ result, choice }) {
    const broken = runFailure(result, 15_000);
    if (broken || !result) return broken ?? fail('check.run.missing');
    const all = runs(result.trace).filter((r) => r.steps > 0 || r.losses.length > 0);
    if (runs(result.trace).length === 0) return fail('check.train.noOptimizer');
    for (const r of all) {
      const bad = trainingFailure(result, r);
      if (bad) return bad;
    }
    if (all.length < 2) return fail('check.wd.needTwo', { count: all.length });
    const plain = all.find((r) => wdOf(r) === 0);
    const withDecay = all.filter((r) => wdOf(r) > 0);
    if (withDecay.length === 0) return fail('check.wd.noDecay');
    if (!plain) {
      const adamwDefault = withDecay.some((r) => r.name === 'AdamW' && wdOf(r) === 0.01);
      return adamwDefault ? fail('check.wd.noPlainDefault') : fail('check.wd.noPlain', { wd: fmt(wdOf(withDecay.at(-1)!)) });
    }
    const decayed = withDecay.filter((r) => close(wdOf(r), askedWeightDecay, 1e-9)).at(-1);
    if (!decayed) return fail('check.wd.otherValue', { values: [...new Set(withDecay.map((r) => fmt(wdOf(r))))].join(', ') });
    if (plain.name !== decayed.name) {
      return fail('check.wd.differentOptimizers', { plain: plain.name, decayed: decayed.name });
    }
    if (!close(plain.lr, decayed.lr, 1e-9)) {
      return fail('check.wd.differentLr', { plain: fmt(plain.lr), decayed: fmt(decayed.lr) });
    }
    if (plain.losses.length !== decayed.losses.length) {
      return fail('check.wd.differentEpochs', { plain: plain.losses.length, decayed: decayed.losses.length });
    }
    if (!close(plain.losses[0]!, decayed.losses[0]!, 1e-5)) {
      return fail('check.wd.differentStart', { plain: fmt(plain.losses[0]!), decayed: fmt(decayed.losses[0]!) });
    }
    for (const r of [plain, decayed]) {
      if (trainedOnValidation(result.trace, r)) return fail('check.wd.trainedOnValidation', { train: fmt(r.losses.at(-1)!) });
    }
    const vPlain = validationLoss(result.trace, plain);
    const vDecay = validationLoss(result.trace, decayed);
    if (vPlain == null || vDecay == null) return fail('check.wd.model', { degree: data.degree });
    if (!choice) return fail('check.choose');
    const improved = vDecay <= (1 - minImprovement) * vPlain;
    const params = {
      wd: fmt(wdOf(decayed)),
      plain: vPlain.toFixed(4),
      decayed: vDecay.toFixed(4),
      change: `${vDecay <= vPlain ? '−' : '+'}${(Math.abs(vDecay / vPlain - 1) * 100).toFixed(1)}%`,
    };
    if ((choice === 'yes') !== improved) return fail(improved ? 'check.wd.wrongImproved' : 'check.wd.wrongNotImproved', params);
    return pass(improved ? 'check.wd.passImproved' : 'check.wd.passNotImproved', params);
  },
});
