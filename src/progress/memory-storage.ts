/** An in-memory `StorageLike` for the progress tests: `data` shows what was written. Not used by the site. */
import type { StorageLike } from './store';

export function memoryStorage(init: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...init };
  return {
    data,
    getItem: (k) => (k in data ? data[k]! : null),
    setItem: (k, v) => void (data[k] = String(v)),
    removeItem: (k) => void delete data[k],
  };
}
