/**
 * What an optimizer reports about itself: the `optimizer:step` / `nonfinite` training events and
 * `repr(optimizer)` (docs/pytorch-optim-spec.md §2.8).
 */
import type { Tensor } from '../tensor';
import { emit } from '../events';
import { rawGrad } from './grad';
import { pyValue } from './py-format';
import { num } from './scalar';
import type { ParamGroup } from './param-groups';

interface Steppable {
  readonly _id: number;
  readonly _c: { readonly count: number };
  readonly param_groups: ParamGroup[];
}

/**
 * Emits `optimizer:step`, then `nonfinite` once for each parameter that became NaN/±Inf (`reported` remembers
 * them until they are finite again). Call only when someone listens.
 */
export function emitStepEvents(
  opt: Steppable, updated: number[], skipped: number[], reported: Set<Tensor>, edited: number[] = [], moved: number[] = updated,
): void {
  emit({ type: 'optimizer:step', optimizer: opt._id, count: opt._c.count, lrs: opt.param_groups.map((g) => num(g.lr)), updated, skipped, edited, moved });
  for (const group of opt.param_groups) {
    for (const p of group.params) {
      if (rawGrad(p) === null && !reported.has(p)) continue;
      const d = p.data;
      let bad = NaN;
      let found = false;
      for (let i = 0; i < d.length; i++) {
        if (!Number.isFinite(d[i]!)) {
          bad = d[i]!;
          found = true;
          break;
        }
      }
      if (found && !reported.has(p)) {
        reported.add(p);
        emit({ type: 'nonfinite', where: 'param', value: bad, tensor: p.id });
      } else if (!found) reported.delete(p);
    }
  }
}

/** `repr(optimizer)`: keys sorted, `params` omitted, values printed with Python `str()`. */
export function optimizerRepr(name: string, groups: ParamGroup[], defaults: Record<string, unknown>, floatKeys: readonly string[]): string {
  // PyTorch: name + ' (' then, per group, '\nParameter Group i\n' and one '    key: value\n' line per key; then ')'
  let s = `${name} (`;
  groups.forEach((g, i) => {
    s += `\nParameter Group ${i}\n`;
    for (const key of Object.keys(g).sort()) {
      if (key === 'params') continue;
      const v = g[key] as unknown;
      const floatHint = floatKeys.includes(key) && v === defaults[key];
      s += `    ${key}: ${pyValue(v, floatHint)}\n`;
    }
  });
  return `${s})`;
}
