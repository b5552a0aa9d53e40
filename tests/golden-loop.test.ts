/**
 * The training loop vs real PyTorch 2.x (tests/golden/loop.json, from scripts/golden/gen_loop.py; cases in
 * tests/golden/loop-cases.ts): DataLoader order under torch.manual_seed and the default generator afterwards,
 * clip_grad_norm_ / clip_grad_value_, Dropout masks, optimizer reprs, and save → load → resume.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- engine values are driven by case tables */
import { describe, expect, it } from 'vitest';
import { torch, nn, optim } from '../src/engine/index';
import {
  CLIP_CASES, DATA_CASES, DROPOUT_CASES, REPR_CASES, RESUME_CASES, RESUME_PROBLEM, type ResumeCase,
} from './golden/loop-cases';
import { assertClose, decodeAll, F32, F64, fingerprint, loadFixture, values, type Encoded, type Tol } from './golden/compare';

const fixture = loadFixture<any>('loop.json');
const T = torch as any;
const O = optim as any;

/** FNV-1a of the comma-joined indices (gen_loop.py computes the same). */
function fnv(ints: number[]): string {
  const text = ints.join(',');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** float32 results within one float32 rounding (rtol 1e-6), float64 at F64. */
const TOL: Record<string, Tol> = { float32: { rtol: 1e-6, atol: 1e-7 }, float64: F64 };
const near = (actual: readonly number[], expected: readonly Encoded[], dtype: string, ctx: string) =>
  assertClose(ctx, decodeAll(expected), actual, TOL[dtype]!);

/** The fixture stores floats to 15 significant digits (common.r15): bit-exact results compare equal after it. */
const r15 = (a: number[]) => a.map((x) => Number(x.toPrecision(15)));
const deepR15 = (v: unknown): unknown =>
  typeof v === 'number' ? Number(v.toPrecision(15)) : Array.isArray(v) ? v.map(deepR15)
    : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepR15(x)])) : v;

function caseOf(kind: string, c: { name: string }): any {
  const got = fixture.cases[`${kind}:${c.name}`];
  expect(got, `${kind}:${c.name} missing (regenerate)`).toBeDefined();
  expect(got.fp, `${kind}:${c.name} changed since generation (regenerate)`).toBe(fingerprint(c));
  return got;
}

