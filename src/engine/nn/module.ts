/**
 * `nn.Module`: the base class of layers and models.
 *
 * Instances are callable (`model(x)` runs `forward`), because the constructor returns a function object whose
 * prototype chain holds the module's methods. Sub-modules and parameters are registered the Python way, by
 * assignment (`this.fc = nn.Linear(2, 1)` in a constructor): they are collected lazily from the instance's
 * own properties, in insertion order (own parameters first, then children, like _parameters/_modules).
 */
import { pyClassName } from '../py-name';
import { emit, hasListeners } from '../events';
import { NotImplementedError, RuntimeError } from '../errors';
import { checkOptions } from '../options';
import { Tensor } from '../tensor';
import { ParameterClass } from './parameter';
import { lazyFunction } from '../lazy';
import type { IncompatibleKeys } from './load-state-dict';

type TensorLike = { shape: number[]; data: unknown; dtype?: string };

const isParam = (v: unknown): v is Tensor => v instanceof Tensor && v._isParam;

/** The Python signature of a built-in `forward` (without `self`), for PyTorch's argument-count TypeErrors. */
interface PySignature {
  qualname: string;
  params: string[];
}
type ForwardFn = ((...args: unknown[]) => unknown) & { _py?: PySignature };

const quote = (names: string[]) => names.map((n) => `'${n}'`);

/** Python's messages for a call with the wrong number of positional arguments (self counted, as Python does). */
function checkArgCount({ qualname, params }: PySignature, given: number): void {
  if (given > params.length) {
    const n = params.length + 1;
    throw new TypeError(
      `${qualname}() takes ${n} positional argument${n === 1 ? '' : 's'} but ${given + 1} ${given + 1 === 1 ? 'was' : 'were'} given`,
    );
  }
  const missing = quote(params.slice(given));
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
  throw new TypeError(
    `${qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`,
  );
}

/**
 * Marks `cls.prototype.forward` of a built-in module as taking exactly `params` (PyTorch's names), so calling the
 * module with more or fewer inputs raises PyTorch's TypeError. A subclass that overrides `forward` is unaffected.
 */
export function pythonForward(cls: { prototype: Module; name: string }, qualname: string, params: string[]): void {
  const own = Object.getOwnPropertyDescriptor(cls.prototype, 'forward')?.value as ForwardFn | undefined;
  if (!own) throw new Error(`${qualname} defines no forward`);
  own._py = { qualname: `${qualname}.forward`, params };
}

