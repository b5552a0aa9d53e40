/**
 * Shared fixtures for the optimizer tests: the spec §9 problem (w0 = [1, −2] float64,
 * loss Σ(w − [3, 1])², grad 2(w − target) set by hand, so no autograd is needed).
 */
import { Tensor, type DType } from '../tensor';
import type { Optimizer } from './optimizer';

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
