/**
 * UI strings are grouped in namespaces (one file per feature under ./strings). English is the source of truth;
 * the zh table is typed against the English keys, so a missing or extra zh key is a type error
 * (and `i18n.test.ts` checks the key sets at run time too).
 */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export interface StringTable<K extends string> {
  en: Record<K, string>;
  zh: Record<K, string>;
}

export function defineStrings<const E extends Record<string, string>>(
  en: E,
  zh: { [K in keyof E]: string },
): StringTable<Extract<keyof E, string>> {
  return { en, zh } as StringTable<Extract<keyof E, string>>;
}

/** Replaces `{name}` placeholders with values. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** A translator bound to one table and one language. */
export function translator<K extends string>(table: StringTable<K>, lang: Lang) {
  return (key: K, params?: Record<string, string | number>): string => format(table[lang][key], params);
}
