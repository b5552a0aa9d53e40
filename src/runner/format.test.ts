import { describe, expect, it } from 'vitest';
import { formatArgs, formatValue } from './format';

class Fake {
  toString(): string {
    return 'tensor([1., 2.])';
  }
}

describe('formatValue', () => {
  it('prints top-level strings raw and nested strings quoted', () => {
    expect(formatArgs(['loss', 0.5])).toBe('loss 0.5');
    expect(formatValue(['a', 1])).toBe('[ "a", 1 ]');
  });
  it('prints objects, nested arrays, null/undefined and circular refs', () => {
    const o: Record<string, unknown> = { a: 1, b: [1, 2], c: null, d: undefined };
    expect(formatValue(o)).toBe('{ a: 1, b: [ 1, 2 ], c: null, d: undefined }');
    o.self = o;
    expect(formatValue(o)).toContain('self: [Circular]');
  });
  it('uses a class toString (tensors print like PyTorch)', () => {
    expect(formatValue(new Fake())).toBe('tensor([1., 2.])');
    expect(formatValue({ w: new Fake() })).toBe('{ w: tensor([1., 2.]) }');
  });
  it('prints typed arrays, maps and -0', () => {
    expect(formatValue(new Float32Array([1, 2]))).toBe('Float32Array(2) [ 1, 2 ]');
    expect(formatValue(new Map([['a', 1]]))).toBe('Map(1) { "a" => 1 }');
    expect(formatValue(-0)).toBe('-0');
  });
  it('truncates long arrays', () => {
    expect(formatValue(Array.from({ length: 150 }, (_, i) => i))).toContain('... 50 more items');
  });
});
