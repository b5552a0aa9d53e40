import { describe, expect, it } from 'vitest';
import { Tensor } from '../tensor';
import { LBFGS } from './lbfgs';
import { cubicInterpolate } from './lbfgs-line-search';
import { engineFixture, expectClose, expectPyError, param, setQuadraticGrad } from './test-helpers';
import { LBFGS_CASES } from './__fixtures__/cases';

function rosenbrock(x: Tensor): () => number {
  return () => {
    const [a, b] = [x.data[0]!, x.data[1]!];
    x.grad = Tensor._make(Float64Array.from([-2 * (1 - a) - 400 * a * (b - a * a), 200 * (b - a * a)]), [2], 'float64');
    return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
  };
}

describe('LBFGS', () => {
  // values from real PyTorch 2.x (__fixtures__/lbfgs.json, scripts/golden/gen_engine_optim.py)
  const fx = engineFixture<{ losses: number[]; func_evals: number; n_iter: number; x: number[] }>('lbfgs.json');
  it.each(LBFGS_CASES.map((c) => [c.options, fx.cases[c.name]!] as const))('matches torch.optim.LBFGS(%j) on Rosenbrock for 3 steps', (options, want) => {
    const p = param([-1.5, 2]);
    const opt = new LBFGS([p], options as never);
    const closure = rosenbrock(p);
    const got = [0, 1, 2].map(() => opt.step(closure) as number);
    expectClose(got, want.losses, 1e-12, 1e-9);
    expectClose(Array.from(p.data), want.x, 1e-9, 1e-8);
    expect(opt.state.get(p)!['func_evals']).toBe(want.func_evals);
    expect(opt.state.get(p)!['n_iter']).toBe(want.n_iter);
  });

  it('solves the spec §9 quadratic in one step and returns the first closure loss', () => {
    const w = param([1, -2]);
    const opt = new LBFGS([w]);
    const closure = (): number => {
      setQuadraticGrad(w);
      return (w.data[0]! - 3) ** 2 + (w.data[1]! - 1) ** 2;
    };
    expect(opt.step(closure)).toBe(13);
    expectClose(Array.from(w.data), [3, 1], 1e-12, 0);
  });

  it('requires a closure, one param group and strong_wolfe as the only line search', () => {
    expect(() => new LBFGS([param([1])]).step()).toThrow("LBFGS.step() missing 1 required positional argument: 'closure'");
    expectPyError(() => new LBFGS([{ params: [param([1])] }, { params: [param([2])] }] as never), 'ValueError',
      "LBFGS doesn't support per-parameter options (parameter groups)");
    const w = param([1, -2]);
    const opt = new LBFGS([w], { line_search_fn: 'backtracking' as never });
    expectPyError(() => opt.step(() => { setQuadraticGrad(w); return 1; }), 'RuntimeError', "only 'strong_wolfe' is supported");
  });

  it('defaults max_eval to max_iter·5/4', () => {
    expect(new LBFGS([param([1])]).defaults['max_eval']).toBe(25);
    expect(new LBFGS([param([1])], { max_iter: 10 }).defaults['max_eval']).toBe(12);
  });

  it('cubicInterpolate finds the minimiser of a cubic through two points', () => {
    // f(x) = (x − 1)²: f(0) = 1, f'(0) = −2, f(3) = 4, f'(3) = 4 → minimum at 1
    expectClose([cubicInterpolate(0, 1, -2, 3, 4, 4)], [1], 1e-12, 0);
  });
});
