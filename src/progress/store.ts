/**
 * The learner's progress in localStorage `oc:progress`, versioned:
 *   { version: 1, passed: { [exerciseOrCheckpointId]: { at: ISO date } }, lastVisited?: { lang, path, title },
 *     predictions?: { [cellId]: { pick: choiceId, at: ISO date, revealed?: true } } }
 * `predictions` (the "think, then run" picks, src/predict/) was added later within version 1: optional, so a store
 * written before it loads unchanged, and older code that meets it only drops that field.
 *
 * Lifecycle:
 *  1. load(): parse and validate; keep every valid entry, drop malformed ones, and report what was wrong
 *     (`problem`) so the page can show a notice. Loading never writes.
 *  2. Any write (a pass, a visit, an import) first copies a damaged or foreign stored value to a backup
 *     (`oc:progress:backup`, then `oc:progress:backup:2` … `:5` for later damage, so a second corruption never
 *     overwrites the first backup; an exact value already backed up is not copied again). If the backup cannot
 *     be written, the damaged value is not overwritten either. The progress page lists the backups and
 *     restores one by merging what can still be read from it (restoreBackup).
 *  3. reset() removes the store (the page asks for confirmation first).
 * Storage may be missing, throwing or full (private mode, quota): everything still works for this page view,
 * and every write reports whether it really happened (`SaveResult`), so the page never claims "saved" falsely.
 */
import { isQuotaError, type SaveResult } from '../runner/storage';

export type { SaveResult };
export const KEY = 'oc:progress';
export const BACKUP_KEY = 'oc:progress:backup';
/** How many backups are kept: the first one and up to four later ones (the newest slot is reused). */
export const MAX_BACKUPS = 5;
export const backupKey = (n: number): string => (n <= 1 ? BACKUP_KEY : `${BACKUP_KEY}:${n}`);
export const VERSION = 1;

export type Lang = 'zh' | 'en';
export interface Visit {
  lang: Lang;
  /** Route without the language prefix, e.g. "lessons/coach/". */
  path: string;
  title: string;
}
/** A prediction picked before running a cell; `revealed` once a run showed the answer. */
export interface PredictionPick {
  pick: string;
  at: string;
  revealed?: true;
}
export interface Progress {
  version: 1;
  /** `withSolution`: the solution had been shown (or put in the editor) before this pass. */
  passed: Record<string, { at: string; withSolution?: true }>;
  lastVisited?: Visit;
  predictions?: Record<string, PredictionPick>;
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

const CHOICE = /^[a-z0-9][a-z0-9-]{0,40}$/;
function validPick(x: unknown): PredictionPick | null {
  if (!isObject(x) || typeof x.pick !== 'string' || !CHOICE.test(x.pick) || !isDate(x.at)) return null;
  if (x.revealed !== undefined && x.revealed !== true) return null;
  return x.revealed ? { pick: x.pick, at: x.at, revealed: true } : { pick: x.pick, at: x.at };
}

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
      if (ID.test(id) && isObject(entry) && isDate(entry.at)) progress.passed[id] = entry.withSolution === true ? { at: entry.at, withSolution: true } : { at: entry.at };
      else dropped++;
    }
  } else if (value.passed !== undefined) dropped++;
  if (value.lastVisited !== undefined) {
    const v = validVisit(value.lastVisited);
    if (v) progress.lastVisited = v;
    else dropped++;
  }
  if (isObject(value.predictions)) {
    for (const [id, entry] of Object.entries(value.predictions)) {
      const pick = ID.test(id) ? validPick(entry) : null;
      if (pick) (progress.predictions ??= {})[id] = pick;
      else dropped++;
    }
  } else if (value.predictions !== undefined) dropped++;
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

/** The stored backups of damaged progress, oldest first. */
export function backups(storage: StorageLike | null): { key: string; raw: string }[] {
  const out: { key: string; raw: string }[] = [];
  for (let n = 1; n <= MAX_BACKUPS; n++) {
    try {
      const raw = storage?.getItem(backupKey(n)) ?? null;
      if (raw !== null) out.push({ key: backupKey(n), raw });
    } catch {
      /* unreadable slot */
    }
  }
  return out;
}

const failure = (e: unknown): SaveResult => ({ ok: false, reason: isQuotaError(e) ? 'quota' : 'unavailable' });

