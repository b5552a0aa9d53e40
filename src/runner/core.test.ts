import { describe, expect, it } from 'vitest';
import type { TrainingEvent } from '../engine/events';
import { executeWith, type EngineBinding } from './core';

/** A tiny stand-in engine: enough surface to test the runner without the real one. */
function fakeEngine() {
  const listeners = new Set<(e: TrainingEvent) => void>();
  const emit = (e: TrainingEvent) => listeners.forEach((l) => l(e));
  let seed = -1;
  class T {
    constructor(readonly v: number) {}
    item() {
      return this.v;
    }
    toString() {
      return `tensor(${this.v.toFixed(4)})`;
    }
  }
  const torch = {
    // the runner passes its float-literal marker first for `torch.tensor(1.5)` (float-literals.ts)
    tensor: (v: number | symbol, w?: number) => new T(typeof v === 'symbol' ? w! : v),
    manual_seed: (s: number) => (seed = s),
    get seed() {
      return seed;
    },
    backward: (loss: number, accumulated = false) => emit({ type: 'backward', loss, leaves: [1], accumulated }),
    warn: (message: string) => emit({ type: 'warning', category: 'UserWarning', message }),
    makeOpt: () => {
      const p = { id: 7, shape: [2], data: new Float32Array([1, 2]) };
      const ref = { param_groups: [{ params: [p], lr: 0.1, momentum: 0 }] };
      emit({ type: 'optimizer:create', optimizer: 3, name: 'SGD', options: {}, groups: [], ref } as TrainingEvent);
      return p;
    },
    alloc: () => {
      throw new RangeError('Array buffer allocation failed');
    },
    optim: { lr_scheduler: { StepLR: 'StepLR' } },
  };
  const engine: EngineBinding = {
    torch,
    nn: { Linear: 'Linear' },
    optim: { SGD: 'SGD' },
    F: { mse_loss: 'mse' },
    onTrainingEvent: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return { engine, listeners, torch };
}

describe('executeWith', () => {
  it('runs TypeScript, prints like console.log and keeps tensors readable', async () => {
    const { engine } = fakeEngine();
    const lines: string[] = [];
    const r = await executeWith(engine, 'const x: number = 2;\nprint("x =", x, torch.tensor(1.5));\nconsole.log([1, 2]);', {
      onLog: (t) => lines.push(t),
    });
    expect(r.status).toBe('ok');
    expect(lines).toEqual(['x = 2 tensor(1.5000)', '[ 1, 2 ]']);
    expect(r.logs).toEqual(lines);
  });

  it('resolves every import style to the engine and allows shadowing the predefined names', async () => {
    const { engine } = fakeEngine();
    const code = [
      'import torch from "torch";',
      'import { nn, optim as O } from "torch";',
      'import * as T from "torch";',
      'import { StepLR } from "torch/optim/lr_scheduler";',
      'import F from "torch/nn/functional";',
      'print(typeof torch.tensor, nn.Linear, O.SGD, typeof T.tensor, T.nn.Linear, StepLR, F.mse_loss);',
    ].join('\n');
    const r = await executeWith(engine, code);
    expect(r.error).toBeUndefined();
    expect(r.logs).toEqual(['function Linear SGD function Linear StepLR mse']);
  });

  it('supports top-level await', async () => {
    const { engine } = fakeEngine();
    const r = await executeWith(engine, 'const v = await Promise.resolve(41);\nprint(v + 1);');
    expect(r.logs).toEqual(['42']);
  });

  it('reports runtime errors at the learner line and column', async () => {
    const { engine } = fakeEngine();
    const r = await executeWith(engine, 'const a = 1;\nconst o: any = null;\nprint(a);\nconst z = o.boom;');
    expect(r.status).toBe('error');
    expect(r.error).toMatchObject({ kind: 'runtime', name: 'TypeError', line: 4 });
    expect(r.error?.column).toBe(13);
    expect(r.logs).toEqual(['1']);
  });

  it('reports errors thrown inside the engine at the calling line', async () => {
    const { engine } = fakeEngine();
    const r = await executeWith(engine, 'print(1)\n\ntorch.alloc()');
    expect(r.error).toMatchObject({ kind: 'memory', name: 'RangeError', line: 3, column: 7 });
  });

  it('reports syntax errors with line and column without running anything', async () => {
    const { engine } = fakeEngine();
    const r = await executeWith(engine, 'print("never")\nlet a = ;');
    expect(r.status).toBe('error');
    expect(r.error).toMatchObject({ kind: 'syntax', line: 2, column: 9 });
    expect(r.logs).toEqual([]);
  });

  it('refuses dynamic import()', async () => {
    const { engine } = fakeEngine();
    const r = await executeWith(engine, 'print(1);\nawait import("https://example.org/x.js");');
    expect(r.error).toMatchObject({ name: 'ImportError', line: 2 });
  });

  it('rejects unknown modules', async () => {
    const { engine } = fakeEngine();
    const r = await executeWith(engine, 'import fs from "fs";');
    expect(r.error).toMatchObject({ name: 'ModuleNotFoundError', line: 1 });
  });

  it('records plots, autoplots backward losses and streams them', async () => {
    const { engine } = fakeEngine();
    const streamed: string[] = [];
    const code = 'for (let i = 0; i < 3; i++) { torch.backward(10 - i); plot("acc", i, torch.tensor(i / 2), { log: true }); }\nplot("y", 5);';
    const r = await executeWith(engine, code, { autoplot: true, onPlot: (s, x, y, o) => streamed.push(`${s}:${x},${y}${o?.log ? 'L' : ''}`) });
    expect(r.trace.plots.loss).toEqual([[0, 10], [1, 9], [2, 8]]);
    expect(r.trace.plots.acc).toEqual([[0, 0], [1, 0.5], [2, 1]]);
    expect(r.trace.plots.y).toEqual([[0, 5]]);
    expect(streamed).toContain('acc:2,1L');
    expect(r.trace.events.filter((e) => e.type === 'backward')).toHaveLength(3);
  });

  it('without autoplot, backward losses are not plotted', async () => {
    const { engine } = fakeEngine();
    const r = await executeWith(engine, 'torch.backward(1)');
    expect(r.trace.plots.loss).toBeUndefined();
  });

  it('shows engine warnings, strips refs and snapshots optimizers; unsubscribes after the run', async () => {
    const { engine, listeners } = fakeEngine();
    const warned: string[] = [];
    const r = await executeWith(engine, 'torch.warn("careful");\nconst p = torch.makeOpt();\np.data[0] = 5;', {
      onLog: (t, k) => k === 'warn' && warned.push(t),
    });
    expect(warned).toEqual(['UserWarning: careful']);
    const create = r.trace.events.find((e) => e.type === 'optimizer:create');
    expect(create && 'ref' in create).toBe(false);
    expect(r.trace.optimizers).toEqual([
      { id: 3, name: 'SGD', groups: [{ lr: 0.1, options: { momentum: 0 }, params: [{ id: 7, shape: [2], data: [5, 2] }] }] },
    ]);
    expect(listeners.size).toBe(0);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('seeds the engine and caps logs', async () => {
    const { engine, torch } = fakeEngine();
    let dropped = 0;
    const r = await executeWith(engine, 'for (let i = 0; i < 10; i++) print(i)', { seed: 3, maxLogLines: 4, onTruncated: (n) => (dropped = n) });
    expect(torch.seed).toBe(3);
    expect(r.logs).toHaveLength(4);
    expect(dropped).toBe(6);
  });
});
