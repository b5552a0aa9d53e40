import { describe, expect, it } from 'vitest';
import { execute } from '../runner/execute';
import { computeSchedule, defaultSchedule, pythonCode, SCHEDULE_KINDS, scheduleNotes, typescriptCode, type ScheduleConfig } from './schedules';
import labsStrings from '../i18n/strings/labs';
import { translator } from '../i18n/define';

const notes = scheduleNotes(translator(labsStrings, 'en'));

describe('schedule explorer', () => {
  it('StepLR halves every 10 epochs; lr read before scheduler.step()', () => {
    const { lrs } = computeSchedule(defaultSchedule('step'));
    expect(lrs[0]).toBe(0.1);
    expect(lrs[9]).toBe(0.1);
    expect(lrs[10]).toBeCloseTo(0.05, 12);
    expect(lrs[39]).toBeCloseTo(0.0125, 12);
  });

  it('CosineAnnealingLR reaches eta_min at T_max; the warm-up + cosine starts at lr·start_factor', () => {
    expect(computeSchedule({ ...defaultSchedule('cosine'), epochs: 41 }).lrs[40]).toBeCloseTo(0, 12);
    const seq = computeSchedule(defaultSchedule('sequential')).lrs;
    expect(seq[0]).toBeCloseTo(0.01, 12);
    expect(seq[5]).toBeCloseTo(0.1, 12);
    expect(Math.max(...seq)).toBeCloseTo(0.1, 12);
  });

  it('ReduceLROnPlateau cuts the lr only after the metric stalls', () => {
    const { lrs, metric } = computeSchedule(defaultSchedule('plateau'));
    expect(metric).toHaveLength(40);
    const firstCut = lrs.findIndex((v) => v < 0.1);
    expect(firstCut).toBeGreaterThan(5);
    expect(lrs.at(-1)!).toBeLessThan(0.1);
  });

  for (const kind of SCHEDULE_KINDS) {
    it(`${kind}: the TypeScript code shown gives the same learning rates when run as a cell`, async () => {
      const c: ScheduleConfig = defaultSchedule(kind);
      const res = await execute(typescriptCode(c, notes));
      expect(res.status, res.error?.message).toBe('ok');
      expect(res.trace.plots.lr!.map(([, y]) => y)).toEqual(computeSchedule(c).lrs);
    });
  }

  it('writes PyTorch keyword arguments with Python floats', () => {
    const py = pythonCode(defaultSchedule('multistep'), notes);
    expect(py).toContain('scheduler = optim.lr_scheduler.MultiStepLR(optimizer, milestones=[15, 30], gamma=0.1)');
    expect(pythonCode({ ...defaultSchedule('linear') }, notes)).toContain('LinearLR(optimizer, start_factor=0.1, end_factor=1.0, total_iters=5)');
    expect(pythonCode(defaultSchedule('plateau'), notes)).toContain('scheduler.step(val_loss)');
  });
});
