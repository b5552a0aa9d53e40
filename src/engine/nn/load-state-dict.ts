/**
 * `Module.load_state_dict` (PyTorch's `strict` rules and error text) and the `_IncompatibleKeys` it returns. Part of
 * the extras chunk (../extras.ts): nn/module.ts calls it through ../lazy.ts (`lazyFunction('loadModuleState')`).
 */
import { RuntimeError } from '../errors';
import { Tensor } from '../tensor';
import { reviveTensor } from '../optim/revive-tensor';
import type { Module } from './module';

type TensorLike = { shape: number[]; data: unknown; dtype?: string };

/** A saved value as shape + numbers: a Tensor, a `{ shape, data }` tensor-like, or `tolist()` nesting (a tensor's JSON). */
function asLoaded(v: unknown): { shape: number[]; data: ArrayLike<number> } | null {
  if (v instanceof Tensor) return { shape: v.shape, data: v.data };
  if (v !== null && typeof v === 'object' && Array.isArray((v as TensorLike).shape) && 'data' in v) {
    const t = reviveTensor(v as TensorLike, 'float64');
    return { shape: t.shape, data: t.data };
  }
  if (typeof v === 'number' || v === null) return { shape: [], data: [v ?? NaN] }; // JSON writes NaN as null
  if (!Array.isArray(v)) return null;
  const shape: number[] = [];
  for (let x: unknown = v; Array.isArray(x); x = x[0]) shape.push(x.length);
  const flat = (v as unknown[]).flat(Infinity) as (number | null)[];
  if (flat.length !== shape.reduce((a, b) => a * b, 1) || flat.some((x) => x !== null && typeof x !== 'number')) return null;
  return { shape, data: flat.map((x) => x ?? NaN) };
}

/** What `load_state_dict` returns: PyTorch's `_IncompatibleKeys` named tuple, printed like it. */
export class IncompatibleKeys {
  constructor(readonly missing_keys: string[], readonly unexpected_keys: string[]) {}
  toString(): string {
    if (this.missing_keys.length === 0 && this.unexpected_keys.length === 0) return '<All keys matched successfully>';
    const list = (a: string[]) => `[${a.map((k) => `'${k}'`).join(', ')}]`;
    return `_IncompatibleKeys(missing_keys=${list(this.missing_keys)}, unexpected_keys=${list(this.unexpected_keys)})`;
  }
}

/**
 * Copies `sd` values into the module's parameters. Values may be tensors or their JSON round trip
 * (`{ shape, data, dtype }`, or `tolist()` nesting), so a checkpoint saved as JSON loads back.
 */
export function loadModuleStateDict(module: Module, sd: Record<string, Tensor | TensorLike>, strict: boolean): IncompatibleKeys {
  if (sd === null || typeof sd !== 'object' || Array.isArray(sd)) {
    throw new TypeError(`Expected state_dict to be dict-like, got ${sd === null ? 'NoneType' : Array.isArray(sd) ? 'list' : typeof sd}.`);
  }
  const own = new Map(module.named_parameters());
  const missing = [...own.keys()].filter((k) => !(k in sd));
  const unexpected = Object.keys(sd).filter((k) => !own.has(k));
  const errors: string[] = [];
  const values = new Map<Tensor, ArrayLike<number>>();
  for (const [k, p] of own) {
    const v = sd[k];
    if (v === undefined) continue;
    const loaded = asLoaded(v);
    if (loaded === null) {
      errors.push(`While copying the parameter named "${k}", expected torch.Tensor or Tensor-like object from checkpoint but received ${typeof v}`);
      continue;
    }
    const shape = loaded.shape;
    if (shape.join() !== p.shape.join()) {
      errors.push(`size mismatch for ${k}: copying a param with shape torch.Size([${shape.join(', ')}]) from checkpoint, the shape in current model is torch.Size([${p.shape.join(', ')}]).`);
      continue;
    }
    values.set(p, loaded.data);
  }
  // PyTorch puts the key errors first: missing, then unexpected, then the per-parameter errors
  if (strict && unexpected.length) errors.unshift(`Unexpected key(s) in state_dict: ${unexpected.map((k) => `"${k}"`).join(', ')}. `);
  if (strict && missing.length) errors.unshift(`Missing key(s) in state_dict: ${missing.map((k) => `"${k}"`).join(', ')}. `);
  if (errors.length) throw new RuntimeError(`Error(s) in loading state_dict for ${module._get_name()}:\n\t${errors.join('\n\t')}`);
  for (const [p, data] of values) p.data.set(data);
  return new IncompatibleKeys(missing, unexpected);
}
