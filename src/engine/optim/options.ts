/**
 * Python keyword arguments → one trailing options object. A misspelt key must fail the way Python fails:
 * `TypeError: Adam.__init__() got an unexpected keyword argument 'weight_decy'`, plus a hint with the
 * closest valid key and the full list (the hint is ours; PyTorch stops after the quote).
 */

/** Levenshtein distance, small strings only (option names). */
function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The valid key closest to `key`, if it is close enough to be a typo. */
export function closestKey(key: string, valid: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const v of valid) {
    const d = editDistance(key.toLowerCase(), v.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = v;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/**
 * Throws PyTorch's TypeError when `opts` has a key outside `validKeys`.
 * @param fnName Python qualified name as it appears in the message, e.g. `Adam.__init__`.
 * @returns `opts` (or `{}` when undefined), for chaining.
 */
export function checkOptions<T extends object>(fnName: string, opts: T | undefined | null, validKeys: readonly string[]): T {
  if (opts === undefined || opts === null) return {} as T;
  if (typeof opts !== 'object' || Array.isArray(opts)) {
    throw new TypeError(`${fnName}() expected keyword arguments as an options object, but got ${Array.isArray(opts) ? 'a list' : typeof opts}`);
  }
  for (const key of Object.keys(opts)) {
    if ((opts as Record<string, unknown>)[key] === undefined) continue;
    if (!validKeys.includes(key)) {
      const near = closestKey(key, validKeys);
      const hint = near !== undefined ? ` Did you mean '${near}'?` : '';
      throw new TypeError(
        `${fnName}() got an unexpected keyword argument '${key}'.${hint} Valid keyword arguments: ${validKeys.join(', ')}`,
      );
    }
  }
  return opts;
}
