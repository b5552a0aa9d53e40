import { describe, expect, it } from 'vitest';
import {
  assertClose, assertDeepClose, assertExact, assertFixtureMatchesTable, assertKeys, F32, F64, fingerprint, flatten, loadFixture, nest,
} from './compare';

describe('golden comparison helpers', () => {
  it('nest/flatten round trip, including 0-d', () => {
    expect(nest([1, 2, 3, 4, 5, 6], [2, 3])).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(nest([7], [])).toBe(7);
    expect(flatten(nest([1, 2, 3, 4, 5, 6], [3, 1, 2]))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('assertClose passes within rtol/atol and names case, index, expected and actual otherwise', () => {
    expect(() => assertClose('c', [1, 2], [1 + 1e-13, 2], F64)).not.toThrow();
    expect(() => assertClose('c', [1], [1 + 1e-11], F64)).toThrow(/c index 0: expected 1, actual 1\.00000000001/);
    expect(() => assertClose('adam step 3 params', [0, 5], [0, 5.001], F32, (i) => `W[${i}]`))
      .toThrow(/adam step 3 params index W\[1\]: expected 5, actual 5\.001/);
    expect(() => assertClose('c', [1, 2], [1], F64)).toThrow(/expected 2 values, actual 1/);
    expect(() => assertClose('c', [NaN], [NaN], F64)).not.toThrow();
    expect(() => assertClose('c', [1], [NaN], F64)).toThrow(/actual NaN/);
    expect(() => assertExact('c', [0.1], [0.1 + 2 ** -56])).toThrow(/index 0/);
  });

  it('assertDeepClose checks keys, None, numbers, lists and tensor-likes', () => {
    const t = (v: unknown) => ({ tolist: () => v, shape: [] });
    const expected = { state: { '0': { step: 3, exp_avg: [1, 2] } }, param_groups: [{ lr: 0.1, foreach: null, params: [0] }] };
    expect(() => assertDeepClose('sd', expected, {
      state: { 0: { step: t(3), exp_avg: t([1, 2]) } }, param_groups: [{ lr: 0.1, foreach: null, params: [0] }],
    }, F64)).not.toThrow();
    expect(() => assertDeepClose('sd', expected, {
      state: { 0: { step: 3, exp_avg: t([1, 2.5]) } }, param_groups: [{ lr: 0.1, foreach: null, params: [0] }],
    }, F64)).toThrow(/sd\.state\.0\.exp_avg index 1: expected 2, actual 2\.5/);
    expect(() => assertDeepClose('sd', expected, {
      state: { 0: { step: 3, exp_avg: [1, 2] } }, param_groups: [{ lr: 0.1, params: [0] }],
    }, F64)).toThrow(/missing \[foreach\]/);
    expect(() => assertKeys('k', ['a', 'b'], ['b', 'c'])).toThrow(/missing \[a\], unexpected \[c\]/);
  });

  it('a fixture generated from another version of a case is reported as stale', () => {
    const table = [{ name: 'a', lr: 0.1 }, { name: 'b', lr: 0.2 }];
    const fixture = { torch: '2', generator: 'g', cases: { a: { fp: fingerprint(table[0]) }, b: { fp: fingerprint(table[1]) } } };
    expect(() => assertFixtureMatchesTable(fixture, table)).not.toThrow();
    expect(() => assertFixtureMatchesTable(fixture, [table[0], { name: 'b', lr: 0.3 }])).toThrow(/changed since generation \[b\]/);
    expect(() => assertFixtureMatchesTable(fixture, [table[0]])).toThrow(/not in the table \[b\]/);
    expect(() => assertFixtureMatchesTable(fixture, [...table, { name: 'c', lr: 1 }])).toThrow(/missing \[c\]/);
  });

  it('fixtures record a PyTorch 2.x version', () => {
    for (const f of ['optim.json', 'sched.json', 'ops.json', 'random.json', 'guide.json', 'print.json', 'errors.json']) {
      expect(loadFixture(f).torch, f).toMatch(/^2\.\d+/);
    }
  });
});
