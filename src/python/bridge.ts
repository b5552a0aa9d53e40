/**
 * The JavaScript module the Python `torch` package talks to (registered in Pyodide as `_oc_engine`): the
 * engine's namespaces, the metadata the Python classes are generated from (./registry.ts), small helpers for
 * what Python cannot do on a JsProxy directly, and the current run's output sink (print lines, plot points).
 * No maths here: every number comes from src/engine.
 */
import { torch, nn, optim, F } from '../engine/index';
import { engineMetadata } from './registry';
import type { PlotOptions } from '../runner/types';

/** Where the running program's output goes; executePython swaps it for each run. */
export interface Sink {
  write(text: string, kind: 'log' | 'warn' | 'error'): void;
  plot(series: unknown, x: unknown, y?: unknown, opts?: PlotOptions): void;
}

const silent: Sink = { write() {}, plot() {} };
const TensorClass = torch.Tensor as unknown as new (...a: unknown[]) => object;
const ModuleClass = nn.Module as unknown as new (...a: unknown[]) => object;
const OptimizerClass = optim.Optimizer as unknown as new (...a: unknown[]) => object;

type Holder = Record<string, unknown> & {
  zero_grad(o: { set_to_none: boolean }): void;
  load_state_dict(sd: unknown, o: { strict: boolean }): { missing_keys: string[]; unexpected_keys: string[] };
  to(dtype: string): unknown;
  _get_name(): string;
};

export function createBridge() {
  const bridge = {
    torch,
    nn,
    optim,
    F,
    lr_scheduler: optim.lr_scheduler,
    /** the metadata as JSON: Python reads it with one call (json.loads) instead of one per field */
    metaJson: JSON.stringify(engineMetadata()),
    sink: silent,
    /** What a JS value is, for the Python side's conversion ('tensor', 'module', 'optimizer', 'array', …). */
    kindOf(x: unknown): string {
      if (x instanceof TensorClass) return (x as { _isParam?: boolean })._isParam ? 'param' : 'tensor';
      if (Array.isArray(x)) return 'array';
      if (x instanceof ModuleClass) return 'module';
      if (x instanceof OptimizerClass) return 'optimizer';
      if (x instanceof Map) return 'map';
      if (typeof x === 'function') return 'function';
      if (x && typeof x === 'object') return Object.getPrototypeOf(x) === Object.prototype || Object.getPrototypeOf(x) === null ? 'dict' : 'object';
      return 'other';
    },
    /** An engine tensor's id (negative for a Parameter), 0 for anything else: one call per result on the hot path. */
    tensorId(x: unknown): number {
      if (!(x instanceof TensorClass)) return 0;
      const t = x as { id: number; _isParam?: boolean };
      return t._isParam ? -t.id : t.id;
    },
    fromEntries: (entries: Iterable<readonly [PropertyKey, unknown]>) => Object.fromEntries(entries),
    array: (...items: unknown[]) => items,
    get: (o: Record<string, unknown>, k: string) => o[k],
    set: (o: Record<string, unknown>, k: string, v: unknown) => {
      o[k] = v;
    },
    has: (o: object, k: string) => o !== null && typeof o === 'object' && k in o,
    keys: (o: object) => Object.keys(o),
    entries: (o: object) => (o instanceof Map ? [...o.entries()] : Object.entries(o)),
    errorOf: (e: unknown) => {
      const err = e as { name?: string; message?: string };
      return [String(err?.name ?? 'Error'), String(err?.message ?? e)];
    },
    /**
     * An engine nn.Module holding the given named parameters as its own (names may contain dots), named `name`:
     * Python modules reuse the engine's zero_grad (with its training event), load_state_dict (with PyTorch's
     * messages) and to(dtype) through it.
     */
    holder(name: string, entries: [string, unknown][]): Holder {
      const m = new ModuleClass() as Holder;
      for (const [k, v] of entries) m[k] = v;
      Object.defineProperty(m, '_get_name', { value: () => name });
      return m;
    },
    write: (text: string, kind: 'log' | 'warn' | 'error') => bridge.sink.write(text, kind),
    plot: (series: unknown, x: unknown, y?: unknown, log?: boolean) =>
      bridge.sink.plot(series, x, y === null ? undefined : y, log ? { log: true } : undefined),
  };
  return bridge;
}

export type Bridge = ReturnType<typeof createBridge>;
