/**
 * Exercise 2 — SGD vs Adam at the same learning rate.
 * Two runs (same data, same start, same lr, same number of epochs), both curves plotted; the learner then says
 * which converged faster. "Faster" is defined on the page: the LOWER LOSS AFTER THE LAST EPOCH of their own run.
 */
import { runFailure, trainingFailure } from '../../../src/exercises/common';
import { close, fmt, runs, type RunInfo } from '../../../src/exercises/trace';
import { defineExercise, defineMessages } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.compare.needBoth': 'The exercise needs one SGD run and one Adam run; this run created: {found}.',
    'check.compare.differentLr': 'The two runs used different learning rates (SGD {sgd}, Adam {adam}). Use the same lr for both.',
    'check.compare.differentEpochs': 'The runs trained for different numbers of epochs (SGD {sgd}, Adam {adam}). Give both the same.',
    'check.compare.differentStart': 'The runs did not start from the same point (first loss: SGD {sgd}, Adam {adam}). Seed each run before creating its data and model.',
    'check.compare.sameModel': 'Adam continued from the model SGD had already trained (its first loss, {adam}, is where SGD left off), so the two runs did not start from the same point. Give Adam a fresh model with the same starting weights: seed, then create the data and the model again.',
    'check.compare.notPlotted': 'Plot both loss curves (found {count}): call plot(name, epoch, loss.item()) in each run.',
    'check.compare.wrongSgd': 'Look at your own numbers: after {epochs} epochs SGD is at {sgd} and Adam at {adam}, so SGD converged faster here.',
    'check.compare.wrongAdam': 'Look at your own numbers: after {epochs} epochs Adam is at {adam} and SGD at {sgd}, so Adam converged faster here.',
    'check.compare.passSgd': 'Right: after {epochs} epochs SGD is at {sgd} and Adam at {adam}. At this learning rate SGD converged faster. Try other learning rates too!',
    'check.compare.passAdam': 'Right: after {epochs} epochs Adam is at {adam} and SGD at {sgd}. At this learning rate Adam converged faster. Try other learning rates too!',
    'check.compare.tie': 'After {epochs} epochs both end at about the same loss (SGD {sgd}, Adam {adam}): a tie, so either answer counts.',
  },
  zh: {
    'check.compare.needBoth': '这道练习需要一次 SGD 训练和一次 Adam 训练，这次运行创建的是：{found}。',
    'check.compare.differentLr': '两次训练的学习率不一样（SGD 是 {sgd}，Adam 是 {adam}）。请用同一个 lr。',
    'check.compare.differentEpochs': '两次训练的轮数不一样（SGD {sgd} 轮，Adam {adam} 轮）。请让它们一样。',
    'check.compare.differentStart': '两次训练的起点不同（第一个损失：SGD {sgd}，Adam {adam}）。每次训练前先设好种子，再创建数据和模型。',
    'check.compare.sameModel': 'Adam 接着训练的是 SGD 已经训练过的模型（它的第一个损失 {adam} 正是 SGD 停下的地方），所以两次训练的起点不同。请给 Adam 一个起点相同的新模型：先设种子，再重新创建数据和模型。',
    'check.compare.notPlotted': '请把两条损失曲线都画出来（现在有 {count} 条）：在每次训练里调用 plot(name, epoch, loss.item())。',
    'check.compare.wrongSgd': '看看你自己的结果：{epochs} 轮之后 SGD 的损失是 {sgd}，Adam 是 {adam}。这里收敛更快的是 SGD。',
    'check.compare.wrongAdam': '看看你自己的结果：{epochs} 轮之后 Adam 的损失是 {adam}，SGD 是 {sgd}。这里收敛更快的是 Adam。',
    'check.compare.passSgd': '答对了：{epochs} 轮之后 SGD 的损失是 {sgd}，Adam 是 {adam}。在这个学习率下 SGD 收敛更快。换几个学习率再试试！',
    'check.compare.passAdam': '答对了：{epochs} 轮之后 Adam 的损失是 {adam}，SGD 是 {sgd}。在这个学习率下 Adam 收敛更快。换几个学习率再试试！',
    'check.compare.tie': '{epochs} 轮之后两者的损失几乎一样（SGD {sgd}，Adam {adam}），算平手，两个答案都对。',
  },
});
const { fail, pass } = feedback;

export const choices = ['sgd', 'adam'] as const;
/** Final losses closer than this (relative) count as a tie: both answers are accepted. */
export const tieRelative = 1e-3;

const last = (r: RunInfo) => r.losses[r.losses.length - 1]!;

export default defineExercise({
  id: 'sgd-vs-adam',
  messages: feedback.messages,
  kind: 'code',
  choices,
  answer: 'sgd', // what the reference solution's run shows (lr 0.01)
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
