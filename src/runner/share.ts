/**
 * Share links (docs/CONTRACTS.md §5): `#cell=<id>&code=<lz-string compressToEncodedURIComponent(code)>`, plus
 * `&lang=py` for Python (no `lang` = TypeScript). Opening such a link puts the code into that cell and scrolls
 * to it; it never runs until the reader clicks Run.
 *
 * A link is untrusted input: the id must look like a cell id, the payload is size-checked before and while it
 * is decompressed (share-decode.ts), and only the targeted cell decompresses it (`parseShareHash(hash, forId)`).
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { decodeSharePayload } from './share-decode';
import { MAX_SHARE_PAYLOAD, MAX_SHARE_URL, MAX_SHARED_CODE, shareFields, shareTarget, type ShareParse } from './share-link';
import type { CellLang } from './storage';

export * from './share-link';

/** The fragment for a cell's code (with the leading `#`). */
export function shareHash(id: string, code: string, lang: CellLang = 'ts'): string {
  return `#cell=${encodeURIComponent(id)}&code=${compressToEncodedURIComponent(code)}${lang === 'py' ? '&lang=py' : ''}`;
}

/** The full share URL for the current page. */
export function shareUrl(href: string, id: string, code: string, lang: CellLang = 'ts'): string {
  const u = new URL(href);
  u.hash = '';
  return u.href.replace(/#$/, '') + shareHash(id, code, lang);
}

/** A share URL, or why none can be made (a link the browser could not open, or one too large to load). */
export function makeShareUrl(href: string, id: string, code: string, lang: CellLang = 'ts'): { url: string } | { error: 'tooLarge'; chars: number } {
  if (code.length > MAX_SHARED_CODE) return { error: 'tooLarge', chars: code.length };
  const url = shareUrl(href, id, code, lang);
  return url.length > MAX_SHARE_URL ? { error: 'tooLarge', chars: url.length } : { url };
}

/**
 * Reads a share fragment: `{ id, code, lang }`, or `{ error }` for a damaged or oversized link, or null when
 * the hash is not a cell share at all. With `forId`, a link for another cell returns null before any work.
 */
export function parseShareHash(hash: string, forId?: string): ShareParse | null {
  const target = shareTarget(hash);
  if (!target) return null;
  if (forId !== undefined && target.id !== forId) return null;
  if ('error' in target) return target;
  const payload = shareFields(hash)!.get('code')!;
  if (payload.length > MAX_SHARE_PAYLOAD) return { error: 'tooLarge', id: target.id };
  const decoded = decodeSharePayload(payload, MAX_SHARED_CODE);
  if (!decoded.ok) return { error: decoded.reason === 'tooLarge' ? 'tooLarge' : 'badPayload', id: target.id };
  return { id: target.id, code: decoded.text, lang: target.lang };
}

