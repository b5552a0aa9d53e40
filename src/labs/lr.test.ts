import { describe, expect, it } from 'vitest';
import { execute } from '../runner/execute';
import { classifyLr, flipRate, lossFloor, runLr } from './lr';

describe('learning-rate lab', () => {
  it('reproduces the numbers of lesson 08 (PyTorch: 0.5673, 0.003346, 1.236e+36 at step 59)', () => {
    expect(runLr(0.01).losses[59]!.toPrecision(4)).toBe('0.5673');
    expect(runLr(0.5).losses[59]!.toPrecision(4)).toBe('0.003346');
    expect(runLr(1.5).losses[59]!.toPrecision(4)).toBe('1.236e+36');
  });

  it('gives the same losses as the cell pit-three-lrs run through the runner', async () => {
    const { readFileSync } = await import('node:fs');
    const code = readFileSync('content/cells/pit-three-lrs.ts', 'utf8');
    const res = await execute(code);
    expect(res.status).toBe('ok');
    for (const lr of [0.01, 0.5, 1.5]) {
      const cell = res.trace.plots[`lr = ${lr}`]!.map(([, y]) => y);
      expect(runLr(lr).losses).toEqual(cell);
    }
  });

  it('classifies each regime from the run', () => {
    const floor = lossFloor();
    expect(floor).toBeGreaterThan(0.003);
    expect(floor).toBeLessThan(0.0034);
    expect(classifyLr(runLr(0.001))).toBe('stuck');
    expect(classifyLr(runLr(0.01))).toBe('slow');
    expect(classifyLr(runLr(0.03))).toBe('slow');
    expect(classifyLr(runLr(0.1))).toBe('converged');
    expect(classifyLr(runLr(0.5))).toBe('converged');
    expect(classifyLr(runLr(1))).toBe('diverged');
    expect(classifyLr(runLr(2.5))).toBe('diverged');
    expect(runLr(3).nanAt).toBeGreaterThan(0);
    expect(classifyLr(runLr(1.5))).toBe('diverged');
  });

  it('sees the zigzag just below the dividing line', () => {
    const run = runLr(0.95);
    expect(flipRate(run.weights)).toBeGreaterThan(0.5);
    expect(classifyLr(run)).toBe('oscillating');
    expect(flipRate([0, 1, 2, 3])).toBe(0);
    expect(flipRate([0, 1, 0, 1])).toBe(1);
  });
});
