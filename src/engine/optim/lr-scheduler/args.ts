/**
 * Scheduler arguments: PyTorch code passes the first required arguments positionally or by keyword
 * (`StepLR(opt, 30)` / `StepLR(opt, step_size=30)`), so the engine accepts
 * `StepLR(opt, 30)`, `StepLR(opt, 30, { gamma: 0.5 })` and `StepLR(opt, { step_size: 30, gamma: 0.5 })`.
 */
import { checkOptions } from '../options';
import { isPlainObject } from '../plain-object';

const isOptionsObject = isPlainObject;

/**
 * Resolves positional arguments + a trailing options object into one record with defaults applied.
 * @param names every parameter in Python's positional order (after `optimizer`)
 * @param required the names without a default
 */
export function schedulerArgs<T extends object>(
  cls: string,
  args: readonly unknown[],
  names: readonly string[],
  required: readonly string[],
  defaults: Partial<T>,
): T {
  let positional = args.slice();
  let opts: Record<string, unknown> = {};
  while (positional.length > 0 && positional[positional.length - 1] === undefined) positional.pop();
  const last = positional[positional.length - 1];
  if (positional.length > 0 && isOptionsObject(last)) {
    opts = checkOptions(`${cls}.__init__`, last, names);
    positional = positional.slice(0, -1);
  }
  if (positional.length > names.length) {
    throw new TypeError(`${cls}.__init__() takes from 2 to ${names.length + 1} positional arguments but ${positional.length + 1} were given`);
  }
  const out: Record<string, unknown> = { ...defaults };
  positional.forEach((v, i) => {
    const name = names[i]!;
    if (opts[name] !== undefined) throw new TypeError(`${cls}.__init__() got multiple values for argument '${name}'`);
    out[name] = v;
  });
  for (const [k, v] of Object.entries(opts)) if (v !== undefined) out[k] = v;
  const missing = required.filter((r) => out[r] === undefined);
  if (missing.length > 0) {
    const list = missing.map((m) => `'${m}'`).join(' and ');
    throw new TypeError(`${cls}.__init__() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`);
  }
  return out as T;
}
