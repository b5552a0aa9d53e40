/**
 * Exercise 3 — add weight_decay and watch overfitting.
 * Two runs on the same small dataset (polynomial features, 8 training points): one without weight decay, one with.
 * The checker computes each run's validation loss itself from the final parameters (the data below is the data of
 * the starter), so the answer is checked against the learner's own run, not against printed text.
 * "Improved" means: validation loss at least 1% lower with weight decay (stated on the page).
 */
import { runFailure, trainingFailure } from '../../../src/exercises/common';
import { close, finalParams, fmt, runs, type RunInfo } from '../../../src/exercises/trace';
import { defineExercise, defineMessages, type RunTrace } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.wd.needTwo': 'The exercise needs two runs, one without and one with weight_decay; found {count}.',
    'check.wd.noDecay': 'No run used weight_decay > 0. Pass it to the optimizer, e.g. { lr: 0.1, weight_decay: 1e-4 }.',
    'check.wd.noPlain': 'Every run used weight decay (weight_decay = {wd}). Keep one run with weight_decay = 0 to compare against.',
    'check.wd.noPlainDefault': 'No run had weight_decay = 0: the run meant to be without weight decay used AdamW, whose default weight_decay is 0.01. Pass weight_decay: 0 to it explicitly (or use Adam, as the starter does).',
    'check.wd.otherValue': 'The question is about weight_decay = 1e-4, but your runs with weight decay used {values}. Add a run with 1e-4 (you may keep the others).',
    'check.wd.trainedOnValidation': 'The model was trained on the validation points (its last training loss, {train}, matches the validation loss). Train on X, Y and only measure on XVal, YVal: otherwise the validation loss no longer tells you anything about overfitting.',
    'check.wd.differentOptimizers': 'The runs used different optimizers ({plain} without weight decay, {decayed} with it). Change only weight_decay.',
    'check.wd.differentLr': 'The runs used different learning rates ({plain} without weight decay, {decayed} with it). Change only weight_decay.',
    'check.wd.differentEpochs': 'The runs trained for different numbers of epochs ({plain} vs {decayed}). Change only weight_decay.',
    'check.wd.differentStart': 'The runs did not start from the same weights (first loss {plain} vs {decayed}). Call torch.manual_seed(0) before creating each model.',
    'check.wd.model': 'The checker expects the model from the starter code: nn.Linear({degree}, 1) on the features x, x², …, x^{degree}.',
    'check.wd.wrongImproved': 'Look at your numbers: with weight_decay = {wd} the validation loss went from {plain} to {decayed} ({change}). That is at least 1% lower, so it did improve.',
    'check.wd.wrongNotImproved': 'Look at your numbers: with weight_decay = {wd} the validation loss went from {plain} to {decayed} ({change}). That is not at least 1% lower, so it did not really improve.',
    'check.wd.passImproved': 'Right: with weight_decay = {wd} the validation loss went from {plain} to {decayed} ({change}). Now try larger values such as 1e-3 and 1e-2.',
    'check.wd.passNotImproved': 'Right: with weight_decay = {wd} the validation loss went from {plain} to {decayed} ({change}), no real improvement. Try other values and see where it starts to help, or to hurt.',
  },
  zh: {
    'check.wd.needTwo': '这道练习需要两次训练：一次不加 weight_decay，一次加上。现在只有 {count} 次。',
    'check.wd.noDecay': '没有哪次训练用了 weight_decay > 0。把它传给优化器，例如 { lr: 0.1, weight_decay: 1e-4 }。',
    'check.wd.noPlain': '每次训练都加了权重衰减（weight_decay = {wd}）。请保留一次 weight_decay = 0 的训练作对照。',
    'check.wd.noPlainDefault': '没有哪次训练的 weight_decay 是 0：本该不加权重衰减的那次用了 AdamW，而 AdamW 的 weight_decay 默认是 0.01。请显式传入 weight_decay: 0（或者像起始代码那样用 Adam）。',
    'check.wd.otherValue': '题目问的是 weight_decay = 1e-4，但你加了权重衰减的训练用的是 {values}。请补一次 1e-4 的训练（其他的可以留着）。',
    'check.wd.trainedOnValidation': '模型是在验证点上训练的（它最后的训练损失 {train} 和验证损失对得上）。请在 X、Y 上训练，只在 XVal、YVal 上测量；否则验证损失就说明不了过拟合了。',
    'check.wd.differentOptimizers': '两次训练用了不同的优化器（不加权重衰减的是 {plain}，加了的是 {decayed}）。只改 weight_decay 就好。',
    'check.wd.differentLr': '两次训练的学习率不同（不加权重衰减时是 {plain}，加了之后是 {decayed}）。只改 weight_decay 就好。',
    'check.wd.differentEpochs': '两次训练的轮数不同（{plain} 轮和 {decayed} 轮）。只改 weight_decay 就好。',
    'check.wd.differentStart': '两次训练的初始权重不同（第一个损失分别是 {plain} 和 {decayed}）。每次创建模型前都调用 torch.manual_seed(0)。',
    'check.wd.model': '检查针对的是题目给的模型：在特征 x、x²、…、x^{degree} 上的 nn.Linear({degree}, 1)。',
    'check.wd.wrongImproved': '看看你自己的结果：weight_decay = {wd} 时，验证损失从 {plain} 变成了 {decayed}（{change}）。降了至少 1%，算是改善了。',
    'check.wd.wrongNotImproved': '看看你自己的结果：weight_decay = {wd} 时，验证损失从 {plain} 变成了 {decayed}（{change}）。没有降到 1% 以上，不算真正改善。',
    'check.wd.passImproved': '答对了：weight_decay = {wd} 时，验证损失从 {plain} 降到了 {decayed}（{change}）。再试试更大的值，比如 1e-3 和 1e-2。',
    'check.wd.passNotImproved': '答对了：weight_decay = {wd} 时，验证损失从 {plain} 变成了 {decayed}（{change}），没有真正改善。换几个值试试，看它从哪里开始有用，又从哪里开始有害。',
  },
});
const { fail, pass } = feedback;

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

/** Time budget of the check run (ms). */
const budgetMs = 15_000;

export default defineExercise({
  id: 'weight-decay',
  messages: feedback.messages,
  kind: 'code',
  choices,
  answer: 'yes', // what the reference solution's run shows (weight_decay 1e-4)
  budgetMs,
  check({ result, choice }) {
    const broken = runFailure(result, budgetMs);
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
