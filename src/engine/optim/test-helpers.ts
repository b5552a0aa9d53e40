/**
 * Shared fixtures for the optimizer tests: the spec §9 problem (w0 = [1, −2] float64,
 * loss Σ(w − [3, 1])², grad 2(w − target) set by hand, so no autograd is needed).
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { Tensor, type DType } from '../tensor';
import { set_default_dtype } from '../dtype';
import type { Optimizer } from './optimizer';
import { TRAJECTORY_CASES, type TrajectoryCase } from './__fixtures__/cases';

export const TARGET = [3, 1];

/** A leaf parameter with the given values. */
export function param(values: number[], dtype: DType = 'float64', shape: number[] = [values.length]): Tensor {
  const data = dtype === 'float32' ? Float32Array.from(values) : Float64Array.from(values);
  return Tensor._make(data, shape, dtype, true);
}

/** Sets p.grad = 2(p − target) (the gradient of Σ(p − target)²). */
export function setQuadraticGrad(p: Tensor, target: number[] = TARGET): void {
  const g = p.data.map((v, i) => 2 * (v - target[i % target.length]!));
  p.grad = Tensor._make(g, p.shape.slice(), p.dtype);
}

/** Runs `steps` steps of the §9 problem and returns w after each step. */
export function runQuadratic(make: (p: Tensor) => Optimizer, steps = 3, w0: number[] = [1, -2]): number[][] {
  const w = param(w0);
  const opt = make(w);
  const out: number[][] = [];
  for (let s = 0; s < steps; s++) {
    opt.zero_grad();
    setQuadraticGrad(w);
    opt.step();
    out.push(Array.from(w.data));
  }
  return out;
}

/** Asserts |a − b| ≤ atol + rtol·|b| element-wise, with a readable message. */
export function expectClose(actual: number[][] | number[], expected: number[][] | number[], atol = 1e-11, rtol = 1e-11): void {
  const a = (actual as unknown[]).flat(2) as number[];
  const e = (expected as unknown[]).flat(2) as number[];
  if (a.length !== e.length) throw new Error(`length ${a.length} != ${e.length}`);
  a.forEach((x, i) => {
    const y = e[i]!;
    if (!(Math.abs(x - y) <= atol + rtol * Math.abs(y))) {
      throw new Error(`element ${i}: got ${x}, expected ${y} (|diff| ${Math.abs(x - y)})\nactual:   ${JSON.stringify(a)}\nexpected: ${JSON.stringify(e)}`);
    }
  });
}

// ---- PyTorch 2.x fixtures (__fixtures__/*.json from scripts/golden/gen_engine_optim.py; cases: __fixtures__/cases.ts) ----

/** A fixture row: the case (optimizer, options, dtype) with PyTorch's w after every step and its final state. */
export interface TrajectoryRow extends TrajectoryCase {
  trajectory: number[][];
  state: Record<string, unknown>;
}

/** The cases of an engine fixture file (tests/golden-engine-fixtures.test.ts checks its fingerprints). */
export function engineFixture<T>(file: string): { torch: string; cases: Record<string, T & { fp: string }> } {
  return JSON.parse(readFileSync(new URL(`./__fixtures__/${file}`, import.meta.url), 'utf8')) as never;
}

let trajectories: TrajectoryRow[] | null = null;

/** The float64 and float32 fixture rows of one optimizer. */
export function fixtureCases(optim: string): { float64: TrajectoryRow[]; float32: TrajectoryRow[] } {
  const fx = engineFixture<{ trajectory: number[][]; state: Record<string, unknown> }>('trajectories.json');
  trajectories ??= TRAJECTORY_CASES.map((c) => ({ ...c, ...fx.cases[c.name]! }));
  const rows = trajectories.filter((c) => c.optim === optim);
  return { float64: rows.filter((c) => c.dtype === 'float64'), float32: rows.filter((c) => c.dtype === 'float32') };
}

/** Gradient of Σ(w − [3, 1])² + 0.1 Σ w⁴, the fixture problem (computed in the param's dtype). */
export function setFixtureGrad(p: Tensor): void {
  const g = p.data.map((v, i) => 2 * (v - TARGET[i]!) + 0.4 * v ** 3);
  p.grad = Tensor._make(g, p.shape.slice(), p.dtype);
}

/** JSON options → engine options (Python tuples arrive as arrays already). */
export type OptimCtor = new (params: Tensor[], options?: never) => Optimizer;

/**
 * Runs the fixture problem for `steps` steps with the default dtype set to `dtype` (scalar state follows it,
 * as when the fixtures were generated) and returns w after each step.
 */
export function runFixture(
  Cls: OptimCtor, options: Record<string, unknown>, dtype: 'float32' | 'float64', steps = 8,
  /** runs after the fixture gradient is set, before each step (e.g. to change w or its grad by hand) */
  before: (w: Tensor) => void = () => {},
): { traj: number[][]; opt: Optimizer; w: Tensor } {
  set_default_dtype(dtype);
  try {
    const w = param([1, -2], dtype);
    const opt = new Cls([w], options as never);
    const traj: number[][] = [];
    for (let s = 0; s < steps; s++) {
      opt.zero_grad();
      setFixtureGrad(w);
      before(w);
      opt.step();
      traj.push(Array.from(w.data));
    }
    return { traj, opt, w };
  } finally {
    set_default_dtype('float32');
  }
}


/** Registers one test per fixture row: float64 to 1e-12, float32 to PyTorch's float32 numbers within 1e-6. */
export function itMatchesTorchFixtures(name: string, Cls: OptimCtor): void {
  const { float64, float32 } = fixtureCases(name);
  it.each(float64)(`matches torch.optim.${name}(%j) for 8 float64 steps, state included`, (c) => {
    const { traj, opt, w } = runFixture(Cls, c.options, 'float64');
    expectClose(traj, c.trajectory, 1e-13, 1e-12);
    const st = opt.state.get(w) ?? {};
    for (const [k, v] of Object.entries(c.state)) {
      const mine = st[k] as Tensor | undefined;
      expect(mine, `state key ${k}`).toBeInstanceOf(Tensor);
      expectClose(Array.from(mine!.data), ([] as number[]).concat(v as number[]), 1e-13, 1e-12);
    }
  });
  it.each(float32)(`matches torch.optim.${name}(%j) for 8 float32 steps (default dtype float32)`, (c) => {
    const { traj, w } = runFixture(Cls, c.options, 'float32');
    expect(w.data).toBeInstanceOf(Float32Array);
    expectClose(traj, c.trajectory, 0, 1e-6);
  });
}

/** Asserts `fn` throws an error of Python class `name` whose message equals/matches `message`. */
export function expectPyError(fn: () => unknown, name: string, message: string | RegExp): void {
  let caught: Error | null = null;
  try {
    fn();
  } catch (e) {
    caught = e as Error;
  }
  expect(caught, 'expected an error').not.toBeNull();
  expect(caught!.name).toBe(name);
  if (typeof message === 'string') expect(caught!.message).toBe(message);
  else expect(caught!.message).toMatch(message);
}
