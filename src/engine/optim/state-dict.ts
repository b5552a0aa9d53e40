/**
 * `Optimizer.state_dict()` / `load_state_dict()` in PyTorch's shape (docs/pytorch-optim-spec.md §2.5–2.6):
 *
 *   { state: { 0: { step: Tensor, exp_avg: Tensor, … }, 1: {…} },
 *     param_groups: [{ lr: 0.001, betas: [0.9, 0.999], …, params: [0, 1] }, { …, params: [2] }] }
 *
 * Integer ids number the params in group order across groups. In memory the state values are the live
 * tensors (as in PyTorch). The dict also survives `JSON.parse(JSON.stringify(sd))`: the loader accepts
 * tensor-like objects `{ shape, data, dtype? }` whose `data` is an array or an index-keyed object.
 */
import { Tensor, type DType } from '../tensor';
import { AttributeError, KeyError, ValueError } from './errors';
import { pyTypeName } from './py-format';
import { scalarTensor } from './scalar';
import type { ParamGroup } from './param-groups';
import type { ParamState } from './optimizer';
import { isPlainObject } from './plain-object';
import { isTensorLike, reviveTensor } from './revive-tensor';

export interface OptimizerStateDict {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  state: Record<number, Record<string, any>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  param_groups: ({ params: number[] } & Record<string, any>)[];
}

function copyValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copyValue);
  return v;
}

/** Deep copy of arrays and plain objects (Python `deepcopy` of a param-group list); tensors and functions are shared. */
function deepCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(deepCopy);
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = deepCopy(x);
    return out;
  }
  return v;
}

export function packStateDict(groups: ParamGroup[], state: Map<Tensor, ParamState>): OptimizerStateDict {
  const index = new Map<Tensor, number>();
  let next = 0;
  const param_groups = groups.map((g) => {
    const packed: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(g)) {
      if (k === 'params') continue;
      packed[k] = copyValue(v);
    }
    const ids: number[] = [];
    for (const p of g.params) {
      if (!index.has(p)) index.set(p, next++);
      ids.push(index.get(p)!);
    }
    packed['params'] = ids;
    return packed as OptimizerStateDict['param_groups'][number];
  });
  const packedState: OptimizerStateDict['state'] = {};
  for (const [p, st] of state) {
    const id = index.get(p);
    if (id !== undefined) packedState[id] = { ...st };
  }
  return { state: packedState, param_groups };
}

/** State keys whose values are tensors in PyTorch (a JSON round trip turns them into numbers / nested arrays). */
const TENSOR_STATE_KEYS = new Set([
  'step', 'momentum_buffer', 'exp_avg', 'exp_avg_sq', 'max_exp_avg_sq', 'square_avg', 'grad_avg', 'acc_delta', 'sum',
  'exp_inf', 'mu_product', 'prev', 'step_size', 'eta', 'mu', 'ax',
]);
const SCALAR_STATE_KEYS = new Set(['step', 'mu_product', 'eta', 'mu']);

function flatten(v: unknown, out: number[]): void {
  if (Array.isArray(v)) for (const x of v) flatten(x, out);
  else out.push(v === null ? NaN : Number(v));
}

/** PyTorch `_process_value_according_to_param_policy` + `_cast`: tensors follow the param dtype, `step` keeps its own. */
function castState(param: Tensor, value: unknown, key: string | null): unknown {
  if (value instanceof Tensor || isTensorLike(value)) {
    const keep = key === 'step' || SCALAR_STATE_KEYS.has(key ?? '') || param.dtype === 'int64';
    return reviveTensor(value, keep ? undefined : (param.dtype === 'float32' ? 'float32' : 'float64'));
  }
  if (key !== null && TENSOR_STATE_KEYS.has(key)) {
    if (typeof value === 'number' || (value === null && SCALAR_STATE_KEYS.has(key))) return scalarTensor(value ?? NaN);
    if (Array.isArray(value)) {
      const flat: number[] = [];
      flatten(value, flat);
      const dtype: DType = param.dtype === 'float32' ? 'float32' : 'float64';
      const shape = flat.length === param.data.length ? param.shape.slice() : [flat.length];
      return Tensor._make(dtype === 'float32' ? Float32Array.from(flat) : Float64Array.from(flat), shape, dtype);
    }
  }
  if (Array.isArray(value)) return value.map((v) => castState(param, v, null));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = castState(param, v, k);
    return out;
  }
  return value;
}

/**
 * The failures of PyTorch's `load_state_dict` on a malformed dict, in its order (`state_dict.copy()`, then
 * `state_dict["param_groups"]`, `len(...)`, each group's `"params"`, then `state_dict["state"].items()`).
 */
function checkShape(sd: unknown, groupCount: number): asserts sd is OptimizerStateDict {
  const t = pyTypeName(sd);
  if (t !== 'dict' && t !== 'list') throw new AttributeError(`'${t}' object has no attribute 'copy'`);
  if (Array.isArray(sd)) throw new TypeError('list indices must be integers or slices, not str');
  const d = sd as Record<string, unknown>;
  if (!('param_groups' in d)) throw new KeyError("'param_groups'");
  const saved = d['param_groups'];
  if (!Array.isArray(saved)) {
    const st = pyTypeName(saved);
    if (st !== 'dict' && st !== 'str') throw new TypeError(`object of type '${st}' has no len()`);
    throw new ValueError('loaded state dict has a different number of parameter groups');
  }
  if (saved.length === groupCount) {
    for (const g of saved) {
      if (pyTypeName(g) !== 'dict') throw new TypeError(`${pyTypeName(g) === 'list' ? 'list' : 'string'} indices must be integers or slices, not str`);
      if (!('params' in (g as object))) throw new KeyError("'params'");
      const pt = pyTypeName((g as { params: unknown }).params);
      if (pt !== 'list' && pt !== 'dict' && pt !== 'str') throw new TypeError(`object of type '${pt}' has no len()`);
    }
  }
}

function checkState(sd: OptimizerStateDict): void {
  if (!('state' in sd)) throw new KeyError("'state'");
  const t = pyTypeName(sd.state);
  if (t !== 'dict') throw new AttributeError(`'${t}' object has no attribute 'items'`);
}

export function unpackStateDict(
  groups: ParamGroup[],
  sd: OptimizerStateDict,
): { groups: ParamGroup[]; state: Map<Tensor, ParamState> } {
  checkShape(sd, groups.length);
  const saved = deepCopy(sd.param_groups) as OptimizerStateDict['param_groups'];
  if (groups.length !== saved.length) {
    throw new ValueError('loaded state dict has a different number of parameter groups');
  }
  if (groups.some((g, i) => g.params.length !== saved[i]!.params.length)) {
    throw new ValueError("loaded state dict contains a parameter group that doesn't match the size of optimizer's group");
  }
  checkState(sd);
  const idMap = new Map<number, Tensor>();
  saved.forEach((g, i) => g.params.forEach((id, j) => idMap.set(Number(id), groups[i]!.params[j]!)));

  const state = new Map<Tensor, ParamState>();
  for (const [k, v] of Object.entries(sd.state)) {
    const param = idMap.get(Number(k));
    if (param === undefined) continue; // PyTorch keeps unknown ids keyed by id; they can never be used
    state.set(param, castState(param, v, null) as ParamState);
  }
  const newGroups = saved.map((g, i) => {
    const ng = g as unknown as ParamGroup;
    ng.params = groups[i]!.params;
    if (!('param_names' in g) && 'param_names' in groups[i]!) ng['param_names'] = groups[i]!['param_names'];
    return ng;
  });
  return { groups: newGroups, state };
}
