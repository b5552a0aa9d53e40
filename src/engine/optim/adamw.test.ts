import { describe, expect, it } from 'vitest';
import { AdamW } from './adamw';
import { Adam } from './adam';
import { expectClose, itMatchesTorchFixtures, param, runFixture, runQuadratic } from './test-helpers';

describe('AdamW', () => {
  itMatchesTorchFixtures('AdamW', AdamW as never);

  it('matches the spec §9 golden for AdamW(lr=0.1)', () => {
    expectClose(
      runQuadratic((p) => new AdamW([p], { lr: 0.1 })),
      [[1.09899999975, -1.898000000167], [1.197736553269, -1.796207094565], [1.296087948487, -1.694696137539]],
      1e-11, 0,
    );
  });

  it('defaults weight_decay to 0.01 (Adam: 0) and records decoupled_weight_decay: true', () => {
    const opt = new AdamW([param([1])]);
    expect(opt.defaults['weight_decay']).toBe(0.01);
    expect(new Adam([param([1])]).defaults['weight_decay']).toBe(0);
    expect(opt.param_groups[0]!['decoupled_weight_decay']).toBe(true);
    expect(opt).toBeInstanceOf(Adam);
  });

  it('does not accept decoupled_weight_decay as an option (it is always on)', () => {
    expect(() => new AdamW([param([1])], { decoupled_weight_decay: false } as never)).toThrow(
      /AdamW\.__init__\(\) got an unexpected keyword argument 'decoupled_weight_decay'/,
    );
  });

  it('differs from Adam with L2 weight decay (the decay does not enter the moments)', () => {
    const w = runFixture(AdamW as never, { lr: 0.1, weight_decay: 0.5 }, 'float64').traj;
    const l2 = runFixture(Adam as never, { lr: 0.1, weight_decay: 0.5 }, 'float64').traj;
    expect(Math.abs(w[7]![0]! - l2[7]![0]!)).toBeGreaterThan(1e-3);
  });

  it('forces decoupled_weight_decay back on when loading a state dict', () => {
    const opt = new AdamW([param([1])]);
    const sd = opt.state_dict();
    sd.param_groups[0]!['decoupled_weight_decay'] = false;
    opt.load_state_dict(sd);
    expect(opt.param_groups[0]!['decoupled_weight_decay']).toBe(true);
  });
});
