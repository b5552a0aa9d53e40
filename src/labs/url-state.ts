/**
 * Lab state in the URL hash, shareable like TF Playground: `#lab=<id>&k=v&k2=a,b`.
 * The hash starts with `lab=` so it never collides with the code cells' `#cell=<id>&code=…` share links.
 * Values are plain strings; each lab parses them with the helpers below and falls back to its defaults
 * on anything it does not recognise (a hand-edited link must never break the page).
 */

export type LabParams = Record<string, string>;

/** Reads the state of lab `id` from a hash ("#lab=race&lr=0.01"); null when the hash is for something else. */
export function readLabHash(hash: string, id: string): LabParams | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!h.startsWith('lab=')) return null;
  const sp = new URLSearchParams(h);
  if (sp.get('lab') !== id) return null;
  const out: LabParams = {};
  for (const [k, v] of sp) if (k !== 'lab') out[k] = v;
  return out;
}

/** The hash (with '#') for lab `id` and its params; keys keep their insertion order. */
export function writeLabHash(id: string, params: LabParams): string {
  const sp = new URLSearchParams();
  sp.set('lab', id);
  for (const [k, v] of Object.entries(params)) sp.set(k, v);
  // commas and dots are safe in a fragment; keep the link readable
  return '#' + sp.toString().replace(/%2C/gi, ',');
}

/** A finite number within [min, max], else the fallback. */
export function numParam(p: LabParams | null, key: string, fallback: number, min = -Infinity, max = Infinity): number {
  const raw = p?.[key];
  if (raw === undefined || raw.trim() === '') return fallback;
  const v = Number(raw);
  return Number.isFinite(v) && v >= min && v <= max ? v : fallback;
}

/** One of the allowed values, else the fallback. */
export function enumParam<T extends string>(p: LabParams | null, key: string, allowed: readonly T[], fallback: T): T {
  const raw = p?.[key];
  return raw !== undefined && (allowed as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

/** A comma list filtered to the allowed values (order of `allowed`), else the fallback. */
export function listParam<T extends string>(p: LabParams | null, key: string, allowed: readonly T[], fallback: readonly T[]): T[] {
  const raw = p?.[key];
  if (raw === undefined) return [...fallback];
  const set = new Set(raw.split(',').filter(Boolean));
  return allowed.filter((a) => set.has(a));
}

/** "1"/"0" booleans. */
export function boolParam(p: LabParams | null, key: string, fallback: boolean): boolean {
  const raw = p?.[key];
  return raw === '1' ? true : raw === '0' ? false : fallback;
}

/** Short, exact-enough decimal for the URL (up to 6 significant digits, no trailing zeros). */
export function fmtParam(v: number): string {
  return String(Number(v.toPrecision(6)));
}
