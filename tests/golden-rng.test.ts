/**
 * RNG vs real PyTorch 2.x, bit for bit (tests/golden/random.json, from scripts/golden/gen_random.py).
 * Cases: tests/golden/rng-cases.ts — torch.manual_seed(seed) then rand / randn (sizes below, at and
 * above 16, float32 and float64) / randint / randperm / nn.Linear init, alone and in sequences.
 * Bit-exact, except float64 randn (2 ulps: V8's Math.log/cos vs glibc, see RANDN_F64).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- engine values are driven by case tables */
import { describe, expect, it } from 'vitest';
import { torch, nn } from '../src/engine/index';
import { RNG_CASES, type RngCall, type RngCase } from './golden/rng-cases';
import { assertClose, assertExact, loadFixture, RANDN_F64, values, assertFixtureMatchesTable } from './golden/compare';

interface RngFixture {
  fp: string;
  values: number[][];
}

const fixture = loadFixture<RngFixture>('random.json');

function call(c: RngCall): number[] {
  const opts = c.dtype === 'float64' ? [{ dtype: torch.float64 }] : [];
  const t: any = torch;
  switch (c.fn) {
    case 'rand':
      return values(t.rand(...c.args, ...opts));
    case 'randn':
      return values(t.randn(...c.args, ...opts));
    case 'randint':
      return values(t.randint(c.args[0], c.args[1], c.args[2]));
    case 'randperm':
      return values(t.randperm(c.args[0]));
    case 'Linear': {
      const m: any = nn.Linear(c.args[0] as number, c.args[1] as number);
      return [...values(m.weight), ...values(m.bias)];
    }
  }
}

describe('golden RNG (PyTorch ' + fixture.torch + ')', () => {
  it('every case has a fixture generated from the same spec, and every fixture a case', () => {
    expect(fixture.torch.startsWith('2.')).toBe(true);
    assertFixtureMatchesTable(fixture, RNG_CASES);
  });

  it.each(RNG_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const fx = fixture.cases[c.name];
    torch.manual_seed(c.seed);
    c.calls.forEach((cl, i) => {
      const args = cl.args.map((a) => JSON.stringify(a)).join(', ');
      const ctx = `${c.name} call ${i + 1} ${cl.fn}(${args})${cl.dtype ? ' ' + cl.dtype : ''}`;
      if (cl.fn === 'randn' && cl.dtype === 'float64') assertClose(ctx, fx.values[i], call(cl), RANDN_F64);
      else assertExact(ctx, fx.values[i], call(cl));
    });
  });
});
