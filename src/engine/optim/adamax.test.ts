import { describe, it } from 'vitest';
import { Adamax, adamaxUpdate } from './adamax';
import { expectClose, itMatchesTorchFixtures, runQuadratic } from './test-helpers';

describe('Adamax', () => {
  itMatchesTorchFixtures('Adamax', Adamax as never);

  it('matches the spec §9 golden for Adamax()', () => {
    expectClose(
      runQuadratic((p) => new Adamax([p])),
      [[1.001999999995, -1.998000000003], [1.004000948307, -1.995999368006], [1.006002809451, -1.993998126236]],
      1e-11, 0,
    );
  });

  it('adds eps to |g| inside the max, not to the denominator', () => {
    // g = 0: u = max(0, 0 + 0.5) = 0.5; m = 0 → no move; exp_inf holds 0.5
    const state = { step: 0, exp_avg: new Float64Array(1), exp_inf: new Float64Array(1) };
    adamaxUpdate(Float64Array.from([1]), Float64Array.from([0]), state, {
      lr: 0.1, beta1: 0.9, beta2: 0.999, eps: 0.5, weight_decay: 0, maximize: false,
    });
    expectClose(Array.from(state.exp_inf), [0.5], 0, 0);
  });
});
