/**
 * The cheap half of share links (no lz-string): the format's limits and which cell and language a fragment
 * targets. The eager `<oc-cell>` element uses this to decide which cell upgrades; share.ts does the rest.
 */
import type { CellLang } from './storage';

/** Chromium refuses to open URLs over 2 MB (2 097 152 characters); links are kept under this. */
export const MAX_SHARE_URL = 2_000_000;
/** Payloads (the compressed `code=` part) longer than this are refused without decompressing them. */
export const MAX_SHARE_PAYLOAD = MAX_SHARE_URL;
/** Shared code longer than this (in characters, after decompression) is refused. */
export const MAX_SHARED_CODE = 200_000;

export type ShareError = 'badId' | 'badPayload' | 'badLang' | 'tooLarge';
export interface SharedCode {
  id: string;
  code: string;
  lang: CellLang;
}
export type ShareParse = SharedCode | { error: ShareError; id?: string };
export type ShareTarget = { id: string; lang: CellLang } | { error: ShareError; id?: string };

/** What a cell id looks like (content/cells file names). */
export const ID_RE = /^[\w-]{1,120}$/;

/** The `key=value` fields of a `#cell=…` fragment; null when the hash is no cell share. */
export function shareFields(hash: string): Map<string, string> | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!h.startsWith('cell=')) return null;
  const map = new Map<string, string>();
  for (const part of h.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && !map.has(part.slice(0, eq))) map.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return map;
}

/** Which cell and language a share fragment targets, without decompressing anything; null when it is no share. */
export function shareTarget(hash: string): ShareTarget | null {
  const f = shareFields(hash);
  if (!f) return null;
  let id: string;
  try {
    id = decodeURIComponent(f.get('cell') ?? '');
  } catch {
    return { error: 'badId' };
  }
  if (!ID_RE.test(id)) return { error: 'badId' };
  const lang = f.get('lang');
  if (lang !== undefined && lang !== 'py' && lang !== 'ts') return { error: 'badLang', id };
  if (!f.has('code')) return { error: 'badPayload', id };
  return { id, lang: lang === 'py' ? 'py' : 'ts' };
}

/** Just the cell id a share fragment points at (cheap; used before the heavy code loads). */
export function sharedCellId(hash: string): string | null {
  const t = shareTarget(hash);
  return t?.id ?? null;
}
