/**
 * LR schedulers vs real PyTorch 2.x (tests/golden/sched.json, from scripts/golden/gen_sched.py).
 * Cases: tests/golden/sched-cases.ts. Per epoch (after construction, then after each
 * optimizer.step(); scheduler.step([metric]) — for every scheduler of the case, in order): every
 * group's lr, get_last_lr() of the first scheduler and, for
 * CyclicLR/OneCycleLR, momentum (SGD) or betas[0] (Adam).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- engine values are driven by case tables */
import { describe, expect, it } from 'vitest';
import { torch, optim } from '../src/engine/index';
import { LAMBDAS, SCHED_CASES, type SchedCase, type SchedSpec } from './golden/sched-cases';
import { assertClose, F64, loadFixture, assertFixtureMatchesTable } from './golden/compare';

interface SchedFixture {
  fp: string;
  lr: number[][];
  /** absent when it equals lr at every record */
  last_lr?: number[][];
  momentum?: number[][];
}

const fixture = loadFixture<SchedFixture>('sched.json');

function buildScheduler(spec: SchedSpec, opt: any): any {
  const ls = optim.lr_scheduler as any;
  const ctor = ls[spec.type];
  if (typeof ctor !== 'function') throw new Error(`optim.lr_scheduler.${spec.type} is not exported by the engine`);
  const options: Record<string, unknown> = { ...spec.options };
  if ('lr_lambda' in options) {
    const v = options.lr_lambda;
    options.lr_lambda = Array.isArray(v) ? v.map((n) => LAMBDAS[n as string]) : LAMBDAS[v as string];
  }
  if (spec.type === 'SequentialLR') {
    return ctor(opt, { schedulers: spec.schedulers!.map((s) => buildScheduler(s, opt)), ...options });
  }
  if (spec.type === 'ChainedScheduler') return ctor(spec.schedulers!.map((s) => buildScheduler(s, opt)));
  return Object.keys(options).length ? ctor(opt, options) : ctor(opt);
}

function buildOptimizer(c: SchedCase): any {
  const groups = c.groups.map((g) => ({
    params: [torch.zeros(2, { dtype: torch.float64, requires_grad: true })],
    ...g,
  }));
  return (optim as any)[c.optim](groups, { ...c.options });
}

const momentumOf = (g: any): number => (g.betas ? g.betas[0] : g.momentum);

describe('golden lr schedulers (PyTorch ' + fixture.torch + ')', () => {
  it('every case has a fixture generated from the same spec, and every fixture a case', () => {
    expect(fixture.torch.startsWith('2.')).toBe(true);
    assertFixtureMatchesTable(fixture, SCHED_CASES);
  });

  it.each(SCHED_CASES.map((c) => [c.name, c] as const))('%s: lr per epoch', (_name, c) => {
    const fx = fixture.cases[c.name];
    const opt = buildOptimizer(c);
    const sched = buildScheduler(c.sched, opt);
    const also = (c.also ?? []).map((spec) => [buildScheduler(spec, opt), spec] as const);
    const check = (epoch: number) => {
      const at = `${c.name} epoch ${epoch}`;
      assertClose(`${at} group lr`, fx.lr[epoch], opt.param_groups.map((g: any) => g.lr), F64, (i) => `group ${i}`);
      assertClose(`${at} get_last_lr()`, (fx.last_lr ?? fx.lr)[epoch], [...sched.get_last_lr()], F64, (i) => `group ${i}`);
      if (fx.momentum) {
        assertClose(`${at} momentum/beta1`, fx.momentum[epoch], opt.param_groups.map(momentumOf), F64, (i) => `group ${i}`);
      }
    };
    check(0);
    for (let e = 0; e < c.epochs; e++) {
      opt.step();
      for (const [sc, spec] of [[sched, c.sched] as const, ...also]) {
        if (spec.type === 'ReduceLROnPlateau') sc.step(c.metrics![e]);
        else if (!c.step_arg) sc.step();
        else if (c.step_arg.kind === 'epoch') sc.step(e);
        else sc.step(e / c.step_arg.per_epoch);
      }
      check(e + 1);
    }
  });
});
