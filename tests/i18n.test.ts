import { describe, expect, it } from 'vitest';

// Every namespace file under src/i18n/strings must have identical en and zh key sets, and no empty strings.
const modules = import.meta.glob<{ default: { en: Record<string, string>; zh: Record<string, string> } }>(
  '../src/i18n/strings/*.ts',
  { eager: true },
);

describe('UI strings', () => {
  it('has at least one namespace', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
  });
  for (const [file, mod] of Object.entries(modules)) {
    it(`${file}: zh and en have the same keys`, () => {
      expect(Object.keys(mod.default.zh).sort()).toEqual(Object.keys(mod.default.en).sort());
    });
    it(`${file}: no empty strings`, () => {
      for (const lang of ['en', 'zh'] as const) {
        for (const [k, v] of Object.entries(mod.default[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
      }
    });
  }
});
