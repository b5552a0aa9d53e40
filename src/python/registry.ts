/**
 * The engine's surface as metadata for the Python layer: which tensor methods and properties, `torch.*`
 * functions, `nn` modules, `nn.functional`/`nn.init` functions, optimizers and schedulers exist. The Python
 * package generates its classes and functions from this at start-up (src/python/torch/_generate.py), so a
 * method added to the engine appears in Python without editing a list.
 *
 * ADAPTER: until the engine's typed op registry lands (issue 13 §1), the metadata is read from the engine
 * objects themselves (the Tensor prototype and the namespaces' keys). Switch `engineMetadata()` to the registry
 * then; its shape stays the same.
 */
import { torch, nn, optim, F } from '../engine/index';

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
  /** Tensor methods (callables on the prototype) */
  tensorMethods: string[];
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

function prototypeNames(): { methods: string[]; props: string[] } {
  const methods: string[] = [];
  const props: string[] = ['shape', 'dtype', 'requires_grad', 'grad', 'grad_fn'];
  const proto = (torch.Tensor as unknown as { prototype: object }).prototype;
  for (const k of Object.getOwnPropertyNames(proto)) {
    if (!publicName(k)) continue;
    const d = Object.getOwnPropertyDescriptor(proto, k)!;
    if (d.get) props.push(k);
    else if (typeof d.value === 'function') methods.push(k);
  }
  return { methods, props: [...new Set(props)] };
}

let cached: EngineMetadata | null = null;

export function engineMetadata(): EngineMetadata {
  if (cached) return cached;
  const { methods, props } = prototypeNames();
  const moduleProto = (nn.Module as unknown as { prototype: object }).prototype;
  const lrs = optim.lr_scheduler as unknown as Record<string, unknown>;
  const t = torch as unknown as Record<string, unknown>;
  const utils = t['utils'] as Record<string, unknown> | undefined;
  const nnUtils = (nn as unknown as Record<string, unknown>)['utils'];
  const functional = new Set(functionsOf(torch));
  cached = {
    tensorOps: methods.map((name) => ({ name, functional: functional.has(name), params: null, varargs: null, keywords: [], inplace: name.endsWith('_') })),
    tensorMethods: methods,
    tensorProperties: props,
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
