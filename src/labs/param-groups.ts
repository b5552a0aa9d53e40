/**
 * The parameter-groups lab: a small network (base = nn.Linear(4, 8) → ReLU → head = nn.Linear(8, 2), as in
 * lesson 07) trained with AdamW whose parameters are split into groups, each with its own lr and weight_decay;
 * biases can get a group of their own without weight decay. Optional CosineAnnealingLR scales every group's lr.
 * Per group and step: lr, mean |update| and weight norm, plus the loss.
 */
import { torch, nn, optim } from '../engine/index';
import type { Tensor } from '../engine/tensor';
import { assign, callCode, comment, pyValue, type CodeTab } from './code';

export const PG_GROUPS = ['backbone', 'head', 'biases'] as const;
export type PgGroup = (typeof PG_GROUPS)[number];

export interface GroupSettings {
  lr: number;
  wd: number;
}

export interface PgConfig {
  backbone: GroupSettings;
  head: GroupSettings;
  biases: GroupSettings;
  /** biases in their own group (else each bias stays with its layer's group) */
  splitBiases: boolean;
  cosine: boolean;
  steps: number;
}

export const PG_DEFAULT: PgConfig = {
  backbone: { lr: 0.001, wd: 0.01 },
  head: { lr: 0.01, wd: 0.01 },
  biases: { lr: 0.01, wd: 0 },
  splitBiases: true,
  cosine: true,
  steps: 60,
};

export interface GroupTrace {
  group: PgGroup;
  /** parameter names in this group */
  names: string[];
  lr: number[];
  /** mean |θ_after − θ_before| over the group's elements, per step */
  update: number[];
  norm: number[];
}

export interface PgRun {
  groups: GroupTrace[];
  loss: number[];
}

let data: { x: Tensor; y: Tensor } | undefined;
function problem() {
  if (!data) {
    torch.manual_seed(0);
    const x = torch.rand(64, 4);
    const y = torch.cat([x.sum(1, true), x.select(1, 0).sub(x.select(1, 3)).unsqueeze(1)], 1);
    data = { x, y };
  }
  return data;
}

/** Which parameters go in which group. */
export function groupNames(c: Pick<PgConfig, 'splitBiases'>): Record<PgGroup, string[]> {
  return c.splitBiases
    ? { backbone: ['base.weight'], head: ['head.weight'], biases: ['base.bias', 'head.bias'] }
    : { backbone: ['base.weight', 'base.bias'], head: ['head.weight', 'head.bias'], biases: [] };
}

export function runGroups(c: PgConfig): PgRun {
  const { x, y } = problem();
  torch.manual_seed(1);
  const base = nn.Linear(4, 8);
  const head = nn.Linear(8, 2);
  const byName: Record<string, Tensor> = { 'base.weight': base.weight, 'base.bias': base.bias as Tensor, 'head.weight': head.weight, 'head.bias': head.bias as Tensor };
  const names = groupNames(c);
  const used = PG_GROUPS.filter((g) => names[g].length > 0);
  const optimizer = optim.AdamW(used.map((g) => ({ params: names[g].map((n) => byName[n]!), lr: c[g].lr, weight_decay: c[g].wd })));
  const scheduler = c.cosine ? optim.lr_scheduler.CosineAnnealingLR(optimizer, { T_max: c.steps }) : null;
  const criterion = nn.MSELoss();
  const groups: GroupTrace[] = used.map((g) => ({ group: g, names: names[g], lr: [], update: [], norm: [] }));
  const loss: number[] = [];
  for (let step = 0; step < c.steps; step++) {
    const before = used.map((g) => names[g].map((n) => Float64Array.from(byName[n]!.data)));
    optimizer.zero_grad();
    const l = criterion(head(base(x).relu()), y);
    l.backward();
    used.forEach((_, i) => groups[i]!.lr.push(optimizer.param_groups[i]!.lr as number));
    optimizer.step();
    scheduler?.step();
    loss.push(l.item());
    used.forEach((g, i) => {
      let sum = 0;
      let count = 0;
      let sq = 0;
      names[g].forEach((n, j) => {
        const now = byName[n]!.data;
        const old = before[i]![j]!;
        for (let k = 0; k < now.length; k++) {
          sum += Math.abs(now[k]! - old[k]!);
          sq += now[k]! * now[k]!;
        }
        count += now.length;
      });
      groups[i]!.update.push(sum / count);
      groups[i]!.norm.push(Math.sqrt(sq));
    });
  }
  return { groups, loss };
}

/**
 * The optimizer constructor with its parameter groups as cell code (TypeScript, or PyTorch for `tab` 'py'); each
 * group is marked with a comment from `label` (its name in the page language).
 */
export function groupsCode(c: PgConfig, tab: CodeTab = 'ts', label: (g: PgGroup) => string = (g) => g): string {
  const names = groupNames(c);
  const py = tab === 'py';
  const rows = PG_GROUPS.filter((g) => names[g].length > 0).map((g) => {
    const ps = names[g].map((n) => `model.${n}`).join(', ');
    const group = py
      ? `{"params": [${ps}], "lr": ${pyValue(c[g].lr, 'lr')}, "weight_decay": ${pyValue(c[g].wd, 'weight_decay')}}`
      : `{ params: [${ps}], lr: ${c[g].lr}, weight_decay: ${c[g].wd} }`;
    return `${py ? '    ' : '  '}${group},  ${comment(tab, label(g))}`;
  });
  const lines = [assign(tab, 'optimizer', 'optim.AdamW(['), ...rows, '])'];
  if (c.cosine) lines.push(assign(tab, 'scheduler', callCode(tab, 'optim.lr_scheduler.CosineAnnealingLR', ['optimizer'], [['T_max', c.steps]])));
  return lines.join('\n');
}