describe('golden training loop (PyTorch ' + fixture.torch + ')', () => {
  it('the fixture has exactly the table\'s cases', () => {
    const names = [
      ...DATA_CASES.map((c) => `data:${c.name}`), ...CLIP_CASES.map((c) => `clip:${c.name}`),
      ...DROPOUT_CASES.map((c) => `dropout:${c.name}`), ...REPR_CASES.map((c) => `repr:${c.name}`),
      ...RESUME_CASES.map((c) => `resume:${c.name}`),
    ].sort();
    expect(Object.keys(fixture.cases).sort()).toEqual(names);
  });

  it.each(DATA_CASES.map((c) => [c.name, c] as const))('DataLoader order %s', (_n, c) => {
    const want = caseOf('data', c);
    torch.manual_seed(c.seed);
    const ds = T.utils.data.TensorDataset(T.arange(c.n, { dtype: torch.float32 }), T.arange(c.n).mul(2));
    const loader = T.utils.data.DataLoader(ds, { batch_size: c.batch_size, shuffle: c.shuffle, drop_last: c.drop_last });
    expect(loader.__len__()).toBe(want.len);
    for (const epoch of want.epochs) {
      const order: number[] = [];
      const sizes: number[] = [];
      for (const [x, y] of loader) {
        expect(values(y)).toEqual(values(x).map((v) => v * 2));
        expect(y.dtype).toBe('int64');
        order.push(...values(x));
        sizes.push(x.shape[0]);
      }
      expect(order.slice(0, 16)).toEqual(epoch.head);
      expect(order.length).toBe(epoch.count);
      expect(fnv(order)).toBe(epoch.fnv);
      expect(sizes.length).toBe(epoch.nb);
      expect(sizes[sizes.length - 1] ?? 0).toBe(epoch.last);
      expect(sizes.slice(0, -1).every((s) => s === c.batch_size)).toBe(true);
    }
    expect(r15(values(torch.rand(2)))).toEqual(decodeAll(want.after));
  });

  it.each(CLIP_CASES.map((c) => [c.name, c] as const))('clip_grad %s (bit for bit)', (_n, c) => {
    const want = caseOf('clip', c);
    const params = c.grads.map((g) => {
      const p = torch.zeros(g.length, { dtype: c.dtype, requires_grad: true });
      p.grad = torch.tensor(g, { dtype: c.dtype });
      return p;
    });
    if (c.fn === 'norm') {
      const total = nn.utils.clip_grad_norm_(params, c.max_norm, { norm_type: c.norm_type ?? 2 });
      expect(total.dtype).toBe(want.total_dtype);
      expect(r15([total.item()])).toEqual(decodeAll([want.total]));
    } else {
      expect(nn.utils.clip_grad_value_(params, c.max_norm)).toBeUndefined();
    }
    params.forEach((p, i) => expect(r15(values(p.grad!))).toEqual(decodeAll(want.grads[i])));
  });

  it.each(DROPOUT_CASES.map((c) => [c.name, c] as const))('Dropout mask %s (bit for bit)', (_n, c) => {
    const want = caseOf('dropout', c);
    torch.manual_seed(c.seed);
    const drop = nn.Dropout(c.p);
    const y = drop(torch.ones(c.shape, { dtype: c.dtype }));
    expect(r15(values(y))).toEqual(decodeAll(want.y));
    expect(r15(values(torch.rand(2)))).toEqual(decodeAll(want.after));
  });

  it.each(REPR_CASES.map((c) => [c.name, c] as const))('print(optimizer) %s', (_n, c) => {
    const want = caseOf('repr', c);
    const opt = O[c.optimizer]([torch.zeros(2, { requires_grad: true })], c.options);
    expect(String(opt)).toBe(want.repr);
  });

  it.each(RESUME_CASES.map((c) => [c.name, c] as const))('save, load and resume %s = the uninterrupted run', (_n, c) => {
    const want = caseOf('resume', c);
    const X = torch.tensor(RESUME_PROBLEM.x, { dtype: torch.float32 });
    const Y = torch.tensor(RESUME_PROBLEM.y, { dtype: torch.float32 });
    const full = runResume(c, X, Y, null);
    const resumed = runResume(c, X, Y, c.save_at);
    expect(resumed.losses).toEqual(full.losses);
    expect(resumed.params).toEqual(full.params);
    near(full.losses, want.losses, 'float32', 'losses');
    near(full.lrs, want.lrs, 'float64', 'lrs');
    full.params.forEach((p: number[], i: number) => near(p, want.params[i], 'float32', `param ${i}`));
    // the saved optimizer state and scheduler state have PyTorch's keys and values
    const sd = resumed.saved!;
    expect(Object.keys(sd.optimizer.state)).toEqual(Object.keys(want.saved_state));
    for (const [id, st] of Object.entries(want.saved_state as Record<string, Record<string, Encoded[]>>)) {
      expect(Object.keys(sd.optimizer.state[id])).toEqual(Object.keys(st));
      // float32 buffers that accumulate gradients: F32 (the engine's float32 gradients sum in double, issue 11.2)
      for (const [k, v] of Object.entries(st)) assertClose(`state ${id}.${k}`, decodeAll(v), values(sd.optimizer.state[id][k]), F32);
    }
    expect(deepR15(JSON.parse(JSON.stringify(sd.optimizer.param_groups)))).toEqual(want.saved_groups);
    const sched = deepR15(JSON.parse(JSON.stringify(sd.scheduler))) as Record<string, unknown>;
    for (const [k, v] of Object.entries(want.saved_scheduler)) expect([k, sched[k]]).toEqual([k, v]);
  });
});

interface Saved { model: any; optimizer: any; scheduler: any }

function build(c: ResumeCase, seed: number) {
  torch.manual_seed(seed);
  const model: any = nn.Linear(3, 1);
  const opt = O[c.optimizer](model.parameters(), c.options);
  const sched = (optim.lr_scheduler as any)[c.scheduler](opt, c.scheduler_options);
  return { model, opt, sched };
}

/** Trains c.steps steps; with `saveAt`, saves after saveAt steps and continues in fresh objects loaded from a JSON copy. */
function runResume(c: ResumeCase, X: any, Y: any, saveAt: number | null) {
  let { model, opt, sched } = build(c, RESUME_PROBLEM.seed);
  const losses: number[] = [];
  const lrs: number[] = [];
  let saved: Saved | null = null;
  for (let step = 0; step < c.steps; step++) {
    if (step === saveAt) {
      saved = { model: model.state_dict(), optimizer: opt.state_dict(), scheduler: sched.state_dict() };
      const copy = JSON.parse(JSON.stringify(saved)); // what a learner would store
      ({ model, opt, sched } = build(c, RESUME_PROBLEM.seed + 1));
      model.load_state_dict(copy.model);
      opt.load_state_dict(copy.optimizer);
      sched.load_state_dict(copy.scheduler);
    }
    opt.zero_grad();
    const loss = nn.functional.mse_loss(model(X), Y);
    loss.backward();
    opt.step();
    sched.step();
    losses.push(loss.item());
    lrs.push(Number(opt.param_groups[0].lr));
  }
  return { losses, lrs, params: model.parameters().map((p: any) => values(p)), saved };
}
