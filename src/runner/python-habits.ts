/**
 * Python habits that break a TypeScript cell, recognised from the error and the learner's source:
 * `# comment` lines, `lr=0.01` keyword arguments and wrongly-cased names such as `optim.adam`.
 * Pure logic; the engine's namespaces are passed in by the caller.
 */

/** 1-based line and column of the first line whose first non-space character is `#` followed by a space or
 *  the end of the line (`#private` class fields are legal TypeScript and do not count). */
export function pythonCommentAt(code: string): { line: number; column: number } | undefined {
  const lines = code.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)#(?:\s|$)/.exec(lines[i]!);
    if (m) return { line: i + 1, column: m[1]!.length + 1 };
  }
  return undefined;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `name=` (not `==`) appears right after `(` or `,` in the code: a Python keyword argument. */
export function usesAsKwarg(code: string, name: string): boolean {
  return new RegExp(`[(,]\\s*${escapeRe(name)}\\s*=(?![=>])`).test(code);
}

export type Namespaces = Record<string, object | undefined>;

/** Own and inherited enumerable keys plus own non-enumerable ones (classes, getters). */
function keysOf(obj: object): string[] {
  const keys = new Set<string>();
  for (const k in obj) keys.add(k);
  for (const k of Object.getOwnPropertyNames(obj)) keys.add(k);
  return [...keys];
}

/** For `optim.adam is not a function`: the differently-cased key that exists (`Adam`), if exactly one does. */
export function caseSuggestion(
  message: string,
  namespaces: Namespaces,
): { name: string; suggestion: string } | undefined {
  const m = /(?:^|[.\s])(torch|nn|optim|F|lr_scheduler)\.([A-Za-z_$][\w$]*) is not a function/.exec(message);
  if (!m) return undefined;
  const [, ns, name] = m as unknown as [string, string, string];
  const obj = namespaces[ns];
  if (!obj) return undefined;
  const lower = name.toLowerCase();
  const hits = keysOf(obj).filter((k) => k !== name && k.toLowerCase() === lower);
  if (hits.length === 0) return undefined;
  // prefer a callable (a class or function) when several spellings exist
  const callable = hits.find((k) => typeof (obj as Record<string, unknown>)[k] === 'function');
  return { name: `${ns}.${name}`, suggestion: `${ns}.${callable ?? hits[0]!}` };
}
