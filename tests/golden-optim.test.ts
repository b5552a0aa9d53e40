/**
 * Optimizers vs real PyTorch 2.x (tests/golden/optim.json, from scripts/golden/gen_optim.py).
 * Cases: tests/optim-cases.ts. Per case: the loss and every param after each step, the final
 * state_dict (PyTorch's key names and values), and for reload cases the state_dict at the reload point
 * plus the continued trajectory (in-memory and through JSON).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- engine values are driven by case tables */
import { describe, expect, it } from 'vitest';
import { OPTIM_CASES, type OptimCase } from './optim-cases';
import { assertClose, assertDeepClose, decode, decodeAll, loadFixture, noiseTol, tolFor, type Encoded, type Tol, assertFixtureMatchesTable } from './golden/compare';
import {
  buildOptimizer, buildScheduler, cloneParams, flatParams, labeller, makeData, makeParams, oneStep, stepScheduler, withDefaultDtype, type Params,
} from './golden/problems';

interface OptimFixture {
  fp: string;
  layout: [string, number[]][];
  losses: Encoded[];
  params: Encoded[][];
  state_dict: unknown;
  state_dict_at_reload?: unknown;
  /** LBFGS only: PyTorch's own 1-ulp sensitivity (max |Δ| per step; per state_dict leaf) */
  noise?: { params: number[]; state_dict: number[]; state_dict_at_reload?: number[] };
}

const fixture = loadFixture<OptimFixture>('optim.json');

type Reload = 'memory' | 'json';

/** F64 / F32 by dtype; LBFGS adds 10× PyTorch's measured noise at that step (see compare.ts). */
const stepTol = (c: OptimCase, fx: OptimFixture, step: number): Tol =>
  fx.noise ? noiseTol(fx.noise.params[step], tolFor(c.dtype)) : tolFor(c.dtype);
const stateTol = (c: OptimCase, fx: OptimFixture, key: 'state_dict' | 'state_dict_at_reload') => {
  const noise = fx.noise?.[key];
  return noise ? (leaf: number) => noiseTol(noise[leaf] ?? 0, tolFor(c.dtype)) : tolFor(c.dtype);
};

/** Runs a case; checks loss + params after every step; returns the final optimizer. */
function runAndCheck(c: OptimCase, fx: OptimFixture, reload: Reload = 'memory'): any {
  const label = labeller(fx.layout);
  const { X, Y } = makeData(c.dtype);
  let P: Params = makeParams(c.problem, c.dtype);
  let opt = buildOptimizer(c, P);
  const sched = buildScheduler(c, opt);
  for (let s = 0; s < c.steps; s++) {
    if (c.reloadAt === s) {
      let sd = opt.state_dict();
      if (reload === 'json') sd = JSON.parse(JSON.stringify(sd));
      P = cloneParams(P);
      opt = buildOptimizer(c, P);
      opt.load_state_dict(sd);
    }
    const loss = oneStep(c, opt, P, s, X, Y);
    stepScheduler(c, sched, loss);
    assertClose(`${c.name} step ${s + 1} loss`, [decode(fx.losses[s])], [loss], stepTol(c, fx, s));
    assertClose(`${c.name} step ${s + 1} params`, decodeAll(fx.params[s]), flatParams(P), stepTol(c, fx, s), label);
  }
  return opt;
}

describe('golden optimizers (PyTorch ' + fixture.torch + ')', () => {
  it('every case has a fixture generated from the same spec, and every fixture a case', () => {
    expect(fixture.torch.startsWith('2.')).toBe(true);
    assertFixtureMatchesTable(fixture, OPTIM_CASES);
  });

  describe.each(OPTIM_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const fx = fixture.cases[c.name];
    /** it() under the case's default dtype, as the generator ran it */
    const itd = (title: string, body: () => void) => it(title, () => withDefaultDtype(c.default_dtype ?? c.dtype, body));

    itd('trajectory: loss and params after every step', () => {
      runAndCheck(c, fx);
    });

    itd('state_dict after the last step (PyTorch key names and values)', () => {
      const opt = runAndCheck(c, fx);
      assertDeepClose(`${c.name} state_dict`, fx.state_dict, opt.state_dict(), stateTol(c, fx, 'state_dict'));
    });

    if (c.reloadAt !== undefined) {
      itd(`state_dict at step ${c.reloadAt} equals PyTorch's`, () => {
        const { X, Y } = makeData(c.dtype);
        const P = makeParams(c.problem, c.dtype);
        const opt = buildOptimizer(c, P);
        for (let s = 0; s < c.reloadAt!; s++) oneStep(c, opt, P, s, X, Y);
        assertDeepClose(`${c.name} state_dict@${c.reloadAt}`, fx.state_dict_at_reload, opt.state_dict(),
          stateTol(c, fx, 'state_dict_at_reload'));
      });

      itd('continues identically after load_state_dict(JSON round trip of state_dict())', () => {
        runAndCheck(c, fx, 'json');
      });
    }
  });
});
