/**
 * Persistence of cell state in localStorage (docs/CONTRACTS.md §5): edited code per language (TypeScript under
 * `oc:cell:<id>`, Python under `oc:cell:<id>:py`) and the reader's PyTorch/TypeScript tab choice under `oc:tab`.
 * Every access is guarded: storage may be unavailable (private mode, disabled) or full, and the cell must still
 * work; a save that did not happen says so (`{ ok: false, reason }`) so the page never claims "saved" falsely.
 */
export const TAB_KEY = 'oc:tab';
/** Fired on document (detail: the tab) when the reader picks a tab: every cell and lab of the page follows. */
export const TAB_EVENT = 'oc-tab';
export type TabChoice = 'ts' | 'py';
export type CellLang = TabChoice;

/** Why a write did not happen: the quota is full, or there is no usable storage at all. */
export type SaveFailure = 'quota' | 'unavailable';
export type SaveResult = { ok: true } | { ok: false; reason: SaveFailure };

export const cellKey = (id: string, lang: CellLang = 'ts'): string => (lang === 'py' ? `oc:cell:${id}:py` : `oc:cell:${id}`);
/** Where the reader's own version is kept when a share link replaces it (recoverable, see cell.ts). */
export const mineKey = (id: string, lang: CellLang = 'ts'): string => `${cellKey(id, lang)}:mine`;

function store(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** True for the DOMException a full storage throws (names differ between engines). */
export function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; code?: number } | null;
  return !!err && (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014);
}

/** Reads one key; null when missing or storage is unavailable. */
export function readKey(key: string): string | null {
  try {
    return store()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes one key (null removes it) and reports whether it really happened. */
export function writeKey(key: string, value: string | null): SaveResult {
  const s = store();
  if (!s) return { ok: false, reason: 'unavailable' };
  try {
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: isQuotaError(e) ? 'quota' : 'unavailable' };
  }
}

/** The reader's edited code for a cell in one language, or null when there is none. */
export function loadCode(id: string, lang: CellLang = 'ts'): string | null {
  return readKey(cellKey(id, lang));
}

/**
 * Saves edited code. With `original` (the lesson's code), saving the lesson's own code removes the entry
 * instead, so the Reset state is clean.
 */
export function saveCode(id: string, lang: CellLang, code: string, original?: string): SaveResult {
  return writeKey(cellKey(id, lang), original !== undefined && code === original ? null : code);
}

export function clearCode(id: string, lang: CellLang = 'ts'): SaveResult {
  return writeKey(cellKey(id, lang), null);
}

export function loadTab(): TabChoice {
  return readKey(TAB_KEY) === 'py' ? 'py' : 'ts';
}

export function saveTab(tab: TabChoice): SaveResult {
  return writeKey(TAB_KEY, tab);
}
