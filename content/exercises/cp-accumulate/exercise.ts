/**
 * Checkpoint of lesson 08: gradient accumulation. Eight micro-batches of 8 per epoch, one optimizer step per 4 of
 * them, each micro-batch loss divided by 4 so that the accumulated gradient is the mean over 32 samples. Judged on
 * behaviour: 4 backward() per step(), gradients really added up between steps, and the final parameters equal those
 * of real PyTorch running solution.py (`divided`); `notDivided` is the same run without the division (every step
 * then uses 4 times the gradient).
 */
import { isVerdict, requireOptimizer, runFailure } from '../../../src/exercises/common';
import { close, finalParams, firstAccumulation } from '../../../src/exercises/trace';
import { defineExercise, defineMessages } from '../../../src/exercises/types';

/** This exercise's feedback (shared messages such as a failed run are in src/i18n/strings/checks.ts). */
const feedback = defineMessages({
  en: {
    'check.accum.pass': 'Passed! {steps} optimizer steps, each on the gradients of {per} micro-batches added up, and the parameters are exactly those of one step per 32 samples.',
    'check.accum.cadence': 'The run had {backwards} backward() calls and {steps} optimizer steps. With accumulation there is one step() for every {per} micro-batches: call step() (then zero_grad()) when the micro-batch counter is a multiple of {per}.',
    'check.accum.cleared': 'The gradients were cleared before every backward(), so nothing accumulated: each step used only the last micro-batch. Clear them once, right after each step(), not before every micro-batch.',
    'check.accum.notDivided': 'The steps come at the right times, but each one used {per} times the mean gradient: the {per} mean losses were added up without dividing. Divide each micro-batch loss by {per} before backward().',
    'check.accum.mismatch': 'The final parameters differ from one SGD step per {per} micro-batches of this data. Keep the data, the model and lr 0.1; divide each loss by {per}; call step() and then zero_grad() after every {per}th backward().',
  },
  zh: {
    'check.accum.pass': '通过！优化器走了 {steps} 步，每一步用的都是 {per} 个小批量累加起来的梯度，参数和每 32 个样本走一步的结果完全一样。',
    'check.accum.cadence': '这次运行调用了 {backwards} 次 backward()，优化器走了 {steps} 步。梯度累积时，每 {per} 个小批量才走一步：计数器是 {per} 的倍数时调用 step()，再调用 zero_grad()。',
    'check.accum.cleared': '每次 backward() 之前梯度都被清空了，什么也没累加上：每一步只用了最后一个小批量的梯度。只在每次 step() 之后清空一次，不要在每个小批量之前清空。',
    'check.accum.notDivided': 'step() 的时机对了，但每一步用的是平均梯度的 {per} 倍：{per} 个平均损失直接加在了一起，没有先除。backward() 之前把每个小批量的损失除以 {per}。',
    'check.accum.mismatch': '最终参数和“每 {per} 个小批量走一步 SGD”的结果对不上。数据、模型和学习率 0.1 保持不变；每个损失除以 {per}；每第 {per} 次 backward() 之后调用 step()，再调用 zero_grad()。',
  },
});
const { fail, pass } = feedback;

export const ACCUM_STEPS = 4;

/** Final [weight (4), bias] from real PyTorch 2.14 (scripts: solution.py, and the same without `loss / accum_steps`). */
export const reference = {
  divided: [0.9031208157539368, -1.9749304056167603, 0.5612860918045044, 2.9019196033477783, 0.46945807337760925],
  notDivided: [0.9999998211860657, -1.9999992847442627, 0.5000001788139343, 2.999999523162842, 0.49999964237213135],
} as const;

const matches = (values: number[], ref: readonly number[]) =>
  values.length === ref.length && ref.every((r, i) => close(values[i]!, r, 1e-4, 1e-6));

export default defineExercise({
  id: 'cp-accumulate',
  messages: feedback.messages,
  kind: 'code',
  budgetMs: 10_000,
  check({ result }) {
    const broken = runFailure(result, 10_000);
    if (broken || !result) return broken ?? fail('check.run.missing');
    const run = requireOptimizer(result, 'SGD');
    if (isVerdict(run)) return run;
    if (run.losses.length === 0) return fail('check.train.noBackward', { optimizer: run.name });
    if (run.steps === 0) return fail('check.train.noStep', { optimizer: run.name });
    if (run.losses.length !== ACCUM_STEPS * run.steps) {
      return fail('check.accum.cadence', { backwards: run.losses.length, steps: run.steps, per: ACCUM_STEPS });
    }
    if (firstAccumulation(result.trace.events, run.params) < 0) return fail('check.accum.cleared', { per: ACCUM_STEPS });
    const values = finalParams(result.trace, run.id).flatMap((p) => p.data);
    if (matches(values, reference.divided)) return pass('check.accum.pass', { steps: run.steps, per: ACCUM_STEPS });
    if (matches(values, reference.notDivided)) return fail('check.accum.notDivided', { per: ACCUM_STEPS });
    return fail('check.accum.mismatch', { per: ACCUM_STEPS });
  },
});
