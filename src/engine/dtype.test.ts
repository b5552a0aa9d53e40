import { describe, expect, it } from 'vitest';
import { isFloating } from './dtype';
import { torch } from './index';

// PyTorch 2.14: bool is neither floating nor a float category in type promotion.
describe('bool dtype is not floating point', () => {
  it('isFloating is true only for float32 / float64', () => {
    expect(['float32', 'float64', 'int64', 'bool'].map((d) => isFloating(d as never))).toEqual([true, true, false, false]);
  });

  const b = () => torch.tensor([1, 2, 3]).gt(1); // tensor([False, True, True])

  it('is_floating_point() is false and reductions follow PyTorch', () => {
    expect(b().is_floating_point()).toBe(false);
    expect(b().sum().dtype).toBe('int64'); // torch.tensor([False, True, True]).sum() → tensor(2)
    expect(b().sum().item()).toBe(2);
    expect(() => b().mean()).toThrow(/mean\(\): could not infer output dtype.*Got: Bool/);
  });

  it('float ops on bool promote to the default float dtype', () => {
    expect(b().exp().dtype).toBe('float32');
    expect(b().div(b()).dtype).toBe('float32'); // true division
    expect(torch.tensor([1.5, 2, 3]).mul(b()).dtype).toBe('float32');
  });
});