/** Copies a damaged stored value into a backup slot (never over the first backup). */
function backUp(storage: StorageLike, raw: string): void {
  let free = 0;
  for (let n = 1; n <= MAX_BACKUPS; n++) {
    const have = storage.getItem(backupKey(n));
    if (have === raw) return;
    if (have === null && free === 0) free = n;
  }
  storage.setItem(backupKey(free || MAX_BACKUPS), raw);
}

/** Writes progress, backing up a damaged stored value first. Says whether it was saved. */
export function save(storage: StorageLike | null, progress: Progress): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    const raw = storage.getItem(KEY);
    if (raw !== null && parse(raw).problem !== null) backUp(storage, raw);
    storage.setItem(KEY, JSON.stringify(progress));
    return { ok: true };
  } catch (e) {
    return failure(e);
  }
}

/** Records a pass (keeps the first date if it already passed); `saved` says whether it reached storage. */
export function markPassed(
  storage: StorageLike | null,
  id: string,
  now = new Date(),
  opts: { withSolution?: boolean } = {},
): { progress: Progress; saved: SaveResult } {
  const { progress } = load(storage);
  // a pass without the solution replaces one earned with it; never the other way round
  const had = progress.passed[id];
  if (ID.test(id) && (!had || (had.withSolution && !opts.withSolution))) {
    progress.passed[id] = opts.withSolution ? { at: now.toISOString(), withSolution: true } : { at: now.toISOString() };
  }
  return { progress, saved: save(storage, progress) };
}

/** Records the prediction picked for a cell (a new pick replaces the old one); `revealed` once a run showed it. */
export function recordPrediction(
  storage: StorageLike | null,
  cellId: string,
  pick: string,
  revealed = false,
  now = new Date(),
): { progress: Progress; saved: SaveResult } {
  const { progress } = load(storage);
  const entry = validPick({ pick, at: now.toISOString(), ...(revealed ? { revealed: true } : {}) });
  if (!ID.test(cellId) || !entry) return { progress, saved: { ok: false, reason: 'unavailable' } };
  (progress.predictions ??= {})[cellId] = entry;
  return { progress, saved: save(storage, progress) };
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
  | { ok: true; progress: Progress; added: number; dropped: number; saved: SaveResult }
  | { ok: false; reason: 'corrupt' | 'foreign' };

/** Merges passes into what is stored (earliest pass date wins) and saves. */
function merge(storage: StorageLike | null, incoming: Progress): { progress: Progress; added: number; saved: SaveResult } {
  const { progress } = load(storage);
  let added = 0;
  for (const [id, entry] of Object.entries(incoming.passed)) {
    const mine = progress.passed[id];
    if (!mine) added++;
    if (!mine || Date.parse(entry.at) < Date.parse(mine.at)) progress.passed[id] = entry;
  }
  if (!progress.lastVisited && incoming.lastVisited) progress.lastVisited = incoming.lastVisited;
  for (const [id, pick] of Object.entries(incoming.predictions ?? {})) (progress.predictions ??= {})[id] ??= pick;
  return { progress, added, saved: save(storage, progress) };
}

/** Imports an exported file, merging it into what is stored. */
export function importText(storage: StorageLike | null, text: string): ImportResult {
  const incoming = parse(text);
  if (incoming.problem === 'corrupt' || incoming.problem === 'foreign') return { ok: false, reason: incoming.problem };
  return { ok: true, ...merge(storage, incoming.progress), dropped: incoming.dropped };
}

/**
 * What can still be read from damaged text: the whole value when it parses, else every
 * `"<id>": { "at": "<date>" }` pass found in it (a truncated or partly overwritten store keeps most of these).
 */
export function salvage(raw: string): Progress {
  const parsed = parse(raw);
  if (parsed.problem !== 'corrupt' && parsed.problem !== 'foreign') return parsed.progress;
  const progress = empty();
  for (const m of raw.matchAll(/"([a-z0-9][a-z0-9-]{0,80})"\s*:\s*\{\s*"at"\s*:\s*"([^"]{1,40})"/g)) {
    if (isDate(m[2]) && !progress.passed[m[1]!]) progress.passed[m[1]!] = { at: m[2]! };
  }
  return progress;
}

export type RestoreResult = { found: number; added: number; progress: Progress; saved: SaveResult };

/** Restores a backup by merging the passes that can be read from it into the current progress. */
export function restoreBackup(storage: StorageLike | null, key: string): RestoreResult | null {
  const b = backups(storage).find((x) => x.key === key);
  if (!b) return null;
  const incoming = salvage(b.raw);
  return { found: Object.keys(incoming.passed).length, ...merge(storage, incoming) };
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
