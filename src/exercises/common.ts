/**
 * Building blocks every code checker starts with: did the code run at all (error, timeout, stop), did it create
 * an optimizer, and did it really train (backward before every step, gradients cleared between steps, loss finite
 * and going down). Each returns null when fine, or ONE failing verdict with the most actionable message first.
 */
import { DEFAULT_BUDGET_MS, fail, type RunResult, type Verdict } from './types';
import { allLosses, everMoved, everZeroed, firstAccumulation, firstEditOutside, firstNonFinite, fmt, keepsState, mainRun, orderProblem, type RunInfo } from './trace';

/** A run that did not finish normally. */
export function runFailure(result: RunResult | undefined, budgetMs = DEFAULT_BUDGET_MS): Verdict | null {
  if (!result) return fail('check.run.missing');
  if (result.status === 'timeout') return fail('check.run.timeout', { seconds: Math.round(budgetMs / 100) / 10 });
  if (result.status === 'stopped') return fail('check.run.stopped');
  if (result.status === 'error' || result.error) {
    const raw = result.error ?? { kind: 'runtime' as const, name: 'Error', message: '' };
    // the messages end the sentence themselves ("{message}. Fix…", "{message}。修好…"): no ".." or ".。"
    const e = { ...raw, message: raw.message.replace(/[.。]\s*$/, '') };
    if (e.kind === 'memory') return fail('check.run.memory', { message: e.message });
    if (e.kind === 'syntax') {
      return e.line != null
        ? fail('check.run.syntaxAt', { line: e.line, message: e.message })
        : fail('check.run.syntax', { message: e.message });
    }
    return e.line != null
      ? fail('check.run.errorAt', { line: e.line, name: e.name, message: e.message })
      : fail('check.run.error', { name: e.name, message: e.message });
  }
  return null;
}

/** The optimizer that did the training, or a verdict saying none was created / it is the wrong kind. */
export function requireOptimizer(result: RunResult, expected?: string): RunInfo | Verdict {
  const run = mainRun(result.trace);
  if (!run) {
    const losses = allLosses(result.trace);
    if (losses.length >= 2 && losses[losses.length - 1]! < losses[0]!) {
      return fail('check.train.manualNoOptimizer', { first: fmt(losses[0]!), last: fmt(losses[losses.length - 1]!), expected: expected ?? 'optim' });
    }
    return fail('check.train.noOptimizer');
  }
  if (expected && run.name !== expected) return fail('check.train.wrongOptimizer', { expected, actual: run.name });
  return run;
}

export const isVerdict = (x: unknown): x is Verdict =>
  typeof x === 'object' && x !== null && 'pass' in x && 'key' in x;

export interface TrainingRules {
  /** Fail unless last loss ≤ factor × first loss (default 1: it must simply go down). */
  decreaseFactor?: number;
  /** Fail when a loss exceeds this many times the first loss (divergence); default 10. */
  blowUp?: number;
}

/** Did this optimizer's run really train, in a sane order, without accumulating gradients or diverging? */
export function trainingFailure(result: RunResult, run: RunInfo, rules: TrainingRules = {}): Verdict | null {
  const { decreaseFactor = 1, blowUp = 10 } = rules;
  if (run.losses.length === 0) return fail('check.train.noBackward', { optimizer: run.name });
  if (run.steps === 0) {
    const [first, last] = [run.losses[0]!, run.losses[run.losses.length - 1]!];
    return last < first
      ? fail('check.train.manualUpdate', { optimizer: run.name, first: fmt(first), last: fmt(last) })
      : fail('check.train.noStep', { optimizer: run.name });
  }
  const order = orderProblem(result.trace.events, run);
  // The messages name the loop pass as `epoch = {step}`, counting from 0 like the learner's loop variable.
  if (order?.problem === 'step-before-backward') return fail('check.order.stepBeforeBackward', { step: order.step });
  if (order?.problem === 'zero-between-backward-and-step') return fail('check.order.zeroBetween', { step: order.step });
  const acc = firstAccumulation(result.trace.events, run.params);
  if (acc >= 0) {
    return everZeroed(result.trace.events, run.params)
      ? fail('check.train.accumulatedSometimes', { epoch: acc })
      : fail('check.train.accumulated', { epoch: acc });
  }
  if (!everMoved(result.trace.events, run)) return fail('check.train.neverMoved', { optimizer: run.name, lr: fmt(run.lr) });
  const edited = firstEditOutside(result.trace.events, run);
  if (edited >= 0) return fail('check.train.editedOutside', { optimizer: run.name, step: edited + 1 });
  if (run.recreated > 0 && keepsState(run)) {
    return fail('check.train.recreated', { optimizer: run.name, count: run.recreated + 1 });
  }
  const losses = run.losses;
  const bad = firstNonFinite(losses);
  const first = losses[0]!;
  const exploded = bad >= 0 ? bad : losses.findIndex((l) => l > blowUp * Math.max(first, 1e-12));
  if (exploded >= 0) {
    return fail('check.train.diverged', {
      optimizer: run.name,
      epoch: exploded,
      loss: fmt(losses[exploded]!),
      lr: fmt(run.lr),
    });
  }
  const last = losses[losses.length - 1]!;
  if (!(last <= decreaseFactor * first) || (decreaseFactor >= 1 && !(last < first))) {
    return fail('check.train.notDecreasing', { first: fmt(first), last: fmt(last), epochs: losses.length });
  }
  return null;
}
