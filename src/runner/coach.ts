/**
 * Coach tips: spot the guide's training-loop pitfalls in the engine's event stream, as they happen.
 * Pure logic (no DOM, no engine import): `createCoach()` is fed events one by one and returns the tips that
 * fire at that event; each tip fires at most once per run. `coachTips(events)` runs a whole list.
 * Messages live in src/i18n/strings/runner.ts under `runner.tip.<id>`.
 */
import type { TrainingEvent } from '../engine/events';
import { OPERATOR_ERROR_RE, operatorTip } from './operator-rewrite';
import {
  ASCII_OF, PY_LITERALS, caseSuggestion, fStringAt, fullWidthAt, memberVocabulary, misspeltMember, pythonCommentAt,
  pythonImportAt, pythonLoopAt, usesAsKwarg, type Namespaces,
} from './python-habits';

export type TipId = 'gradAccumulation' | 'nonFinite' | 'lossFlat' | 'lossFlatNoStep' | 'lossFlatNoOptimizer'
  | 'stepBeforeBackward' | 'zeroBeforeStep' | 'schedulerOrder' | 'gradAfterZero' | 'intDtype'
  | 'pythonComment' | 'pythonKwargs' | 'didYouMean' | 'tensorOperator' | 'tensorOperatorAny'
  | 'pythonLiteral' | 'pythonImport' | 'pythonLoop' | 'pythonFString' | 'fullWidth' | 'misspelt';

export interface Tip {
  id: TipId;
  params?: Record<string, string | number>;
}

/** Number of backward passes over which an unmoving loss counts as "not moving". */
export const FLAT_WINDOW = 20;
/** Relative change below which the loss counts as not moving. */
export const FLAT_TOLERANCE = 1e-6;

export interface Coach {
  /** Feeds one event; returns the tips that fire now (each tip id at most once per coach). */
  feed(event: TrainingEvent): Tip[];
  /** Every tip fired so far, in order. */
  readonly fired: readonly Tip[];
}

function relChange(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-12);
}

export function createCoach(): Coach {
  const fired: Tip[] = [];
  const seen = new Set<TipId>();
  /** leaves holding a gradient from a backward pass that no zero_grad() has cleared since */
  const dirty = new Set<number>();
  let optimizers = 0;
  let steps = 0;
  /** per optimizer: its parameters, and the state of their gradients since its last step() */
  const orders = new Map<number, { params: Set<number>; grads: 'none' | 'fresh' | 'cleared' }>();
  const touching = (ids: readonly number[]) => [...orders.values()].filter((o) => ids.some((id) => o.params.has(id)));
  const losses: number[] = [];
  let firstLoss: number | undefined;

  const fire = (out: Tip[], tip: Tip) => {
    if (seen.has(tip.id)) return;
    seen.add(tip.id);
    fired.push(tip);
    out.push(tip);
  };

  const feed = (e: TrainingEvent): Tip[] => {
    const out: Tip[] = [];
    switch (e.type) {
      case 'optimizer:create':
        optimizers++;
        orders.set(e.optimizer, { params: new Set(e.groups.flatMap((g) => g.params)), grads: 'none' });
        break;
      case 'optimizer:add_param_group':
        for (const id of e.params) orders.get(e.optimizer)?.params.add(id);
        break;
      case 'optimizer:zero_grad':
      case 'module:zero_grad':
        for (const id of e.params) dirty.delete(id);
        for (const o of touching(e.params)) if (o.grads === 'fresh') o.grads = 'cleared';
        break;
      case 'optimizer:step': {
        // the order inside one iteration: step() needs this iteration's gradients, still there
        steps++;
        const o = orders.get(e.optimizer);
        // one order tip per run: a misplaced step() also leaves a zero_grad() before the next step() (and vice versa)
        const told = seen.has('zeroBeforeStep') || seen.has('stepBeforeBackward');
        if (!told && o?.grads === 'cleared') fire(out, { id: 'zeroBeforeStep' });
        else if (!told && o?.grads === 'none') fire(out, { id: 'stepBeforeBackward' });
        if (o) o.grads = 'none';
        break;
      }
      case 'backward': {
        // Accumulation is only flagged when an optimizer is in play: a hand-written loop may clear grads with
        // `w.grad.zero_()`, which emits no event.
        if (e.accumulated && optimizers > 0 && e.leaves.some((id) => dirty.has(id))) fire(out, { id: 'gradAccumulation' });
        for (const id of e.leaves) dirty.add(id);
        for (const o of touching(e.leaves)) o.grads = 'fresh';
        if (!Number.isFinite(e.loss)) {
          fire(out, { id: 'nonFinite', params: { value: String(e.loss) } });
          break;
        }
        firstLoss ??= e.loss;
        losses.push(e.loss);
        if (losses.length > FLAT_WINDOW) losses.shift();
        if (losses.length === FLAT_WINDOW) {
          const lo = Math.min(...losses);
          const hi = Math.max(...losses);
          // flat now, and never made real progress since the first pass (a converged run is not "stuck")
          // flat because of the call order: that tip already said why
          const orderTip = seen.has('stepBeforeBackward') || seen.has('zeroBeforeStep');
          if (!orderTip && relChange(lo, hi) < FLAT_TOLERANCE && relChange(firstLoss, losses[losses.length - 1]!) < 1e-3) {
            // never name an optimizer (or its step) in code that has none
            const id = optimizers === 0 ? 'lossFlatNoOptimizer' : steps === 0 ? 'lossFlatNoStep' : 'lossFlat';
            fire(out, { id, params: { steps: FLAT_WINDOW } });
          }
        }
        break;
      }
      case 'nonfinite':
        if (e.where === 'loss') fire(out, { id: 'nonFinite', params: { value: String(e.value) } });
        break;
      case 'scheduler:step':
        if (e.beforeOptimizerStep) fire(out, { id: 'schedulerOrder' });
        break;
      case 'grad:read_after_zero_grad':
        fire(out, { id: 'gradAfterZero' });
        break;
      default:
        break;
    }
    return out;
  };

  return {
    feed,
    get fired() {
      return fired;
    },
  };
}

