import { describe, expect, it } from 'vitest';
import { Tensor } from '../tensor';
import { Rprop } from './rprop';
import { expectClose, itMatchesTorchFixtures, param, runQuadratic, setQuadraticGrad } from './test-helpers';

describe('Rprop', () => {
  itMatchesTorchFixtures('Rprop', Rprop as never);

  it('matches the spec §9 golden for Rprop()', () => {
    expectClose(runQuadratic((p) => new Rprop([p])), [[1.01, -1.99], [1.022, -1.978], [1.0364, -1.9636]], 1e-14, 1e-14);
  });

  it('reads lr once: changing it after the first step has no effect', () => {
    const run = (edit: boolean): number[] => {
      const w = param([1, -2]);
      const opt = new Rprop([w]);
      for (let i = 0; i < 3; i++) {
        if (edit && i === 1) opt.param_groups[0]!.lr = 100;
        setQuadraticGrad(w);
        opt.step();
      }
      return Array.from(w.data);
    };
    expect(run(true)).toEqual(run(false));
  });

  it('zeroes the gradient where its sign flipped and shrinks the step size', () => {
    const w = param([0]);
    const opt = new Rprop([w], { lr: 0.1 });
    for (const g of [1, -1]) {
      w.grad = Tensor._make(Float64Array.from([g]), [1], 'float64');
      opt.step();
    }
    const st = opt.state.get(w)!;
    expect((st['prev'] as Tensor).data[0]).toBe(0);
    expectClose(Array.from((st['step_size'] as Tensor).data), [0.05], 1e-17, 1e-15);
    expectClose(Array.from(w.data), [-0.1], 1e-17, 1e-15); // the flip step did not move
  });
});
