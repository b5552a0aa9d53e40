import { describe, expect, it } from 'vitest';
import { RMSprop, rmspropUpdate } from './rmsprop';
import { expectClose, itMatchesTorchFixtures, runFixture, runQuadratic } from './test-helpers';

describe('RMSprop', () => {
  itMatchesTorchFixtures('RMSprop', RMSprop as never);

  it.each([
    [{}, [[1.0999999975, -1.900000001667], [1.16905667089, -1.83031744944], [1.224650554399, -1.773888569392]]],
    [{ centered: true, momentum: 0.5 }, [[1.100503779001, -1.899496220158], [1.220499736902, -1.778864412163], [1.335829087629, -1.661976037249]]],
  ])('matches the spec §9 goldens for %j', (options, expected) => {
    expectClose(runQuadratic((p) => new RMSprop([p], options)), expected, 1e-11, 0);
  });

  it('creates momentum_buffer and grad_avg only when momentum > 0 / centered', () => {
    expect(Object.keys(runFixture(RMSprop as never, {}, 'float64', 1).opt.state.values().next().value!)).toEqual(['step', 'square_avg']);
    expect(Object.keys(runFixture(RMSprop as never, { momentum: 0.1, centered: true }, 'float64', 1).opt.state.values().next().value!)).toEqual([
      'step', 'square_avg', 'momentum_buffer', 'grad_avg',
    ]);
  });

  it('puts eps outside the square root', () => {
    // first step, g = 2, α = 0.99: v = 0.01·4 = 0.04, √v = 0.2; p = 0 − 0.01·2/(0.2 + 0.1)
    const p = Float64Array.from([0]);
    rmspropUpdate(p, Float64Array.from([2]), { step: 0, square_avg: new Float64Array(1), momentum_buffer: null, grad_avg: null }, {
      lr: 0.01, alpha: 0.99, eps: 0.1, weight_decay: 0, momentum: 0, centered: false, maximize: false,
    });
    expectClose(Array.from(p), [-0.02 / 0.3], 1e-16, 1e-14);
  });
});
