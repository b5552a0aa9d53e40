import { describe, expect, it } from 'vitest';
import { torch } from './index';

const MESSAGE =
  "unsupported operand type(s) for a JavaScript operator: 'Tensor'. Use the tensor methods: a + b → a.add(b), a - b → a.sub(b), a * b → a.mul(b), a / b → a.div(b), a ** b → a.pow(b), a < b → a.lt(b) (also gt, le, ge, eq, ne); for text use `${a}` or String(a)";

describe('JavaScript operators on tensors', () => {
  const w = torch.tensor([1, 2]);
  const u = w as unknown as number;

  it.each([
    ['w + w', () => u + u],
    ['w * 3', () => u * 3],
    ['(w - 3) ** 2', () => (u - 3) ** 2],
    ['w < 1', () => u < 1],
    ["w + ''", () => u + ''],
    ['-w', () => -u],
    ['w == 1', () => (u as unknown) == 1], // eslint-disable-line eqeqeq
  ])('%s throws a TypeError naming the methods', (_src, f) => {
    expect(f).toThrow(TypeError);
    expect(f).toThrow(MESSAGE);
  });

  it('text conversions keep printing the tensor', () => {
    expect(`${w}`).toBe('tensor([1, 2])');
    expect(String(w)).toBe('tensor([1, 2])');
    expect([w, w].join(' ')).toBe('tensor([1, 2]) tensor([1, 2])');
    expect(JSON.stringify({ w })).toBe('{"w":[1,2]}');
    expect(w == null).toBe(false); // eslint-disable-line eqeqeq
  });
});
