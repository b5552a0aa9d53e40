/**
 * cp-accumulate: hand-made traces for each verdict (these run today), then the real starter, solution and wrong
 * submissions through the runner (these need torch.utils.data.DataLoader in the engine).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execute } from '../../../src/runner/execute';
import { FakeTrace } from '../../../src/exercises/fake-trace';
import type { RunResult } from '../../../src/exercises/types';
import ex, { ACCUM_STEPS, reference } from './exercise';

/** A trace of `epochs` × 8 micro-batches; `stepEvery` backward() calls per step(); `zeroEach` clears before each. */
function fake(o: { stepEvery?: number; zeroEach?: boolean; final?: readonly number[]; name?: string } = {}) {
  const t = new FakeTrace();
  const opt = t.optimizer(o.name ?? 'SGD', [t.param([0, 0, 0, 0], [1, 4]), t.param([0], [1])], { lr: 0.1 });
  const every = o.stepEvery ?? ACCUM_STEPS;
  for (let i = 1; i <= 16; i++) {
    if (o.zeroEach) t.zero(opt);
    t.backwardFor(opt, 1 / i);
    if (i % every === 0) {
      t.step(opt);
      if (!o.zeroEach) t.zero(opt);
    }
  }
  const f = o.final ?? reference.divided;
  t.finalValues(opt, [f.slice(0, 4), f.slice(4)]);
  return t.result();
}

describe('cp-accumulate checker (hand-made traces)', () => {
  it('passes one step per 4 accumulated micro-batches that ends on the reference parameters', () => {
    expect(ex.check({ result: fake(), choice: null })).toMatchObject({ pass: true, key: 'check.accum.pass' });
  });
  it.each([
    ['a step after every micro-batch', fake({ stepEvery: 1 }), 'check.accum.cadence'],
    ['a step every 2 micro-batches', fake({ stepEvery: 2 }), 'check.accum.cadence'],
    ['gradients cleared before every micro-batch', fake({ zeroEach: true }), 'check.accum.cleared'],
    ['losses not divided', fake({ final: reference.notDivided }), 'check.accum.notDivided'],
    ['other final parameters', fake({ final: [1, 1, 1, 1, 1] }), 'check.accum.mismatch'],
    ['another optimizer', fake({ name: 'Adam' }), 'check.train.wrongOptimizer'],
  ])('fails: %s', (_n, result, key) => {
    expect(ex.check({ result, choice: null })).toMatchObject({ pass: false, key });
  });
});

const file = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const run = async (code: string) => ex.check({ result: (await execute(code)) as RunResult, choice: null });
const solution = file('solution.ts');
const edit = (from: string, to: string) => {
  if (!solution.includes(from)) throw new Error(`edit did not apply: ${from}`);
  return solution.replace(from, to);
};

describe('cp-accumulate with real runs (DataLoader)', () => {
  it('the solution passes and the starter fails', async () => {
    expect(await run(solution)).toMatchObject({ pass: true, key: 'check.accum.pass' });
    expect((await run(file('starter.ts'))).pass).toBe(false);
  });
  it('without the division it fails with the reason', async () => {
    expect(await run(edit('loss = loss.div(accum_steps)', ''))).toMatchObject({ key: 'check.accum.notDivided' });
  });
  it('clearing before every micro-batch fails with the reason', async () => {
    const code = edit('    let loss = criterion', '    optimizer.zero_grad()\n    let loss = criterion');
    expect(await run(code)).toMatchObject({ key: 'check.accum.cleared' });
  });
});
