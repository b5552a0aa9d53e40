/**
 * Splits an esbuild metafile's outputs (a `splitting: true` build) into what loads eagerly with an entry (the
 * entry and every chunk reached through static imports) and what loads only on demand (the rest: dynamic
 * imports and their own chunks). Source maps are left out. Used by `npm run bench:engine` for the engine's size.
 */
type Outputs = Record<string, { imports: { path: string; kind: string }[] }>;

export function engineChunks(outputs: Outputs, entry: string): { eager: string[]; lazy: string[] } {
  const eager = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const i of outputs[file]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  const code = Object.keys(outputs).filter((f) => !f.endsWith('.map'));
  return { eager: code.filter((f) => eager.has(f)), lazy: code.filter((f) => !eager.has(f)) };
}
