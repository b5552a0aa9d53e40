import { describe, expect, it } from 'vitest';
import { Tensor } from '../tensor';
import { ASGD } from './asgd';
import { expectClose, itMatchesTorchFixtures, param, runFixture, runQuadratic } from './test-helpers';
import { set_default_dtype } from '../dtype';

describe('ASGD', () => {
  itMatchesTorchFixtures('ASGD', ASGD as never);

  it('matches the spec §9 golden for ASGD(lr=0.1, t0=1) with float64 scalars', () => {
    set_default_dtype('float64');
    try {
      expectClose(
        runQuadratic((p) => new ASGD([p], { lr: 0.1, t0: 1 })),
        [[1.39999, -1.39998], [1.719975600211, -0.919973600243], [1.975959440665, -0.535975440417]],
        1e-11, 0,
      );
    } finally {
      set_default_dtype('float32');
    }
  });

  it('stores eta and mu as 0-dim tensors of the default dtype (float32 rounds lr 0.1)', () => {
    const w = param([1]);
    const opt = new ASGD([w], { lr: 0.1 });
    w.grad = Tensor._make(Float64Array.from([0]), [1], 'float64');
    opt.step();
    const eta = opt.state.get(w)!['eta'] as Tensor;
    expect(eta.shape).toEqual([]);
    expect(eta.dtype).toBe('float32');
    expect(eta.data[0]).toBe(Math.fround(0.1 / (1 + 1e-4 * 0.1) ** 0.75));
  });

  it('keeps the running average in ax without writing it back', () => {
    const { opt, w, traj } = runFixture(ASGD as never, { lr: 0.1, t0: 2 }, 'float64', 5);
    const ax = Array.from((opt.state.get(w)!['ax'] as Tensor).data);
    expect(ax).not.toEqual(traj[4]);
    expect(Array.from(w.data)).toEqual(traj[4]);
  });

  it('prints t0 as the float 1000000.0', () => {
    expect(String(new ASGD([param([1])]))).toContain('    t0: 1000000.0\n');
  });
});
