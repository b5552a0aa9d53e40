import { describe, expect, it } from 'vitest';
import safety from '../i18n/strings/safety';
import { translator } from '../i18n/define';
import { capNotices, type T } from './output';
import { OutputCap, OUTPUT_LIMITS, reportIsEmpty } from './output-cap';
import { emptyTrace } from './types';

const small = { lineChars: 10, lines: 3, totalChars: 25, series: 2, points: 5 };

describe('OutputCap', () => {
  it('cuts long lines and stops after the line and character limits, counting what it removed', () => {
    const cap = new OutputCap(small);
    expect(cap.line('short')).toBe('short');
    expect(cap.line('x'.repeat(1e6))).toBe('x'.repeat(10) + '…');
    expect(cap.line('0123456789abc')).toBe('012345678…'); // 9 characters of room left in the run
    expect(cap.line('more')).toBeNull();
    expect(cap.log({ text: 'again', kind: 'warn' })).toBeNull();
    expect(cap.report).toMatchObject({ droppedLines: 2, cutLines: 2 });
  });

  it('stops at the total character limit even with short lines', () => {
    const cap = new OutputCap({ ...small, lines: 100 });
    const kept = Array.from({ length: 20 }, () => cap.line('abcdefgh')).filter((l) => l !== null);
    expect(kept.join('').length).toBeLessThanOrEqual(small.totalChars + 1);
    expect(cap.report.droppedLines).toBe(20 - kept.length);
  });

  it('limits plot series and points', () => {
    const cap = new OutputCap(small);
    const ok = ['a', 'b', 'c', 'a', 'c', 'd', 'b', 'a', 'a', 'a'].map((s) => cap.point(s));
    expect(ok).toEqual([true, true, false, true, false, false, true, true, false, false]);
    expect(cap.report).toMatchObject({ droppedSeries: 2, droppedSeriesPoints: 3, droppedPoints: 2 });
    expect(reportIsEmpty(new OutputCap().report)).toBe(true);
  });

  it('caps the posted result the same way', () => {
    const plots: Record<string, [number, number][]> = {};
    for (let s = 0; s < 10_000; s++) plots[`s${s}`] = [[0, s]];
    const r = OutputCap.capResult({ status: 'ok', logs: ['x'.repeat(1e7), 'b'], trace: { ...emptyTrace(), plots } });
    expect(r.logs[0]!.length).toBe(OUTPUT_LIMITS.lineChars + 1);
    expect(r.logs[1]).toBe('b');
    expect(Object.keys(r.trace.plots)).toHaveLength(OUTPUT_LIMITS.series);
  });

  it('words its notices in both languages', () => {
    const report = { droppedLines: 3, cutLines: 1, droppedSeries: 9950, droppedSeriesPoints: 9950, droppedPoints: 2 };
    const en = capNotices(report, 2000, translator(safety, 'en') as T);
    const zh = capNotices(report, 2000, translator(safety, 'zh') as T);
    expect(en[0]).toBe('Output truncated after 2000 lines: 3 more lines were not shown.');
    expect(zh[0]).toBe('输出过长：只显示前 2000 行，另有 3 行未显示。');
    expect(en).toHaveLength(4);
    expect(zh[2]).toContain('9950');
  });
});
