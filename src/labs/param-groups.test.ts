import { describe, expect, it } from 'vitest';
import { groupNames, groupsCode, PG_DEFAULT, runGroups } from './param-groups';

describe('parameter groups lab', () => {
  it('each group keeps its own lr, scaled by the cosine schedule', () => {
    const run = runGroups(PG_DEFAULT);
    const [backbone, head, biases] = run.groups;
    expect(backbone!.lr[0]).toBe(0.001);
    expect(head!.lr[0]).toBe(0.01);
    expect(biases!.lr[0]).toBe(0.01);
    expect(head!.lr[30]! / head!.lr[0]!).toBeCloseTo(backbone!.lr[30]! / backbone!.lr[0]!, 12);
    expect(head!.lr.at(-1)!).toBeLessThan(0.001);
    expect(run.loss.at(-1)!).toBeLessThan(run.loss[0]!);
  });

  it('a 10× smaller lr gives the backbone about 10× smaller first updates (Adam moves ≈ lr per step)', () => {
    const run = runGroups({ ...PG_DEFAULT, cosine: false });
    const ratio = run.groups[1]!.update[0]! / run.groups[0]!.update[0]!;
    expect(ratio).toBeGreaterThan(5);
    expect(ratio).toBeLessThan(20);
  });

  it('without a bias group the biases follow their layer and only two groups exist', () => {
    const c = { ...PG_DEFAULT, splitBiases: false };
    expect(groupNames(c).backbone).toEqual(['base.weight', 'base.bias']);
    expect(runGroups(c).groups.map((g) => g.group)).toEqual(['backbone', 'head']);
    expect(groupsCode(c)).not.toContain('biases');
  });

  it('weight decay only shrinks the groups that have it', () => {
    const strong = { ...PG_DEFAULT, cosine: false, steps: 40, head: { lr: 0.01, wd: 5 } };
    const none = { ...strong, head: { lr: 0.01, wd: 0 } };
    const a = runGroups(strong);
    const b = runGroups(none);
    expect(a.groups[1]!.norm.at(-1)!).toBeLessThan(b.groups[1]!.norm.at(-1)!);
    expect(a.groups[2]!.norm.at(-1)!).toBeGreaterThan(0);
  });

  it('writes the groups as a learner would', () => {
    expect(groupsCode(PG_DEFAULT)).toContain('{ params: [model.base.bias, model.head.bias], lr: 0.01, weight_decay: 0 },  // biases');
  });
});
