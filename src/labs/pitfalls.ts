/**
 * The training-loop pitfalls lab: lesson 9's regression (nn.Linear(1, 1), 32 noisy points of y = 2x + 1) trained
 * with AdamW + StepLR, with three switches that plant a classic mistake:
 *   forgetZeroGrad   optimizer.zero_grad() is never called: gradients pile up across steps
 *   schedulerFirst   scheduler.step() runs before optimizer.step(): the schedule skips its first value
 *   adamWeightDecay  optim.Adam(…, weight_decay) where AdamW was meant: L2 in the gradient, not decoupled decay
 * Every run records gradient norm, lr, loss and weight norm per step, and the warnings the engine emits.
 */
import { torch, nn, optim } from '../engine/index';
import { onTrainingEvent } from '../engine/events';
import type { Tensor } from '../engine/tensor';
import { assign, callCode, comment, forRange, type CodeTab } from './code';

export interface Pitfalls {
  forgetZeroGrad: boolean;
  schedulerFirst: boolean;
  adamWeightDecay: boolean;
}

export const PITFALL_KEYS = ['forgetZeroGrad', 'schedulerFirst', 'adamWeightDecay'] as const;
export const NO_PITFALLS: Pitfalls = { forgetZeroGrad: false, schedulerFirst: false, adamWeightDecay: false };

export const PIT_WD = 0.1;
export const PIT_STEP_SIZE = 10;
/** The optimizer the loop is meant to use; the Adam/AdamW mistake only exists for 'adamw'. */
export type PitOpt = 'sgd' | 'adamw';
export const PIT_OPTS: readonly PitOpt[] = ['sgd', 'adamw'];
export const PIT_LRS: Record<PitOpt, number> = { sgd: 0.1, adamw: 0.1 };
export const PIT_GAMMA = 0.5;
export const PIT_STEPS = 40;

export interface LoopRun {
  gradNorm: number[];
  lr: number[];
  loss: number[];
  weightNorm: number[];
  warnings: string[];
}

let data: { x: Tensor; y: Tensor } | undefined;
function problem() {
  if (!data) {
    torch.manual_seed(0);
    const x = torch.rand(32, 1).mul(2).sub(1);
    const y = x.mul(2).add(1).add(torch.rand(32, 1).mul(0.2));
    data = { x, y };
  }
  return data;
}

export function runLoop(p: Pitfalls, opt: PitOpt = 'adamw', steps = PIT_STEPS): LoopRun {
  const { x, y } = problem();
  torch.manual_seed(1);
  const model = nn.Linear(1, 1);
  const params = [...model.parameters()];
  const lr = PIT_LRS[opt];
  const optimizer =
    opt === 'sgd' ? optim.SGD(model.parameters(), { lr, weight_decay: PIT_WD })
    : p.adamWeightDecay ? optim.Adam(model.parameters(), { lr, weight_decay: PIT_WD })
    : optim.AdamW(model.parameters(), { lr, weight_decay: PIT_WD });
  const scheduler = optim.lr_scheduler.StepLR(optimizer, { step_size: PIT_STEP_SIZE, gamma: PIT_GAMMA });
  const criterion = nn.MSELoss();
  const run: LoopRun = { gradNorm: [], lr: [], loss: [], weightNorm: [], warnings: [] };
  const off = onTrainingEvent((e) => {
    if (e.type === 'warning' && !run.warnings.includes(e.message)) run.warnings.push(e.message);
  });
  try {
    for (let step = 0; step < steps; step++) {
      if (!p.forgetZeroGrad) optimizer.zero_grad();
      const loss = criterion(model(x), y);
      loss.backward();
      let g2 = 0;
      for (const q of params) for (const v of q.grad!.data) g2 += v * v;
      run.gradNorm.push(Math.sqrt(g2));
      run.loss.push(loss.item());
      if (p.schedulerFirst) scheduler.step();
      run.lr.push(optimizer.param_groups[0]!.lr as number);
      optimizer.step();
      if (!p.schedulerFirst) scheduler.step();
      let w2 = 0;
      for (const q of params) for (const v of q.data) w2 += v * v;
      run.weightNorm.push(Math.sqrt(w2));
    }
  } finally {
    off();
  }
  return run;
}

/** The step at which the lr first drops below its starting value, or -1. */
export function firstLrDrop(lr: readonly number[]): number {
  return lr.findIndex((v) => v < lr[0]! - 1e-12);
}

/** The comment that marks each planted mistake in the shown code, in the page language (labs strings `pit.mark.*`). */
export type PitfallMarks = Record<keyof Pitfalls, string>;

/**
 * The loop as a learner writes it, with the chosen mistakes marked `✗` by `marks` (in the page language):
 * TypeScript, or PyTorch when `tab` is 'py' (the reader's code tab).
 */
export function loopCode(p: Pitfalls, opt: PitOpt, marks: PitfallMarks, tab: CodeTab = 'ts'): string {
  const mark = (k: keyof Pitfalls) => comment(tab, `✗ ${marks[k]}`);
  const cls = opt === 'sgd' ? 'SGD' : p.adamWeightDecay ? 'Adam' : 'AdamW';
  const ctor = callCode(tab, `optim.${cls}`, ['model.parameters()'], [['lr', PIT_LRS[opt]], ['weight_decay', PIT_WD]]);
  const sched = callCode(tab, 'optim.lr_scheduler.StepLR', ['optimizer'], [['step_size', PIT_STEP_SIZE], ['gamma', PIT_GAMMA]]);
  return [
    assign(tab, 'optimizer', ctor) + (cls === 'Adam' ? `  ${mark('adamWeightDecay')}` : ''),
    assign(tab, 'scheduler', sched),
    ...forRange(tab, 'step', 0, PIT_STEPS, [
      p.forgetZeroGrad ? `${comment(tab, 'optimizer.zero_grad()')}   ${mark('forgetZeroGrad')}` : 'optimizer.zero_grad()',
      assign(tab, 'loss', 'criterion(model(x), y)'),
      'loss.backward()',
      ...(p.schedulerFirst ? [`scheduler.step()   ${mark('schedulerFirst')}`, 'optimizer.step()'] : ['optimizer.step()', 'scheduler.step()']),
    ]),
  ].join('\n');
}
