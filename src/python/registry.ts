/**
 * The engine's surface as metadata for the Python layer: which tensor methods and properties, `torch.*`
 * functions, `nn` modules, `nn.functional`/`nn.init` functions, optimizers and schedulers exist. The Python
 * package generates its classes and functions from this at start-up (src/python/torch/_generate.py), so a
 * method added to the engine appears in Python without editing a list.
 *
 * Tensor ops come from the engine's op registry (`TENSOR_OPS`, src/engine/ops/registry.ts: names, positional
 * parameters, keyword-only options, in-place flag, functional form); the other namespaces are read from the
 * engine objects themselves (their keys), which are their registries.
 */
import { torch, nn, optim, F } from '../engine/index';
import { TENSOR_OPS } from '../engine/ops/registry';

/** A parameter of an op; no `default` = required. */
export interface ParamMeta {
  name: string;
  default?: null | boolean | number | string;
}

/** One tensor op, as the registry describes it (issue 13 §1: `TENSOR_OPS` in src/engine/ops/registry.ts). */
export interface OpMeta {
  name: string;
  /** `torch.name(input, …)` exists */
  functional: boolean;
  /** positional parameters after self (Python kwargs with these names go to their position); null = not known */
  params: ParamMeta[] | null;
  /** `*dims`-style variadic parameter, or null */
  varargs: string | null;
  /** keyword-only parameters: the engine takes them as one trailing options object */
  keywords: ParamMeta[];
  inplace: boolean;
}

export interface EngineMetadata {
  /** Tensor ops (methods on the prototype) with their signatures */
  tensorOps: OpMeta[];
  /** Tensor properties (getters and data fields) readable from Python */
  tensorProperties: string[];
  /** `torch.*` functions (not classes) */
  torchFunctions: string[];
  /** `torch.nn` module classes (subclasses of nn.Module), without Module itself */
  nnModules: string[];
  /** `torch.nn.functional.*` */
  nnFunctional: string[];
  /** `torch.nn.init.*` */
  nnInit: string[];
  /** `torch.optim.*` optimizer classes, without the base class */
  optimizers: string[];
  /** `torch.optim.lr_scheduler.*` classes, without the base class */
  schedulers: string[];
  /** `torch.utils.data.*` classes (empty until the engine has them) */
  utilsData: string[];
  /** `torch.nn.utils.*` functions (empty until the engine has them) */
  nnUtils: string[];
}

const isClass = (v: unknown): boolean =>
  typeof v === 'function' && !!(v as { prototype?: object }).prototype && Object.getOwnPropertyNames((v as { prototype: object }).prototype).length > 1;
const publicName = (k: string) => !k.startsWith('_') && k !== 'constructor' && k !== 'default';
const functionsOf = (ns: unknown): string[] =>
  ns && typeof ns === 'object' ? Object.keys(ns).filter((k) => publicName(k) && typeof (ns as Record<string, unknown>)[k] === 'function') : [];

/** Getters of the Tensor prototype (`is_leaf`, `ndim`, `T`, …) plus the data fields Python reads. */
function tensorProperties(): string[] {
  const props: string[] = ['shape', 'dtype', 'requires_grad', 'grad', 'grad_fn'];
  for (let proto = (torch.Tensor as unknown as { prototype: object }).prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const k of Object.getOwnPropertyNames(proto)) {
      if (publicName(k) && Object.getOwnPropertyDescriptor(proto, k)!.get) props.push(k);
    }
  }
  return [...new Set(props)];
}

let cached: EngineMetadata | null = null;

export function engineMetadata(): EngineMetadata {
  if (cached) return cached;
  const moduleProto = (nn.Module as unknown as { prototype: object }).prototype;
  const lrs = optim.lr_scheduler as unknown as Record<string, unknown>;
  const t = torch as unknown as Record<string, unknown>;
  const utils = t['utils'] as Record<string, unknown> | undefined;
  const nnUtils = (nn as unknown as Record<string, unknown>)['utils'];
  cached = {
    tensorOps: TENSOR_OPS.map((o) => ({ name: o.name, functional: o.functional, params: [...o.params], varargs: o.varargs, keywords: [...o.keywords], inplace: o.inplace })),
    tensorProperties: tensorProperties(),
    torchFunctions: functionsOf(torch).filter((k) => !isClass(t[k])),
    nnModules: Object.keys(nn).filter((k) => {
      const v = (nn as unknown as Record<string, unknown>)[k];
      return k !== 'Module' && typeof v === 'function' && (v as { prototype?: object }).prototype instanceof (nn.Module as unknown as new () => object);
    }).filter(() => moduleProto !== undefined),
    nnFunctional: functionsOf(F),
    nnInit: functionsOf(nn.init),
    optimizers: Object.keys(optim).filter((k) => k !== 'Optimizer' && k !== 'lr_scheduler'),
    schedulers: Object.keys(lrs).filter((k) => k !== 'LRScheduler'),
    utilsData: utils && typeof utils['data'] === 'object' ? Object.keys(utils['data'] as object).filter(publicName) : [],
    nnUtils: functionsOf(nnUtils),
  };
  return cached;
}
