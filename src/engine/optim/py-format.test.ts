import { describe, expect, it } from 'vitest';
import { pyFloat, pyNum, pyValue } from './py-format';

describe('Python str() of numbers and values', () => {
  it.each([
    [1e-8, '1e-08'], [0.001, '0.001'], [1e-4, '0.0001'], [1e-5, '1e-05'], [1, '1.0'], [1e16, '1e+16'],
    [123456789012345.0, '123456789012345.0'], [0.1, '0.1'], [-2.5, '-2.5'], [NaN, 'nan'], [Infinity, 'inf'], [1.5e-7, '1.5e-07'],
  ])('pyFloat(%s) = %s', (v, s) => expect(pyFloat(v)).toBe(s));

  it('prints integral numbers as ints unless asked for a float', () => {
    expect(pyNum(-1)).toBe('-1');
    expect(pyNum(1, true)).toBe('1.0');
    expect(pyNum(0.5)).toBe('0.5');
  });

  it('prints booleans, None and tuples like Python', () => {
    expect(pyValue(true)).toBe('True');
    expect(pyValue(null)).toBe('None');
    expect(pyValue([0.9, 0.999])).toBe('(0.9, 0.999)');
    expect(pyValue([1e-6, 50])).toBe('(1e-06, 50)');
  });
});
