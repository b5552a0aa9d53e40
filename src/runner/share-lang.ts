/**
 * The language part of a share link (docs/CONTRACTS.md §5): `#cell=<id>&code=<…>&lang=py` is PyTorch code for
 * the cell's Python tab; without `lang` (or with `lang=ts`) it is TypeScript. lz-string's URI alphabet has no
 * `&`, so the parameter never clashes with the payload. share.ts parses the rest.
 */
import type { TabChoice } from './storage';

const LANG_RE = /&lang=(py|ts)(?=&|$)/;

/** The shared code's language and the fragment without the `lang` parameter (for parseShareHash). */
export function splitShareLang(hash: string): { lang: TabChoice; hash: string } {
  const m = LANG_RE.exec(hash);
  return m ? { lang: m[1] as TabChoice, hash: hash.replace(LANG_RE, '') } : { lang: 'ts', hash };
}

/** Adds the language to a share URL made by shareUrl() (nothing for TypeScript, as before). */
export function withShareLang(url: string, lang: TabChoice): string {
  return lang === 'py' ? `${url}&lang=py` : url;
}
