import { describe, expect, it } from 'vitest';
import { entryIdFromPath, parseEntryId, slugOf } from './entry-id';

describe('entry ids', () => {
  it('turns a lesson file path into "<folder>/<lang>"', () => {
    expect(entryIdFromPath('01-coach/zh.mdx')).toBe('01-coach/zh');
    expect(entryIdFromPath('sgd-vs-adam\\en.mdx')).toBe('sgd-vs-adam/en');
  });
  it('drops the NN- prefix from the slug and keeps the number as prefix', () => {
    expect(parseEntryId('01-coach/zh')).toEqual({ folder: '01-coach', slug: 'coach', prefix: 1, lang: 'zh' });
    expect(parseEntryId('10-summary/en').prefix).toBe(10);
    expect(slugOf('04-optimizer-family')).toBe('optimizer-family');
  });
  it('keeps exercise folders without a prefix as they are', () => {
    expect(parseEntryId('weight-decay/en')).toEqual({ folder: 'weight-decay', slug: 'weight-decay', prefix: null, lang: 'en' });
  });
  it('rejects ids that are not "<folder>/<lang>"', () => {
    expect(() => parseEntryId('01-coach/fr')).toThrow(/01-coach\/fr/);
    expect(() => parseEntryId('zh')).toThrow();
    expect(() => parseEntryId('a/b/zh')).toThrow();
  });
});
