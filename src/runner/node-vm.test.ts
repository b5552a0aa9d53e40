import { describe, expect, it } from 'vitest';
import { executeWith } from './core';
import { vmCompiler } from './node-vm';

// A stub engine keeps these tests about the vm compiler; execute.test.ts runs executeInVm with the real engine.

const stub = {
  torch: { manual_seed: () => undefined },
  nn: {},
  optim: {},
  F: {},
  onTrainingEvent: () => () => undefined,
};

describe('vmCompiler', () => {
  it('ends an endless loop with a timeout error and keeps earlier output', async () => {
    const t0 = Date.now();
    const r = await executeWith(stub, 'print("before")\nwhile (true) {}', {}, vmCompiler(300));
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.status).toBe('error');
    expect(r.error?.message).toMatch(/timed out/);
    expect(r.logs).toEqual(['before']);
  });

  it('runs normal code and reports cross-realm errors with the learner line', async () => {
    const ok = await executeWith(stub, 'const a: number = 2\nprint(a * 21)', {}, vmCompiler(1000));
    expect(ok.logs).toEqual(['42']);
    const bad = await executeWith(stub, 'print(1)\n\nnull.x', {}, vmCompiler(1000));
    expect(bad.error).toMatchObject({ name: 'TypeError', line: 3 });
  });

  it('executeInVm maps the timeout to status "timeout"', async () => {
    const { executeInVm } = await import('./node-vm');
    const r = await executeInVm('while (true) {}', { timeoutMs: 200 }, stub);
    expect(r.status).toBe('timeout');
    expect(r.error).toBeUndefined();
  });
});
