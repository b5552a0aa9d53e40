import { describe, expect, it } from 'vitest';
import { torch } from '../index';
import EXPECTED from './__fixtures__/lr-type-errors.json';

/**
 * A non-number lr met by step(): each optimizer's own first use of lr (`_lrFirstUse`) picks Python's TypeError.
 * The fixture is the engine's table as it stood when that fact moved into the optimizer classes (the texts come
 * from PyTorch 2.14; five of them are also golden cases from real PyTorch in tests/golden/errors.json).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const O = torch.optim as any;
const DECOUPLED = new Set(['Adam', 'NAdam', 'RAdam']);

function messages(name: string, decoupled: boolean, stepsBefore: number): (string | null)[] {
  return ['0.1', null, [0.1]].map((lr) => {
    const p = torch.zeros(2, { requires_grad: true });
    p.grad = torch.ones(2);
    const opt = O[name]([p], decoupled ? { decoupled_weight_decay: true, weight_decay: 0.01 } : {});
    for (let i = 0; i < stepsBefore; i++) opt.step();
    opt.param_groups[0].lr = lr;
    try {
      opt.step();
      return null;
    } catch (e) {
      return `${(e as Error).constructor.name}: ${(e as Error).message}`;
    }
  });
}

describe('a learning rate that is not a number', () => {
  const names = ['SGD', 'RMSprop', 'Adadelta', 'NAdam', 'Adam', 'AdamW', 'Adagrad', 'Adamax', 'RAdam', 'ASGD', 'Rprop'];
  for (const name of names) {
    it(`${name}: the TypeError of its first use of lr, before and after a step`, () => {
      for (const decoupled of DECOUPLED.has(name) ? [false, true] : [false]) {
        for (const before of [0, 1]) {
          const key = `${name}${decoupled ? '+decoupled' : ''}${before ? ' after a step' : ''}`;
          expect(messages(name, decoupled, before), key).toEqual((EXPECTED as Record<string, (string | null)[]>)[key]);
        }
      }
    });
  }

  it('covers every case of the fixture', () => {
    expect(Object.keys(EXPECTED).length).toBe(28);
  });
});
