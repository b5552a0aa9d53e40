/**
 * The learner's progress in localStorage `oc:progress`, versioned:
 *   { version: 1, passed: { [exerciseOrCheckpointId]: { at: ISO date } }, lastVisited?: { lang, path, title } }
 *
 * Lifecycle:
 *  1. load(): parse and validate; keep every valid entry, drop malformed ones, and report what was wrong
 *     (`problem`) so the page can show a notice. Loading never writes.
 *  2. Any write (a pass, a visit, an import) first copies a damaged or foreign stored value to
 *     `oc:progress:backup` (unless that exact value is already backed up), so nothing is lost silently.
 *  3. reset() removes the store (the page asks for confirmation first).
 * Storage may be missing or throwing (private mode, quota): then everything still works for this page view.
 */
export const KEY = 'oc:progress';
export const BACKUP_KEY = 'oc:progress:backup';
export const VERSION = 1;

export type Lang = 'zh' | 'en';
export interface Visit {
  lang: Lang;
  /** Route without the language prefix, e.g. "lessons/coach/". */
  path: string;
  title: string;
}
export interface Progress {
  version: 1;
  passed: Record<string, { at: string }>;
  lastVisited?: Visit;
}
/** null: fine · 'corrupt': not JSON · 'foreign': JSON but not our schema/version · 'partial': some entries dropped. */
export type Problem = null | 'corrupt' | 'foreign' | 'partial';
export interface Loaded {
  progress: Progress;
  problem: Problem;
  /** How many entries were dropped (partial). */
  dropped: number;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const empty = (): Progress => ({ version: VERSION, passed: {} });

const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
const PATH = /^[a-z0-9][a-z0-9/_-]{0,200}$/;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isDate = (x: unknown): x is string => typeof x === 'string' && x.length <= 40 && !Number.isNaN(Date.parse(x));

function validVisit(x: unknown): Visit | null {
  if (!isObject(x)) return null;
  const { lang, path, title } = x;
  if ((lang !== 'zh' && lang !== 'en') || typeof path !== 'string' || !(path === '' || PATH.test(path))) return null;
  if (typeof title !== 'string' || title.length > 300) return null;
  return { lang, path, title };
}

/** Validates any parsed value as progress, keeping what is valid. */
export function fromValue(value: unknown): Loaded {
  if (!isObject(value) || value.version !== VERSION) return { progress: empty(), problem: 'foreign', dropped: 0 };
  const progress = empty();
  let dropped = 0;
  if (isObject(value.passed)) {
    for (const [id, entry] of Object.entries(value.passed)) {
      if (ID.test(id) && isObject(entry) && isDate(entry.at)) progress.passed[id] = { at: entry.at };
      else dropped++;
    }
  } else if (value.passed !== undefined) dropped++;
  if (value.lastVisited !== undefined) {
    const v = validVisit(value.lastVisited);
    if (v) progress.lastVisited = v;
    else dropped++;
  }
  return { progress, problem: dropped > 0 ? 'partial' : null, dropped };
}

/** Parses the stored text. */
export function parse(raw: string | null): Loaded {
  if (raw === null) return { progress: empty(), problem: null, dropped: 0 };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { progress: empty(), problem: 'corrupt', dropped: 0 };
  }
  return fromValue(value);
}

function read(storage: StorageLike | null): string | null {
  try {
    return storage ? storage.getItem(KEY) : null;
  } catch {
    return null;
  }
}

export function load(storage: StorageLike | null): Loaded {
  return parse(read(storage));
}

/** Writes progress, backing up a damaged stored value first. Returns false when storage is unavailable. */
export function save(storage: StorageLike | null, progress: Progress): boolean {
  if (!storage) return false;
  try {
    const raw = storage.getItem(KEY);
    if (raw !== null && parse(raw).problem !== null && storage.getItem(BACKUP_KEY) !== raw) {
      storage.setItem(BACKUP_KEY, raw);
    }
    storage.setItem(KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

/** Records a pass (keeps the first date if it already passed). */
export function markPassed(storage: StorageLike | null, id: string, now = new Date()): Progress {
  const { progress } = load(storage);
  if (ID.test(id) && !progress.passed[id]) progress.passed[id] = { at: now.toISOString() };
  save(storage, progress);
  return progress;
}

export function recordVisit(storage: StorageLike | null, visit: Visit): Progress {
  const { progress } = load(storage);
  const v = validVisit(visit);
  if (v) {
    progress.lastVisited = v;
    save(storage, progress);
  }
  return progress;
}

export function reset(storage: StorageLike | null): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    /* nothing to do */
  }
}

/** The export file's text. */
export function exportText(progress: Progress): string {
  return `${JSON.stringify(progress, null, 2)}\n`;
}

export type ImportResult =
  | { ok: true; progress: Progress; added: number; dropped: number }
  | { ok: false; reason: 'corrupt' | 'foreign' };

/** Imports an exported file, merging it into what is stored (earliest pass date wins). */
export function importText(storage: StorageLike | null, text: string): ImportResult {
  const incoming = parse(text);
  if (incoming.problem === 'corrupt' || incoming.problem === 'foreign') return { ok: false, reason: incoming.problem };
  const { progress } = load(storage);
  let added = 0;
  for (const [id, entry] of Object.entries(incoming.progress.passed)) {
    const mine = progress.passed[id];
    if (!mine) added++;
    if (!mine || Date.parse(entry.at) < Date.parse(mine.at)) progress.passed[id] = entry;
  }
  if (!progress.lastVisited && incoming.progress.lastVisited) progress.lastVisited = incoming.progress.lastVisited;
  save(storage, progress);
  return { ok: true, progress, added, dropped: incoming.dropped };
}

/** localStorage when usable, else null. */
export function browserStorage(): StorageLike | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}
