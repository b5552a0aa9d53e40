import { describe, expect, it } from 'vitest';
import { testPagesEnabled } from './test-pages';

describe('test-only pages', () => {
  it('are built only with OC_TEST_PAGES=1', () => {
    expect(testPagesEnabled({})).toBe(false);
    expect(testPagesEnabled({ OC_TEST_PAGES: '0' })).toBe(false);
    expect(testPagesEnabled({ OC_TEST_PAGES: '1' })).toBe(true);
  });
});
