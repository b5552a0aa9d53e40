/** Layers: Linear, the activations (ReLU, Tanh, Sigmoid, LeakyReLU, Softmax, LogSoftmax), Identity, Flatten. */
import { checkOptions } from '../options';
import { linear } from '../ops/matmul';
import { log_softmax, softmax } from '../ops/softmax';
import { flatten } from '../ops/shape';
import { Tensor } from '../tensor';
import { empty } from '../ops/create';
import { kaiming_uniform_, uniform_, _calculate_fan_in_and_fan_out } from './init';
import { Module, pythonForward } from './module';
import { ParameterClass } from './parameter';
import { get_default_dtype } from '../dtype';

/** `nn.Linear(in_features, out_features, bias=True)`: y = x·Wᵀ + b, W (out, in), PyTorch's init. */
export class Linear extends Module {
  in_features: number;
  out_features: number;
  weight: Tensor;
  bias: Tensor | null;

  constructor(in_features: number, out_features: number, opts?: { bias?: boolean; dtype?: string; device?: string } | boolean) {
    super();
    const o = typeof opts === 'boolean' ? { bias: opts } : checkOptions('Linear', opts, ['bias', 'dtype', 'device']);
    for (const [k, v] of [['in_features', in_features], ['out_features', out_features]] as const) {
      if (typeof v !== 'number' || !Number.isInteger(v)) throw new TypeError(`Linear(): argument '${k}' must be int, not ${typeof v}`);
    }
    this.in_features = in_features;
    this.out_features = out_features;
    const dtype = o.dtype ?? get_default_dtype();
    this.weight = new ParameterClass(empty(out_features, in_features, { dtype }));
    this.bias = o.bias === false ? null : new ParameterClass(empty(out_features, { dtype }));
    this.reset_parameters();
  }

  reset_parameters(): void {
    kaiming_uniform_(this.weight, { a: Math.sqrt(5) });
    if (this.bias !== null) {
      const [fanIn] = _calculate_fan_in_and_fan_out(this.weight);
      const bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
      uniform_(this.bias, -bound, bound);
    }
  }

  override forward(x: Tensor): Tensor {
    return linear(x, this.weight, this.bias);
  }

  override extra_repr(): string {
    return `in_features=${this.in_features}, out_features=${this.out_features}, bias=${this.bias !== null ? 'True' : 'False'}`;
  }
}

export class ReLU extends Module {
  override forward(x: Tensor): Tensor {
    return x.relu();
  }
}

export class Tanh extends Module {
  override forward(x: Tensor): Tensor {
    return x.tanh();
  }
}

export class Sigmoid extends Module {
  override forward(x: Tensor): Tensor {
    return x.sigmoid();
  }
}

export class Identity extends Module {
  override forward(x: Tensor): Tensor {
    return x;
  }
}

/** `nn.LeakyReLU(negative_slope=0.01)`. */
export class LeakyReLU extends Module {
  negative_slope: number;
  constructor(negative_slope: number | { negative_slope?: number } = 0.01) {
    super();
    this.negative_slope = typeof negative_slope === 'number' ? negative_slope : checkOptions('LeakyReLU', negative_slope, ['negative_slope', 'inplace']).negative_slope ?? 0.01;
  }
  override forward(x: Tensor): Tensor {
    return x.relu().sub(x.neg().relu().mul(this.negative_slope));
  }
  override extra_repr(): string {
    return `negative_slope=${this.negative_slope}`;
  }
}

export class Softmax extends Module {
  dim: number | undefined;
  constructor(dim?: number | { dim?: number }) {
    super();
    this.dim = typeof dim === 'object' ? dim.dim : dim;
  }
  override forward(x: Tensor): Tensor {
    return softmax(x, this.dim);
  }
  override extra_repr(): string {
    return `dim=${this.dim ?? 'None'}`;
  }
}

export class LogSoftmax extends Module {
  dim: number | undefined;
  constructor(dim?: number | { dim?: number }) {
    super();
    this.dim = typeof dim === 'object' ? dim.dim : dim;
  }
  override forward(x: Tensor): Tensor {
    return log_softmax(x, this.dim);
  }
  override extra_repr(): string {
    return `dim=${this.dim ?? 'None'}`;
  }
}

/** `nn.Flatten(start_dim=1, end_dim=-1)`. */
export class Flatten extends Module {
  start_dim: number;
  end_dim: number;
  constructor(start_dim: number | { start_dim?: number; end_dim?: number } = 1, end_dim = -1) {
    super();
    if (typeof start_dim === 'object') {
      const o = checkOptions('Flatten', start_dim, ['start_dim', 'end_dim']);
      this.start_dim = o.start_dim ?? 1;
      this.end_dim = o.end_dim ?? -1;
    } else {
      this.start_dim = start_dim;
      this.end_dim = end_dim;
    }
  }
  override forward(x: Tensor): Tensor {
    return flatten(x, this.start_dim, this.end_dim);
  }
  override extra_repr(): string {
    return `start_dim=${this.start_dim}, end_dim=${this.end_dim}`;
  }
}

/** `nn.Sequential(m1, m2, …)`: children named '0', '1', …; calling it chains them. */
export class Sequential extends Module {
  constructor(...modules: Module[]) {
    super();
    modules.forEach((m, i) => {
      if (!(m instanceof Module)) throw new TypeError(`${typeof m} is not a Module subclass`);
      (this as unknown as Record<string, Module>)[String(i)] = m;
    });
  }
  override forward(x: unknown): unknown {
    for (const m of this.children()) x = m(x);
    return x;
  }
  get length(): number {
    return this.children().length;
  }
  /** `seq[i]` in Python. */
  get(i: number): Module {
    const c = this.children();
    const j = i < 0 ? i + c.length : i;
    if (j < 0 || j >= c.length) throw new RangeError(`index ${i} is out of range`);
    return c[j];
  }
  append(m: Module): this {
    (this as unknown as Record<string, Module>)[String(this.children().length)] = m;
    return this;
  }
  [Symbol.iterator](): Iterator<Module> {
    return this.children()[Symbol.iterator]();
  }
}

/** `nn.ModuleList([m1, m2])`: registers a list of modules (index them with `.get(i)` or iterate). */
export class ModuleList extends Module {
  constructor(modules: Module[] = []) {
    super();
    modules.forEach((m, i) => ((this as unknown as Record<string, Module>)[String(i)] = m));
  }
  get length(): number {
    return this.children().length;
  }
  get(i: number): Module {
    const c = this.children();
    return c[i < 0 ? i + c.length : i];
  }
  append(m: Module): this {
    (this as unknown as Record<string, Module>)[String(this.children().length)] = m;
    return this;
  }
  [Symbol.iterator](): Iterator<Module> {
    return this.children()[Symbol.iterator]();
  }
}

// PyTorch's TypeError when a built-in module is called with too many or too few inputs
for (const [cls, name] of [
  [Linear, 'Linear'],
  [ReLU, 'ReLU'],
  [Tanh, 'Tanh'],
  [Sigmoid, 'Sigmoid'],
  [Identity, 'Identity'],
  [LeakyReLU, 'LeakyReLU'],
  [Softmax, 'Softmax'],
  [LogSoftmax, 'LogSoftmax'],
  [Flatten, 'Flatten'],
  [Sequential, 'Sequential'],
] as const) pythonForward(cls, name, ['input']);