/** All tips for a complete event list (each once, in the order they fired). */
export function coachTips(events: readonly TrainingEvent[]): Tip[] {
  const coach = createCoach();
  for (const e of events) coach.feed(e);
  return [...coach.fired];
}

/**
 * Tips from the error a run ended with. `torch.tensor([3])` is an int64 tensor (as in PyTorch; float literals such
 * as `3.0` make float tensors, see float-literals.ts), and mixing it with float tensors raises PyTorch's dtype errors.
 */
const INT_DTYPE_RE =
  /!= long int|long int != |only Tensors of floating point (and complex )?dtype can require gradients|can't be cast to the desired output type Long/i;

/**
 * `code` (the learner's source) and `namespaces` (`{ torch, nn, optim, F, lr_scheduler }` of the engine) enable
 * the Python-habit tips: `# comment` lines, `lr=0.01` keyword arguments, `optim.adam` for `optim.Adam`.
 */
export function tipForError(
  error: { name?: string; message: string; kind?: string; line?: number; column?: number } | undefined,
  code?: string,
  namespaces?: Namespaces,
): Tip | undefined {
  if (!error) return undefined;
  if (INT_DTYPE_RE.test(error.message)) return { id: 'intDtype' };
  if (OPERATOR_ERROR_RE.test(error.message)) return operatorTip(code, error.line, error.column);
  if (code === undefined) return undefined;
  const onLine = (at: { line: number } | undefined) => at !== undefined && (error.line === undefined || error.line === at.line);
  if (error.name === 'SyntaxError') {
    const wide = fullWidthAt(code);
    if (onLine(wide)) return { id: 'fullWidth', params: { char: wide!.char, ascii: ASCII_OF[wide!.char]!, line: wide!.line } };
    const comment = pythonCommentAt(code);
    if (onLine(comment)) return { id: 'pythonComment', params: { text: comment!.text || '…' } };
    // sucrase reports `import torch` where the next statement starts: on its line or the one after
    const imp = pythonImportAt(code);
    if (imp && (error.line === undefined || error.line === imp.line || error.line === imp.line + 1)) return { id: 'pythonImport' };
    if (onLine(pythonLoopAt(code))) return { id: 'pythonLoop' };
    if (onLine(fStringAt(code))) return { id: 'pythonFString' };
  }
  if (error.name === 'ReferenceError') {
    const m = /^(?:ReferenceError: )?([A-Za-z_$][\w$]*) is not defined/.exec(error.message);
    if (m && m[1]! in PY_LITERALS) return { id: 'pythonLiteral', params: { name: m[1]!, js: PY_LITERALS[m[1]!]! } };
    if (m && m[1] === 'range') return { id: 'pythonLoop' };
    if (m && usesAsKwarg(code, m[1]!)) return { id: 'pythonKwargs', params: { name: m[1]! } };
  }
  if (error.name === 'TypeError' && namespaces) {
    const s = caseSuggestion(error.message, namespaces);
    if (s) return { id: 'didYouMean', params: s };
    const typo = misspeltMember(code, error.line, memberVocabulary(namespaces));
    if (typo) return { id: 'misspelt', params: typo };
  }
  return undefined;
}
