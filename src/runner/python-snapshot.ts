/**
 * The page's copy of a fresh Python interpreter's memory snapshot (made by the page's first Python worker, see
 * python-worker.ts): kept in memory for the next workers of this page and in Cache Storage for the next pages,
 * under the versioned Pyodide path, so a new Pyodide version never restores an old snapshot. Restoring takes a
 * fraction of a cold start (see scripts/bench/cells.mjs). Everything is best effort: without a snapshot a worker
 * simply starts the slow way.
 */
import { PYODIDE } from 'virtual:oc-pyodide';

const CACHE = 'oc-python-snapshot';
let memory: ArrayBuffer | undefined;

const key = (): string => new URL(`${PYODIDE.base}interpreter.snapshot`, location.href).href;

/** The snapshot, from this page or an earlier one; undefined when there is none yet. */
export async function loadSnapshot(): Promise<ArrayBuffer | undefined> {
  if (memory) return memory;
  try {
    const hit = await (await caches.open(CACHE)).match(key());
    if (hit) memory ??= await hit.arrayBuffer();
  } catch {
    /* no Cache Storage (e.g. an insecure origin): in-page only */
  }
  return memory;
}

/** Keeps a new snapshot; stores it for later pages and drops those of other Pyodide versions. */
export function keepSnapshot(data: ArrayBuffer): void {
  memory = data;
  void (async () => {
    const cache = await caches.open(CACHE);
    for (const req of await cache.keys()) if (req.url !== key()) await cache.delete(req);
    await cache.put(key(), new Response(data, { headers: { 'Content-Type': 'application/octet-stream' } }));
  })().catch(() => undefined);
}
