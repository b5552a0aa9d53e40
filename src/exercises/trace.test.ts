import { describe, expect, it } from 'vitest';
import { FakeTrace, decaying } from './fake-trace';
import { close, everMoved, everZeroed, firstAccumulation, firstEditOutside, firstNonFinite, fmt, keepsState, mainRun, orderProblem, runs } from './trace';

describe('trace helpers', () => {
  it('splits two runs by the parameters their backward passes reach', () => {
    const t = new FakeTrace();
    const a = t.optimizer('SGD', [t.param([0])], { lr: 0.1 });
    const b = t.optimizer('Adam', [t.param([0])], { lr: 0.1 });
    t.train(a, [4, 3, 2]).train(b, [4, 3.5]);
    const [ra, rb] = runs(t.result().trace);
    expect(ra!.losses).toEqual([4, 3, 2]);
    expect(rb!.losses).toEqual([4, 3.5]);
    expect(ra!.steps).toBe(3);
    expect(mainRun(t.result().trace)!.name).toBe('SGD');
  });

  it('finds accumulation when no zero_grad runs between two backward passes', () => {
    const t = new FakeTrace();
    const o = t.optimizer('SGD', [t.param([0])]);
    t.backwardFor(o, 1).step(o).backwardFor(o, 0.9).step(o);
    expect(firstAccumulation(t.events)).toBe(1);
  });

  it('accepts zero_grad at the end of the loop, module.zero_grad, set_to_none=false and .grad = null', () => {
    const t = new FakeTrace();
    const p = t.param([0]);
    const o = t.optimizer('SGD', [p]);
    t.backwardFor(o, 1).step(o).zero(o, false); // grads become zeros, still non-null
    t.backwardFor(o, 0.9).step(o).moduleZero([p.id]);
    t.backwardFor(o, 0.8).step(o).clearByHand([p.id]);
    t.backwardFor(o, 0.7).step(o);
    expect(firstAccumulation(t.events)).toBe(-1);
  });

  it('reports step before backward and zero_grad between backward and step', () => {
    const t = new FakeTrace();
    const o = t.optimizer('SGD', [t.param([0])]);
    t.step(o).backwardFor(o, 1).zero(o);
    const r = runs(t.result().trace)[0]!;
    expect(orderProblem(t.events, r)).toEqual({ problem: 'step-before-backward', step: 0 });
    const u = new FakeTrace();
    const q = u.optimizer('SGD', [u.param([0])]);
    u.zero(q).backwardFor(q, 1).step(q).backwardFor(q, 1).zero(q).step(q);
    expect(orderProblem(u.events, runs(u.result().trace)[0]!)).toEqual({
      problem: 'zero-between-backward-and-step',
      step: 1,
    });
  });

  it('has small number helpers', () => {
    expect(firstNonFinite([1, 2, NaN])).toBe(2);
    expect(firstNonFinite(decaying(1, 0.5, 4))).toBe(-1);
    expect(close(1, 1 + 1e-9)).toBe(true);
    expect(close(1, 1.1)).toBe(false);
    expect(fmt(0.123456)).toBe('0.1235');
    expect(fmt(1e-7)).toBe('1.00e-7');
    expect(fmt(Infinity)).toBe('Infinity');
  });
});

describe('trace helpers: losses belong to the optimizer that used them', () => {
  it('splits one model trained by SGD, then by Adam', () => {
    const t = new FakeTrace();
    const p = t.param([0]);
    const a = t.optimizer('SGD', [p], { lr: 0.1 });
    const b = t.optimizer('Adam', [p], { lr: 0.1 });
    t.train(a, [4, 3, 2]).train(b, [1.9, 1.8]);
    const [ra, rb] = runs(t.result().trace);
    expect(ra!.losses).toEqual([4, 3, 2]);
    expect(rb!.losses).toEqual([1.9, 1.8]);
  });

  it('merges an optimizer re-created over the same parameters into one run, and counts it', () => {
    const t = new FakeTrace();
    const p = t.param([0]);
    for (const l of [3, 2, 1]) t.train(t.optimizer('Adam', [p], { lr: 0.1 }), [l]);
    const all = runs(t.result().trace);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ steps: 3, losses: [3, 2, 1], recreated: 2 });
    expect(keepsState(all[0]!)).toBe(true);
    expect(keepsState({ name: 'SGD', options: { momentum: 0 } })).toBe(false);
    expect(keepsState({ name: 'SGD', options: { momentum: 0.9 } })).toBe(true);
  });

  it('a zero_grad() is only wrong when step() then uses the cleared gradients', () => {
    const t = new FakeTrace();
    const p = t.param([0]);
    const o = t.optimizer('SGD', [p]);
    t.backwardFor(o, 1).zero(o); // a look at the gradient, then cleared: fine
    t.backwardFor(o, 1).step(o).zero(o).backwardFor(o, 0.9).step(o);
    expect(orderProblem(t.events, runs(t.result().trace)[0]!)).toBeNull();
    expect(everZeroed(t.events, new Set([p.id]))).toBe(true);
  });
});

describe('trace helpers: integrity', () => {
  it('finds the first step after an edit made outside the optimizer, and runs whose steps never moved', () => {
    const t = new FakeTrace();
    const p = t.param([0]);
    const o = t.optimizer('SGD', [p]);
    t.train(o, [3, 2]).editByHand([p.id]).train(o, [1]);
    const run = runs(t.result().trace)[0]!;
    expect(firstEditOutside(t.events, run)).toBe(2);
    expect(everMoved(t.events, run)).toBe(true);
    const u = new FakeTrace();
    u.frozen = true;
    const q = u.optimizer('SGD', [u.param([0])]);
    u.train(q, [3, 2, 1]);
    expect(everMoved(u.events, runs(u.result().trace)[0]!)).toBe(false);
  });
});