export interface Module {
  /** Calls `forward` (Python's `__call__`). */
  (...args: unknown[]): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export class Module {
  /** Training mode flag (`train()` / `eval()`). */
  declare training: boolean;

  constructor() {
    const self = ((...args: unknown[]) => {
      const forward = (self as unknown as Module).forward as ForwardFn;
      if (forward._py && args.length !== forward._py.params.length) checkArgCount(forward._py, args.length);
      return forward.apply(self, args);
    }) as unknown as Module;
    delete (self as { name?: unknown }).name;
    delete (self as { length?: unknown }).length;
    Object.setPrototypeOf(self, new.target.prototype);
    Object.defineProperty(self, 'training', { value: true, writable: true, enumerable: false });
    return self;
  }

  /** Defines the computation; subclasses override it. */
  forward(..._args: unknown[]): any { // eslint-disable-line @typescript-eslint/no-explicit-any
    throw new NotImplementedError(`Module [${this._get_name()}] is missing the required "forward" function`);
  }

  _get_name(): string {
    return pyClassName(Object.getPrototypeOf(this)?.constructor ?? Module);
  }

  /** Own registered entries: [name, value] for parameters and sub-modules, in insertion order. */
  private _own(): { params: [string, Tensor][]; modules: [string, Module][] } {
    const params: [string, Tensor][] = [];
    const modules: [string, Module][] = [];
    for (const key of Object.keys(this)) {
      const v = (this as unknown as Record<string, unknown>)[key];
      if (isParam(v)) params.push([key, v]);
      else if (v instanceof Module) modules.push([key, v]);
    }
    return { params, modules };
  }

  named_parameters(opts?: { prefix?: string; recurse?: boolean; remove_duplicate?: boolean }): [string, Tensor][] {
    const o = checkOptions('named_parameters', opts, ['prefix', 'recurse', 'remove_duplicate']);
    const out: [string, Tensor][] = [];
    const seen = new Set<Tensor>();
    const dedupe = o.remove_duplicate ?? true;
    for (const [prefix, mod] of o.recurse === false ? [[o.prefix ?? '', this] as [string, Module]] : this.named_modules({ prefix: o.prefix ?? '' })) {
      for (const [name, p] of mod._own().params) {
        if (dedupe && seen.has(p)) continue;
        seen.add(p);
        out.push([prefix ? `${prefix}.${name}` : name, p]);
      }
    }
    return out;
  }

  /** The parameters (an array; Python returns a generator). */
  parameters(recurse: boolean | { recurse?: boolean } = true): Tensor[] {
    const r = typeof recurse === 'object' ? checkOptions('parameters', recurse, ['recurse']).recurse ?? true : recurse;
    return this.named_parameters({ recurse: r }).map(([, p]) => p);
  }

  named_children(): [string, Module][] {
    return this._own().modules;
  }

  children(): Module[] {
    return this._own().modules.map(([, m]) => m);
  }

  named_modules(opts?: { prefix?: string }): [string, Module][] {
    const out: [string, Module][] = [];
    const seen = new Set<Module>();
    const visit = (prefix: string, m: Module): void => {
      if (seen.has(m)) return;
      seen.add(m);
      out.push([prefix, m]);
      for (const [name, c] of m._own().modules) visit(prefix ? `${prefix}.${name}` : name, c);
    };
    visit(opts?.prefix ?? '', this);
    return out;
  }

  modules(): Module[] {
    return this.named_modules().map(([, m]) => m);
  }

  /** Registers (or replaces) a parameter under `name` (null is allowed, like Python's None). */
  register_parameter(name: string, param: Tensor | null): void {
    if (param !== null && !isParam(param)) {
      throw new TypeError(`cannot assign '${(param as unknown) instanceof Tensor ? 'torch.FloatTensor' : typeof param}' object to parameter '${name}' (torch.nn.Parameter or None required)`);
    }
    (this as unknown as Record<string, unknown>)[name] = param;
  }

  add_module(name: string, module: Module | null): void {
    if (module !== null && !((module as unknown) instanceof Module)) throw new TypeError(`${typeof module} is not a Module subclass`);
    (this as unknown as Record<string, unknown>)[name] = module;
  }

  register_module(name: string, module: Module | null): void {
    this.add_module(name, module);
  }

  get_submodule(target: string): Module {
    let m: Module = this;
    for (const part of target ? target.split('.') : []) {
      const next = (m as unknown as Record<string, unknown>)[part];
      if (!(next instanceof Module)) throw new RuntimeError(`${m._get_name()} has no attribute \`${part}\``);
      m = next;
    }
    return m;
  }

  train(mode = true): this {
    for (const m of this.modules()) m.training = !!mode;
    return this;
  }

  eval(): this {
    return this.train(false);
  }

  requires_grad_(requires_grad = true): this {
    for (const p of this.parameters()) p.requires_grad_(requires_grad);
    return this;
  }

  /** Clears the gradients of all parameters (default `set_to_none=True`, as in PyTorch 2.x). */
  zero_grad(opts?: { set_to_none?: boolean } | boolean): void {
    const setToNone = typeof opts === 'boolean' ? opts : checkOptions('zero_grad', opts, ['set_to_none']).set_to_none ?? true;
    const params = this.parameters();
    for (const p of params) {
      if (p._grad === null) continue;
      if (setToNone) {
        p._grad = null;
        p._gradClearedByZeroGrad = true;
      } else {
        p._grad.grad_fn = null;
        p._grad.requires_grad = false;
        p._grad.data.fill(0);
      }
    }
    if (hasListeners()) emit({ type: 'module:zero_grad', set_to_none: setToNone, params: params.map((p) => p.id) });
  }

  /** Applies `fn` to every sub-module (children first) and to this module. */
  apply(fn: (m: Module) => void): this {
    for (const c of this.children()) c.apply(fn);
    fn(this);
    return this;
  }

  /** Casts floating-point parameters in place (`model.double()`, `model.float()`, `model.to(torch.float64)`). */
  to(dtype: string): this {
    const d = dtype.replace(/^torch\./, '');
    if (d === 'cpu') return this;
    const target = d === 'double' ? 'float64' : d === 'float' ? 'float32' : d;
    if (target !== 'float32' && target !== 'float64') throw new TypeError(`nn.Module.to only accepts floating point dtypes, but got desired dtype=${dtype}`);
    for (const p of this.parameters()) {
      if (p.dtype === target) continue;
      p.data = target === 'float32' ? Float32Array.from(p.data) : Float64Array.from(p.data);
      p.dtype = target;
      if (p._grad) p._grad = p._grad.to(target);
    }
    return this;
  }
  double(): this {
    return this.to('float64');
  }
  float(): this {
    return this.to('float32');
  }
  cpu(): this {
    return this;
  }

  /** `{ 'fc.weight': tensor, ... }` (detached tensors sharing storage, insertion-ordered). */
  state_dict(): Record<string, Tensor> {
    const out: Record<string, Tensor> = {};
    for (const [name, p] of this.named_parameters()) out[name] = p.detach();
    return out;
  }

  /**
   * Copies `state_dict` values into the parameters (PyTorch's `strict` rules and error text). Values may be
   * tensors or their JSON round trip (`{ shape, data, dtype }`), so a checkpoint saved as JSON loads back.
   */
  load_state_dict(sd: Record<string, Tensor | TensorLike>, opts?: { strict?: boolean; assign?: boolean } | boolean): IncompatibleKeys {
    const strict = typeof opts === 'boolean' ? opts : checkOptions('load_state_dict', opts, ['strict', 'assign']).strict ?? true;
    return lazyFunction('loadModuleState')(this, sd, strict); // ./load-state-dict.ts, in the extras chunk
  }

  /** Extra text inside the parentheses of the repr (`in_features=3, out_features=2, bias=True`). */
  extra_repr(): string {
    return '';
  }

  toString(): string {
    const extra = this.extra_repr();
    const extraLines = extra ? extra.split('\n') : [];
    const childLines = this.named_children().map(([k, m]) => `(${k}): ${String(m).split('\n').join('\n  ')}`);
    const lines = [...extraLines, ...childLines];
    let s = this._get_name() + '(';
    if (lines.length) {
      if (extraLines.length === 1 && childLines.length === 0) s += extraLines[0];
      else s += '\n  ' + lines.join('\n  ') + '\n';
    }
    return s + ')';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}

export { ParameterClass };
