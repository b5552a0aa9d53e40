/**
 * The engine's own fixtures (`__fixtures__` folders under src/engine, read by the unit tests beside the
 * modules) come from the one golden pipeline: real PyTorch 2.x, scripts/golden/
 * gen_engine_*.py; the optimizer cases are fingerprinted against their table (src/engine/optim/__fixtures__/cases.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LBFGS_CASES, SCHED_UNIT_CASES, TRAJECTORY_CASES } from '../src/engine/optim/__fixtures__/cases';
import { assertFixtureMatchesTable, type Fixture } from './golden/compare';

const load = (file: string): Fixture<{ fp: string }> & { generator: string } =>
  JSON.parse(readFileSync(new URL(`../src/engine/optim/__fixtures__/${file}`, import.meta.url), 'utf8'));

describe('engine fixtures', () => {
  // twins in their tests (losses.test.ts, format.test.ts, random.test.ts), like gen_models / gen_warnings
  it.each(['nn.json', 'print.json', 'rng.json'])('src/engine/__fixtures__/%s: PyTorch 2.x, from scripts/golden', (file) => {
    const fx = JSON.parse(readFileSync(new URL(`../src/engine/__fixtures__/${file}`, import.meta.url), 'utf8'));
    expect(fx.torch.startsWith('2.')).toBe(true);
    expect(fx.generator).toBe(`gen_engine_${file.replace('.json', '')}.py`);
  });

  it.each([
    ['trajectories.json', TRAJECTORY_CASES],
    ['schedulers.json', SCHED_UNIT_CASES],
    ['lbfgs.json', LBFGS_CASES],
  ] as const)('%s: PyTorch 2.x, generated from the current case table', (file, table) => {
    const fx = load(file);
    expect(fx.torch.startsWith('2.')).toBe(true);
    expect(fx.generator).toBe('gen_engine_optim.py');
    assertFixtureMatchesTable(fx, [...table]);
  });
});
