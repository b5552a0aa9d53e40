import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coachTips, tipForError } from './coach';
import { engineNamespaces, execute } from './execute';
import { executeInVm } from './node-vm';

const cell = (name: string) => readFileSync(join(process.cwd(), 'content/cells', `${name}.ts`), 'utf8');
/** Test-only cells (also on the e2e page /{lang}/dev/cells/). */
const fixture = (name: string) => readFileSync(join(process.cwd(), 'e2e/fixtures/cells', `${name}.ts`), 'utf8');

describe('execute with the real engine', () => {
  it('runs the guide loop, prints like the guide and records the trace', async () => {
    const r = await execute(cell('loop-guide'), { autoplot: true });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe('ok');
    expect(r.logs).toHaveLength(5);
    expect(r.logs[0]).toMatch(/^Epoch 0, Loss: \d+\.\d{4}$/);
    expect(r.trace.plots.loss).toHaveLength(100);
    expect(r.trace.events.filter((e) => e.type === 'optimizer:step')).toHaveLength(100);
    expect(r.trace.optimizers).toHaveLength(1);
    const opt = r.trace.optimizers[0]!;
    expect(opt.name).toBe('Adam');
    expect(opt.groups[0]!.lr).toBe(0.001);
    expect(opt.groups[0]!.params.map((p) => p.shape)).toEqual([[1, 10], [1]]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('is deterministic with torch.manual_seed in the cell', async () => {
    const a = await execute(cell('loop-guide'));
    const b = await execute(cell('loop-guide'));
    expect(a.logs).toEqual(b.logs);
  });

  it('prints tensors like PyTorch', async () => {
    const r = await execute('print(torch.tensor([1, 2, 3]))\nprint(torch.zeros(2, 2))');
    expect(r.logs[0]).toBe('tensor([1, 2, 3])');
    expect(r.logs[1]).toContain('tensor([[0., 0.],');
  });

  it('reports engine errors at the learner line', async () => {
    const r = await execute('const a = torch.zeros(2, 3)\nconst b = torch.zeros(4, 5)\nconst c = a.matmul(b)');
    expect(r.status).toBe('error');
    expect(r.error?.line).toBe(3);
  });

  it('reports an allocation past the cap as memory', async () => {
    const r = await execute('print("x")\nconst big = torch.zeros(100000, 100000)');
    expect(r.error).toMatchObject({ kind: 'memory', line: 2 });
  });
});

describe('coach tips on real runs', () => {
  const cases: [string, string][] = [
    ['no-zero-grad', 'gradAccumulation'],
    ['nan', 'nonFinite'],
    ['flat', 'lossFlat'],
    ['sched-order', 'schedulerOrder'],
    ['grad-after-zero', 'gradAfterZero'],
  ];
  for (const [name, tip] of cases) {
    it(`${name} fires ${tip} (and only it)`, async () => {
      const r = await execute(fixture(name));
      expect(r.error).toBeUndefined();
      expect(coachTips(r.trace.events).map((t) => t.id)).toEqual([tip]);
    });
  }
  it('the guide loop stays silent', async () => {
    const r = await execute(cell('loop-guide'));
    expect(coachTips(r.trace.events)).toEqual([]);
  });
});

describe('executeInVm with the real engine', () => {
  it('ends an endless loop and runs the guide loop', async () => {
    const stuck = await executeInVm('print(torch.ones(1))\nwhile (true) {}', { timeoutMs: 300 });
    expect(stuck.status).toBe('timeout');
    expect(stuck.logs).toHaveLength(1);
    const ok = await executeInVm(cell('loop-guide'), { timeoutMs: 5000 });
    expect(ok.status).toBe('ok');
    expect(ok.logs).toHaveLength(5);
  });
});

describe('printing engine objects', () => {
  it('prints modules, losses, optimizers and result tuples as PyTorch does, not as functions or arrays', async () => {
    const r = await execute(
      'torch.manual_seed(0)\nprint(nn.Linear(3, 2))\nprint(nn.MSELoss())\n' +
        'const t = torch.tensor([[1, 5], [3, 2]], { dtype: torch.float32 })\nprint(t.max(1))\nprint([1, 2])',
    );
    expect(r.status).toBe('ok');
    expect(r.logs[0]).toBe('Linear(in_features=3, out_features=2, bias=True)');
    expect(r.logs[1]).toBe('MSELoss()');
    expect(r.logs[2]).toBe('torch.return_types.max(\nvalues=tensor([5., 3.]),\nindices=tensor([1, 0]))');
    expect(r.logs[3]).toBe('[ 1, 2 ]');
  });
});

describe('error tips', () => {
  it('explains int64 tensors made from whole numbers like 3 when a dtype error ends the run', async () => {
    const bad = await execute('const w = torch.tensor([[3], [-2]])\nconst y = torch.randn(4, 2).matmul(w)');
    expect(bad.status).toBe('error');
    expect(tipForError(bad.error)).toEqual({ id: 'intDtype' });
    const grad = await execute('const w = torch.tensor([1, 2])\nw.requires_grad_()');
    expect(tipForError(grad.error)).toEqual({ id: 'intDtype' });
    const other = await execute('torch.randn(2, 3).matmul(torch.randn(2, 3))');
    expect(other.status).toBe('error');
    expect(tipForError(other.error)).toBeUndefined();
  });

  it('a Python # comment line gets its line and column and the pythonComment tip; #private fields do not', async () => {
    const code = 'const a = 1\n  # seed\nconst b = 2';
    const r = await execute(code);
    expect(r.status).toBe('error');
    expect(r.error).toMatchObject({ kind: 'syntax', line: 2, column: 3 });
    expect(tipForError(r.error, code, engineNamespaces)).toMatchObject({ id: 'pythonComment' });
    const priv = 'class C {\n  #n = 1\n  get n() { return this.#n }\n}\nprint(new C().n)\nconst bad = )';
    const p = await execute(priv);
    expect(p.status).toBe('error');
    expect(tipForError(p.error, priv, engineNamespaces)).toBeUndefined();
  });

  it('lr=0.01 keyword arguments get the pythonKwargs tip; an unrelated undefined name does not', async () => {
    const code = 'const m = nn.Linear(1, 1)\nconst opt = optim.SGD(m.parameters(), lr=0.01)';
    const r = await execute(code);
    expect(r.error?.name).toBe('ReferenceError');
    expect(tipForError(r.error, code, engineNamespaces)).toEqual({ id: 'pythonKwargs', params: { name: 'lr' } });
    const other = 'const m = nn.Linear(1, 1)\nif (lr == 0.01) print(m)';
    const o = await execute(other);
    expect(o.error?.name).toBe('ReferenceError');
    expect(tipForError(o.error, other, engineNamespaces)).toBeUndefined();
  });

  it('a wrongly-cased engine name gets didYouMean with the existing spelling', async () => {
    const cases: [string, string, string][] = [
      ['optim.adam([torch.zeros(1)])', 'optim.adam', 'optim.Adam'],
      ['nn.linear(2, 1)', 'nn.linear', 'nn.Linear'],
      ['torch.Randn(2)', 'torch.Randn', 'torch.randn'],
    ];
    for (const [code, name, suggestion] of cases) {
      const r = await execute(code);
      expect(r.error?.name).toBe('TypeError');
      expect(tipForError(r.error, code, engineNamespaces)).toEqual({ id: 'didYouMean', params: { name, suggestion } });
    }
    const sched = 'const o = optim.SGD([torch.zeros(1, { requires_grad: true })], { lr: 0.1 })\noptim.lr_scheduler.steplr(o, 1)';
    const s = await execute(sched);
    expect(tipForError(s.error, sched, engineNamespaces)).toEqual({
      id: 'didYouMean',
      params: { name: 'lr_scheduler.steplr', suggestion: 'lr_scheduler.StepLR' },
    });
    const missing = 'nn.Conv7d(1, 1)';
    const m = await execute(missing);
    expect(m.error?.name).toBe('TypeError');
    expect(tipForError(m.error, missing, engineNamespaces)).toBeUndefined();
  });
});

describe('global modes', () => {
  it('a run killed inside torch.no_grad does not leave grad mode off, nor a changed default dtype', async () => {
    const stuck = await executeInVm(
      'torch.set_default_dtype(torch.float64)\ntorch.no_grad(() => { while (true) {} })',
      { timeoutMs: 300 },
    );
    expect(stuck.status).toBe('timeout');
    const next = await execute('const w = torch.ones(2, { requires_grad: true })\nconst y = w.mul(2).sum()\nprint(y.requires_grad, y.dtype)');
    expect(next.status).toBe('ok');
    expect(next.logs).toEqual(['true float32']);
  });
});

describe('random state', () => {
  it('re-seeding with initial_seed() gives the numbers of a fresh generator (the worker warm-up relies on it)', async () => {
    const fresh = await execute('print(torch.initial_seed())');
    const seed = Number(fresh.logs[0]);
    const a = await execute(`torch.manual_seed(${seed})\nprint(torch.randn(3))`);
    await execute('torch.randn(50)');
    const b = await execute(`torch.manual_seed(${seed})\nprint(torch.randn(3))`);
    expect(a.logs).toEqual(b.logs);
  });
});
