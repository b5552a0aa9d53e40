/**
 * Share links (docs/CONTRACTS.md §5): `#cell=<id>&code=<lz-string compressToEncodedURIComponent(code)>`.
 * Opening such a link puts the code into that cell and scrolls to it; it never runs until the reader clicks Run.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

export interface SharedCode {
  id: string;
  code: string;
}

/** The fragment for a cell's code (with the leading `#`). */
export function shareHash(id: string, code: string): string {
  return `#cell=${encodeURIComponent(id)}&code=${compressToEncodedURIComponent(code)}`;
}

/** The full share URL for the current page. */
export function shareUrl(href: string, id: string, code: string): string {
  const u = new URL(href);
  u.hash = '';
  return u.href.replace(/#$/, '') + shareHash(id, code);
}

/** Reads a share fragment; null when the hash is not a (valid) cell share. */
export function parseShareHash(hash: string): SharedCode | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const m = /^cell=([^&]+)&code=(.*)$/.exec(h);
  if (!m) return null;
  let id: string;
  try {
    id = decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
  const code = decompressFromEncodedURIComponent(m[2]!);
  if (code === null || code === undefined || (code === '' && m[2] !== '')) return null;
  return { id, code };
}

/** Just the cell id a share fragment points at (cheap; used before the heavy code loads). */
export function sharedCellId(hash: string): string | null {
  const m = /^#?cell=([^&]+)&code=/.exec(hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}
