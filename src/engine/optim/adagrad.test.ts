import { describe, expect, it } from 'vitest';
import { Tensor } from '../tensor';
import { Adagrad } from './adagrad';
import { expectClose, itMatchesTorchFixtures, param, runQuadratic, setQuadraticGrad } from './test-helpers';

describe('Adagrad', () => {
  itMatchesTorchFixtures('Adagrad', Adagrad as never);

  it('matches the spec §9 golden for Adagrad(lr=0.5, lr_decay=0.1)', () => {
    expectClose(
      runQuadratic((p) => new Adagrad([p], { lr: 0.5, lr_decay: 0.1 })),
      [[1.499999999987, -1.500000000008], [1.772727272711, -1.209007091073], [1.956341102142, -1.003859187118]],
      1e-11, 0,
    );
  });

  it('creates state for every param in the constructor, from the constructor initial_accumulator_value', () => {
    const a = param([1]);
    const b = param([2, 3]);
    const opt = new Adagrad([{ params: [a] }, { params: [b], initial_accumulator_value: 5 }], { initial_accumulator_value: 0.25 });
    const sd = opt.state_dict();
    expect(Object.keys(sd.state)).toEqual(['0', '1']);
    expect(Array.from((sd.state[1]!['sum'] as Tensor).data)).toEqual([0.25, 0.25]);
    expect((sd.state[0]!['step'] as Tensor).data[0]).toBe(0);
  });

  it('gives a param added later with add_param_group its state at its first step (2.14)', () => {
    const a = param([1, -2]);
    const b = param([1, -2]);
    const opt = new Adagrad([a], { lr: 0.5, initial_accumulator_value: 0.1 });
    opt.add_param_group({ params: [b] });
    expect(opt.state.has(b)).toBe(false);
    setQuadraticGrad(a);
    setQuadraticGrad(b);
    opt.step();
    expect(Array.from(b.data)).toEqual(Array.from(a.data));
  });
});
