/**
 * Checkpoint of lesson 02: the SGD update written by hand. The learner's loss sequence must match the reference
 * run of optim.SGD (same data, lr 0.1) step by step. The references below come from real PyTorch
 * (scripts: see solution.py; `accumulated` is the same run without clearing the gradients).
 */
import { runFailure } from '../../../src/exercises/common';
import { allLosses, close, fmt, runs } from '../../../src/exercises/trace';
import { defineExercise, defineMessages } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.manual.usedOptimizer': 'This run used optim.{optimizer}. Here the update should be written by hand, without an optimizer.',
    'check.manual.noBackward': 'loss.backward() never ran, so w and b never got gradients.',
    'check.manual.tooShort': 'The loop ran {actual} backward passes; the reference run has {expected}. Keep the loop as given.',
    'check.manual.noUpdate': 'The loss stayed at {loss}: w and b never changed. Update them inside torch.no_grad().',
    'check.manual.mismatch': 'In epoch {epoch} the loss is {actual}, but optim.SGD gives {expected}. Check the update: w ← w − lr · w.grad, the same for b, with lr = 0.1.',
    'check.manual.pass': 'Passed! Your {epochs} losses match optim.SGD step for step (last one {loss}). This is exactly what step() does for you.',
  },
  zh: {
    'check.manual.usedOptimizer': '这次运行用了 optim.{optimizer}。这里要求不借助优化器，亲手写出更新。',
    'check.manual.noBackward': 'loss.backward() 一次也没运行，w 和 b 没有拿到梯度。',
    'check.manual.tooShort': '循环只做了 {actual} 次反向传播，参考运行有 {expected} 次。请保持循环原样。',
    'check.manual.noUpdate': '损失一直停在 {loss}：w 和 b 从没变过。请在 torch.no_grad() 里更新它们。',
    'check.manual.mismatch': '在 epoch = {epoch} 时损失是 {actual}，而 optim.SGD 给出的是 {expected}。检查一下更新：w ← w − lr · w.grad，b 也一样，lr = 0.1。',
    'check.manual.pass': '通过！你的 {epochs} 个损失和 optim.SGD 一步不差（最后一个是 {loss}）。step() 替你做的正是这件事。',
  },
});
const { fail, pass } = feedback;

export const reference = {
  sgd: [
    7.208702087402344, 3.630610704421997, 1.834351897239685, 0.9309929609298706, 0.4755208492279053,
    0.24503357708454132, 0.1277940571308136, 0.06772629916667938, 0.03664179891347885, 0.02033720351755619,
    0.0116317393258214, 0.006877602078020573, 0.004209243692457676, 0.0026637136470526457, 0.0017375636380165815,
    0.0011631877860054374, 0.0007952374289743602, 0.0005526485620066524, 0.00038882772787474096,
    0.00027605140348896384,
  ],
  accumulated: [
    7.208702087402344, 3.630610704421997, 0.34300169348716736, 0.8920008540153503, 4.664390563964844,
    7.5632004737854, 6.456663608551025, 2.5696537494659424, 0.14038483798503876, 1.8085148334503174,
    5.747921943664551, 7.657965660095215, 5.446324348449707, 1.5113065242767334, 0.1395629346370697,
    2.8437037467956543, 6.706704616546631, 7.538256645202637, 4.4221906661987305, 0.7188106775283813,
  ],
} as const;

const same = (a: number, b: number) => close(a, b, 1e-3, 1e-6);

/** Time budget of the check run (ms). */
const budgetMs = 5_000;

export default defineExercise({
  id: 'cp-manual-sgd',
  messages: feedback.messages,
  kind: 'code',
  budgetMs,
  check({ result }) {
    const broken = runFailure(result, budgetMs);
    if (broken || !result) return broken ?? fail('check.run.missing');
    const used = runs(result.trace).find((r) => r.steps > 0);
    if (used) return fail('check.manual.usedOptimizer', { optimizer: used.name });
    const losses = allLosses(result.trace);
    if (losses.length === 0) return fail('check.manual.noBackward');
    const ref = reference.sgd;
    if (losses.length < ref.length) return fail('check.manual.tooShort', { expected: ref.length, actual: losses.length });
    if (losses.slice(1, ref.length).every((l) => l === losses[0])) return fail('check.manual.noUpdate', { loss: fmt(losses[0]!) });
    const bad = ref.findIndex((r, i) => !same(losses[i]!, r));
    if (bad < 0) return pass('check.manual.pass', { epochs: ref.length, loss: fmt(losses[ref.length - 1]!) });
    if (reference.accumulated.every((r, i) => same(losses[i]!, r))) return fail('check.train.accumulated', { epoch: bad });
    return fail('check.manual.mismatch', { epoch: bad, expected: fmt(ref[bad]!), actual: fmt(losses[bad]!) });
  },
});
