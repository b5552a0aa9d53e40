import { describe, expect, it } from 'vitest';
import { neutralHeadingIds } from './heading-ids';

describe('neutralHeadingIds', () => {
  it('numbers h2 as s<n> and h3 as s<n>-<m>, restarting the h3 count under each h2', () => {
    const zh = neutralHeadingIds([
      { depth: 2, slug: '教练' },
      { depth: 3, slug: '反馈' },
      { depth: 3, slug: '调整' },
      { depth: 2, slug: '循环' },
      { depth: 3, slug: '第一步' },
    ]);
    expect(zh).toEqual({ 教练: 's1', 反馈: 's1-1', 调整: 's1-2', 循环: 's2', 第一步: 's2-1' });
  });
  it('gives twins with the same skeleton the same ids whatever the heading text', () => {
    const en = neutralHeadingIds([{ depth: 2, slug: 'coach' }, { depth: 3, slug: 'feedback' }]);
    const zh = neutralHeadingIds([{ depth: 2, slug: '教练' }, { depth: 3, slug: '反馈' }]);
    expect(Object.values(en)).toEqual(Object.values(zh));
  });
  it('hangs an h3 before any h2 under s0 and leaves other depths alone', () => {
    expect(neutralHeadingIds([{ depth: 3, slug: 'a' }, { depth: 4, slug: 'b' }, { depth: 2, slug: 'c' }])).toEqual({
      a: 's0-1',
      c: 's1',
    });
  });
});
