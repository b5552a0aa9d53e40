import { describe, expect, it } from 'vitest';
import type { TrainingEvent } from '../engine/events';
import { coachTips, createCoach, FLAT_WINDOW } from './coach';

const create: TrainingEvent = { type: 'optimizer:create', optimizer: 1, name: 'SGD', options: {}, groups: [{ params: [1, 2], lr: 0.1, options: {} }] };
const zero = (set_to_none = true): TrainingEvent => ({ type: 'optimizer:zero_grad', optimizer: 1, set_to_none, params: [1, 2] });
const back = (loss: number, accumulated: boolean): TrainingEvent => ({ type: 'backward', loss, leaves: [1, 2], accumulated });
const step = (count: number): TrainingEvent => ({ type: 'optimizer:step', optimizer: 1, count, lrs: [0.1], updated: [1, 2], skipped: [], edited: [], moved: [1, 2] });

/** The guide's loop: zero_grad, backward, step — as events, with a decreasing loss. */
function guideLoop(n: number, setToNone = true): TrainingEvent[] {
  const ev: TrainingEvent[] = [create];
  for (let i = 0; i < n; i++) ev.push(zero(setToNone), back(1 / (i + 1), !setToNone && i > 0), step(i + 1));
  return ev;
}
const ids = (events: TrainingEvent[]) => coachTips(events).map((t) => t.id);

describe('coach', () => {
  it('stays silent on the correct guide loop (set_to_none true or false)', () => {
    expect(ids(guideLoop(100))).toEqual([]);
    expect(ids(guideLoop(100, false))).toEqual([]);
  });

  it('flags a loop without zero_grad(), once', () => {
    const ev: TrainingEvent[] = [create];
    for (let i = 0; i < 10; i++) ev.push(back(1 / (i + 1), i > 0), step(i + 1));
    const tips = coachTips(ev);
    expect(tips).toEqual([{ id: 'gradAccumulation' }]);
  });

  it('flags deliberate accumulation (two backward, then step)', () => {
    expect(ids([create, zero(), back(1, false), back(1, true), step(1)])).toEqual(['gradAccumulation']);
  });

  it('does not flag the first backward, nor a hand-written loop with no optimizer', () => {
    expect(ids([create, back(1, false), step(1)])).toEqual([]);
    expect(ids([back(1, false), back(0.5, true), back(0.25, true)])).toEqual([]);
  });

  it('flags a loss that becomes NaN or Infinity', () => {
    const ev = [...guideLoop(3), back(Number.POSITIVE_INFINITY, false)];
    expect(coachTips(ev)).toEqual([{ id: 'nonFinite', params: { value: 'Infinity' } }]);
    expect(coachTips([{ type: 'nonfinite', where: 'loss', value: NaN }])).toEqual([{ id: 'nonFinite', params: { value: 'NaN' } }]);
  });

  it('flags a loss that does not move over the window, but not a converged one', () => {
    const stuck: TrainingEvent[] = [create];
    for (let i = 0; i < FLAT_WINDOW; i++) stuck.push(zero(), back(2 - i * 1e-9, false), step(i + 1));
    expect(ids(stuck)).toEqual(['lossFlat']);
    expect(ids(stuck.slice(0, -3))).toEqual([]);
    const converged = guideLoop(30);
    for (let i = 0; i < 40; i++) converged.push(zero(), back(0.01, false), step(31 + i));
    expect(ids(converged)).toEqual([]);
  });

  it('flags scheduler.step() before optimizer.step()', () => {
    const s: TrainingEvent = { type: 'scheduler:step', scheduler: 1, name: 'StepLR', optimizer: 1, lrs: [0.1], beforeOptimizerStep: true };
    const ok: TrainingEvent = { ...s, beforeOptimizerStep: false };
    expect(ids([...guideLoop(2), ok])).toEqual([]);
    expect(ids([create, s, zero(), back(1, false), step(1), s])).toEqual(['schedulerOrder']);
  });

  it('flags reading .grad after zero_grad()', () => {
    expect(ids([...guideLoop(2), zero(), { type: 'grad:read_after_zero_grad', tensor: 1 }])).toEqual(['gradAfterZero']);
  });

  it('feed returns a tip only when it fires', () => {
    const c = createCoach();
    expect(c.feed(create)).toEqual([]);
    expect(c.feed(back(NaN, false))).toEqual([{ id: 'nonFinite', params: { value: 'NaN' } }]);
    expect(c.feed(back(NaN, false))).toEqual([]);
    expect(c.fired).toHaveLength(1);
  });
});
