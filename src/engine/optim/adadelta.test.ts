import { describe, expect, it } from 'vitest';
import { Adadelta } from './adadelta';
import { expectClose, itMatchesTorchFixtures, param, runQuadratic } from './test-helpers';

describe('Adadelta', () => {
  itMatchesTorchFixtures('Adadelta', Adadelta as never);

  it('matches the spec §9 golden for Adadelta()', () => {
    expectClose(
      runQuadratic((p) => new Adadelta([p])),
      [[1.003162276672, -1.996837722779], [1.00640427107, -1.993594916133], [1.00969924758, -1.99029799442]],
      1e-11, 0,
    );
  });

  it('prints its float lr default as 1.0', () => {
    expect(String(new Adadelta([param([1])]))).toContain('    lr: 1.0\n');
  });
});
