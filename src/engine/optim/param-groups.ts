/**
 * Normalising the `params` argument of an optimizer and of `add_param_group` exactly as PyTorch's
 * `Optimizer.__init__` / `add_param_group` do (docs/pytorch-optim-spec.md §2.1–2.2), including their errors.
 */
import { Tensor } from '../tensor';
import { TypeError_, ValueError } from './errors';
import { pyTypeName } from './py-format';
import { isPlainObject } from './plain-object';

/** One parameter group: the tensors plus every hyper-parameter (group values win over defaults). */
export interface ParamGroup {
  params: Tensor[];
  lr: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [option: string]: any;
}

/** What learners pass as a group: `{ params: model.fc.parameters(), lr: 1e-4 }`. */
export interface ParamGroupInput {
  params: Iterable<Tensor> | Tensor | Iterable<[string, Tensor]>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [option: string]: any;
}

/** `params` argument: tensors, `[name, tensor]` pairs (named_parameters()) or param-group objects. */
export type ParamsInput = Iterable<Tensor> | Iterable<ParamGroupInput> | Iterable<[string, Tensor]>;


function isNamedParam(v: unknown): v is [string, Tensor] {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string';
}

function isIterable(v: unknown): v is Iterable<unknown> {
  return v !== null && v !== undefined && typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** `Optimizer.__init__` steps 1–4: the list of raw group objects to pass to `add_param_group`. */
export function normaliseParams(params: unknown): Record<string, unknown>[] {
  if (params instanceof Tensor) {
    throw new TypeError_(
      `params argument given to the optimizer should be an iterable of Tensors or dicts, but got ${pyTypeName(params)}`,
    );
  }
  if (!isIterable(params) || typeof params === 'string') {
    throw new TypeError_(`'${pyTypeName(params)}' object is not iterable`);
  }
  const list = Array.from(params);
  if (list.length === 0) throw new ValueError('optimizer got an empty parameter list');
  if (!isPlainObject(list[0])) return [{ params: list }];
  return list as Record<string, unknown>[];
}

/** `add_param_group` step 2–3: the group's tensors (and names when given as `[name, tensor]`). */
export function groupTensors(group: Record<string, unknown>, differentiable: boolean): { params: Tensor[]; names: string[] | null } {
  const raw = group['params'];
  if (raw instanceof Set) {
    throw new TypeError_(
      'optimizer parameters need to be organized in ordered collections, but the ordering of tensors in sets will change between runs. Please use a list instead.',
    );
  }
  let list: unknown[];
  if (raw instanceof Tensor) list = [raw];
  else if (isIterable(raw)) list = Array.from(raw);
  else throw new TypeError_(`'${pyTypeName(raw)}' object is not iterable`);

  const named = list.length > 0 && isNamedParam(list[0]);
  const params: Tensor[] = [];
  const names: string[] = [];
  for (const item of list) {
    if (isNamedParam(item) !== named) {
      throw new ValueError('all optimizer params should be with/without names. Some param names are missing');
    }
    const t = named ? (item as [string, unknown])[1] : item;
    if (named) names.push((item as [string, unknown])[0]);
    if (!(t instanceof Tensor)) {
      throw new TypeError_(`optimizer can only optimize Tensors, but one of the params is ${pyTypeName(t)}`);
    }
    const leafInfo = t as unknown as { is_leaf?: boolean; retains_grad?: boolean };
    if (!differentiable && leafInfo.is_leaf === false && leafInfo.retains_grad !== true) {
      throw new ValueError("can't optimize a non-leaf Tensor");
    }
    params.push(t);
  }
  return { params, names: named ? names : null };
}
