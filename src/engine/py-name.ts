/**
 * Python class names that survive minification. Reprs and messages show PyTorch's class names (`Linear(…)`,
 * `MSELoss()`, `SGD (…)`), but a minifier renames JavaScript classes (`oa`, `Oi`), so `constructor.name` is not
 * to be trusted for the engine's own classes. The public namespaces (`nn`, `optim`, `lr_scheduler`) already
 * spell every name as a key: `namePublicClasses(ns)` stores each key as the class's own static `pyName`.
 * A learner's subclass (`class Net extends nn.Module`) has no own `pyName` and keeps its (unminified) name.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctor = { name: string; pyName?: string; prototype?: any };

/** The Python class name of a constructor: its own static `pyName`, else its JS name. */
export function pyClassName(ctor: unknown): string {
  const c = ctor as Ctor | null | undefined;
  if (!c) return 'object';
  return Object.prototype.hasOwnProperty.call(c, 'pyName') ? c.pyName! : c.name;
}

/** For each `Name: callable(Class)` entry: `Class.pyName = 'Name'` (unless set) and the wrapper is named too. */
export function namePublicClasses(ns: Record<string, unknown>): void {
  for (const [key, v] of Object.entries(ns)) {
    if (typeof v !== 'function' || !/^[A-Z]/.test(key)) continue;
    // callable wrappers share the class's prototype and inherit from the class itself
    const proto = Object.getPrototypeOf(v) as unknown;
    const cls = typeof proto === 'function' && (proto as Ctor).prototype === (v as Ctor).prototype ? (proto as Ctor) : (v as Ctor);
    if (!Object.prototype.hasOwnProperty.call(cls, 'pyName')) Object.defineProperty(cls, 'pyName', { value: key, configurable: true });
    Object.defineProperty(v, 'name', { value: key, configurable: true });
  }
}
