/**
 * Python keyword arguments become one trailing options object with PyTorch's snake_case keys.
 * `checkOptions` rejects unknown keys the way Python rejects unknown keyword arguments:
 *
 *   checkOptions('tensor', { requires_grd: true }, ['dtype', 'requires_grad'])
 *   // TypeError: tensor() got an unexpected keyword argument 'requires_grd'
 *   //            (valid keyword arguments: dtype, requires_grad; did you mean 'requires_grad'?)
 *
 * Used by every engine function that takes options (tensor factories, nn, losses, optimizers, schedulers).
 */

/** Levenshtein distance, small and allocation-light (keys are short). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The valid key closest to `key`, if it is plausibly a typo of it. */
export function closestKey(key: string, validKeys: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of validKeys) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/**
 * Throws `TypeError("<fnName>() got an unexpected keyword argument '<key>'")` for the first key of `opts`
 * that is not in `validKeys` (the hint in parentheses lists the valid keys and a likely intended one).
 * `undefined`/`null` opts are accepted (no keyword arguments). A non-object (e.g. a number passed where an
 * options object belongs) throws a TypeError too. Returns `opts` typed, or `{}`.
 */
export function checkOptions<T extends object>(
  fnName: string,
  opts: T | undefined | null,
  validKeys: readonly string[],
): Partial<T> {
  if (opts === undefined || opts === null) return {};
  if (typeof opts !== 'object' || Array.isArray(opts)) {
    throw new TypeError(
      `${fnName}() expected keyword arguments as an options object { ${validKeys.join(', ')} }, but got ${
        Array.isArray(opts) ? 'an array' : typeof opts
      }`,
    );
  }
  for (const key of Object.keys(opts)) {
    if (!validKeys.includes(key)) {
      const guess = closestKey(key, validKeys);
      const hint = validKeys.length
        ? ` (valid keyword arguments: ${validKeys.join(', ')}${guess ? `; did you mean '${guess}'?` : ''})`
        : ' (it takes no keyword arguments)';
      throw new TypeError(`${fnName}() got an unexpected keyword argument '${key}'${hint}`);
    }
  }
  return opts;
}
