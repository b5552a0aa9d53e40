import { describe, expect, it } from 'vitest';
import { safeExcerpt, searchMessage } from './search-results';

describe('search results', () => {
  it('keeps <mark> from pagefind excerpts and neutralises any other markup', () => {
    expect(safeExcerpt('the <mark>学习率</mark> is <b>big</b>')).toBe('the <mark>学习率</mark> is &lt;b&gt;big&lt;/b&gt;');
    expect(safeExcerpt('a &amp; b & c')).toBe('a &amp; b &amp; c');
  });
  it('picks the none/one/count message and fills the query', () => {
    const m = { none: 'No results for “{q}”.', one: '1 result for “{q}”.', count: '{n} results for “{q}”.' };
    expect(searchMessage(m, 0, 'adam')).toBe('No results for “adam”.');
    expect(searchMessage(m, 1, 'adam')).toBe('1 result for “adam”.');
    expect(searchMessage(m, 7, '动量')).toBe('7 results for “动量”.');
  });
});
