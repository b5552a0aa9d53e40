import { describe, expect, it } from 'vitest';
import { caseSuggestion, pythonCommentAt, usesAsKwarg } from './python-habits';

describe('python habits', () => {
  it('finds the first # comment line, not #private fields or # inside code', () => {
    expect(pythonCommentAt('x\n    # hi\n# b')).toEqual({ line: 2, column: 5, text: 'hi' });
    expect(pythonCommentAt('a\n#')).toEqual({ line: 2, column: 1, text: '' });
    expect(pythonCommentAt('x = 1  # trailing')).toEqual({ line: 1, column: 8, text: 'trailing' });
    expect(pythonCommentAt('class A {\n  #x = 1\n}\nconst s = "# no"')).toBeUndefined();
  });

  it('spots name= after ( or , but not ==, => or a plain assignment', () => {
    expect(usesAsKwarg('f(a, lr = 0.1)', 'lr')).toBe(true);
    expect(usesAsKwarg('f(lr=0.1)', 'lr')).toBe(true);
    expect(usesAsKwarg('if (lr == 0.1) f()', 'lr')).toBe(false);
    expect(usesAsKwarg('lr = 0.1', 'lr')).toBe(false);
    expect(usesAsKwarg('f(a, (lr) => lr)', 'lr')).toBe(false);
  });

  it('suggests a differently-cased key of the named namespace only', () => {
    const ns = { optim: { Adam: class {}, SGD: class {} }, nn: {} };
    expect(caseSuggestion('optim.adam is not a function', ns)).toEqual({ name: 'optim.adam', suggestion: 'optim.Adam' });
    expect(caseSuggestion('optim.Adamw is not a function', ns)).toBeUndefined();
    expect(caseSuggestion('nn.adam is not a function', ns)).toBeUndefined();
    expect(caseSuggestion('foo.adam is not a function', ns)).toBeUndefined();
  });
});
