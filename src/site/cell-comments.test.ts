import { describe, expect, it } from 'vitest';
import { commentStart, localizeComments, untranslatedComments } from './cell-comments';

const ts = ['const x = 1  // one #zh: 一', '// whole line #zh: 整行注释', 'print("// not a comment")', 'f()  // English only'].join('\n');
const py = ['x = 1  # one #zh: 一', '# whole line #zh: 整行注释', 'print("# not a comment #zh: 不是")', 'f()  # English only'].join('\n');

describe('cell comments', () => {
  it('finds the comment opener outside strings', () => {
    expect(commentStart('print("a // b")  // c', 'ts')).toBe(17);
    expect(commentStart("s = '#'  # c", 'py')).toBe(9);
    expect(commentStart('`${a}//x`', 'ts')).toBe(-1);
    expect(commentStart('no comment', 'py')).toBe(-1);
  });
  it('shows Chinese comments to Chinese readers and English ones to English readers, line for line', () => {
    expect(localizeComments(ts, 'ts', 'zh').split('\n')).toEqual(['const x = 1  // 一', '// 整行注释', 'print("// not a comment")', 'f()  // English only']);
    expect(localizeComments(ts, 'ts', 'en').split('\n')).toEqual(['const x = 1  // one', '// whole line', 'print("// not a comment")', 'f()  // English only']);
    expect(localizeComments(py, 'py', 'zh').split('\n')).toEqual(['x = 1  # 一', '# 整行注释', 'print("# not a comment #zh: 不是")', 'f()  # English only']);
    expect(localizeComments(py, 'py', 'en').split('\n')).toEqual(['x = 1  # one', '# whole line', 'print("# not a comment #zh: 不是")', 'f()  # English only']);
  });
  it('keeps the line count and leaves code without markers unchanged', () => {
    const code = 'a\n\n// plain\nb';
    expect(localizeComments(code, 'ts', 'zh')).toBe(code);
    expect(localizeComments(ts, 'ts', 'zh').split('\n')).toHaveLength(4);
  });
  it('falls back to English when the Chinese part is empty', () => {
    expect(localizeComments('x  // one #zh:', 'ts', 'zh')).toBe('x  // one');
  });
  it('lists comments with words that lack a Chinese part (symbols and formulas need none)', () => {
    expect(untranslatedComments(ts, 'ts')).toEqual([4]);
    expect(untranslatedComments(py, 'py')).toEqual([4]);
    expect(untranslatedComments('# ----\n#\nx = 1  # ①\ny = 1  # y = 2x + 1', 'py')).toEqual([]);
  });
});
