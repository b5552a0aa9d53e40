/**
 * Takes network, storage and worker APIs away from a global scope before learner code runs in it
 * (defence in depth next to the page's Content-Security-Policy). Works on any object with a prototype chain,
 * so it is unit-testable in Node.
 */
import { BLOCKED_GLOBALS } from './protocol';

/** Removes each name from the scope and its prototypes, then pins it to `undefined`. Returns what was blocked. */
export function neutralize(scope: object, names: readonly string[] = BLOCKED_GLOBALS): string[] {
  const blocked: string[] = [];
  for (const name of names) {
    let had = false;
    for (let o: object | null = scope; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
      const d = Object.getOwnPropertyDescriptor(o, name);
      if (!d) continue;
      had = true;
      try {
        delete (o as Record<string, unknown>)[name];
      } catch {
        /* non-configurable: pinned below */
      }
    }
    try {
      Object.defineProperty(scope, name, { value: undefined, writable: false, configurable: false, enumerable: false });
    } catch {
      /* already pinned */
    }
    if (had) blocked.push(name);
  }
  return blocked;
}
