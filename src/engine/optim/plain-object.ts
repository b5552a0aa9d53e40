import { Tensor } from '../tensor';

/**
 * True for an options object or param-group literal (`{ lr: 0.1 }`), also when it was created in another
 * JavaScript realm (learner code run in a `node:vm` context or an iframe has its own `Object.prototype`):
 * a plain object's prototype is some realm's `Object.prototype`, whose own prototype is null.
 */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof Tensor) return false;
  const proto = Object.getPrototypeOf(v) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}
