import { describe, expect, it } from 'vitest';
import { langOf, localePath, otherLang, stripLang } from './lang';

describe('language helpers', () => {
  it('maps Astro locales to a language, zh by default', () => {
    expect(langOf('en')).toBe('en');
    expect(langOf('zh')).toBe('zh');
    expect(langOf(undefined)).toBe('zh');
    expect(otherLang('zh')).toBe('en');
  });
  it('builds prefixed paths with a trailing slash', () => {
    expect(localePath('zh', '')).toBe('/zh/');
    expect(localePath('en', 'lessons/coach')).toBe('/en/lessons/coach/');
    expect(localePath('en', '/glossary/')).toBe('/en/glossary/');
  });
  it('strips the language prefix, so both languages share one route', () => {
    expect(stripLang('/zh/lessons/coach/')).toBe('lessons/coach/');
    expect(stripLang('/en/')).toBe('');
    expect(stripLang('/en')).toBe('');
    expect(stripLang('/english/')).toBe('english/');
  });
});
