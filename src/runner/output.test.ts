import { describe, expect, it } from 'vitest';
import runner from '../i18n/strings/runner';
import { translator } from '../i18n/define';
import { describeError, type T } from './output';
import { emptyTrace, type RunResult } from './types';

const zh = translator(runner, 'zh') as T;
const en = translator(runner, 'en') as T;
const res = (r: Partial<RunResult>): RunResult => ({ status: 'error', logs: [], trace: emptyTrace(), ...r });

describe('describeError', () => {
  it('names line and column in the page language', () => {
    const r = res({ error: { kind: 'runtime', name: 'TypeError', message: 'x is not a function', line: 4, column: 7 } });
    expect(describeError(r, zh, 10000)).toBe('第 4 行第 7 列：TypeError: x is not a function');
    expect(describeError(r, en, 10000)).toBe('Line 4, column 7: TypeError: x is not a function');
  });
  it('handles syntax errors, missing columns/lines, memory, timeout and stop', () => {
    expect(describeError(res({ error: { kind: 'syntax', name: 'SyntaxError', message: 'Unexpected token', line: 2, column: 9 } }), en, 1)).toBe(
      'Line 2, column 9: SyntaxError: Unexpected token',
    );
    expect(describeError(res({ error: { kind: 'runtime', name: 'Error', message: 'm', line: 3 } }), zh, 1)).toBe('第 3 行：Error: m');
    expect(describeError(res({ error: { kind: 'runtime', name: 'Error', message: 'm' } }), en, 1)).toBe('Error: m');
    expect(describeError(res({ error: { kind: 'memory', name: 'RangeError', message: 'Array buffer allocation failed' } }), en, 1)).toContain('Out of memory');
    expect(describeError(res({ status: 'timeout' }), zh, 1500)).toContain('1.5 秒');
    expect(describeError(res({ status: 'stopped' }), en, 1)).toBe('Stopped.');
  });
  it('has a message for every coach tip in both languages', () => {
    for (const id of ['gradAccumulation', 'nonFinite', 'lossFlat', 'schedulerOrder', 'gradAfterZero']) {
      expect(Object.keys(runner.en)).toContain(`runner.tip.${id}`);
      expect(runner.zh[`runner.tip.${id}` as keyof typeof runner.zh]).toMatch(/教练提示/);
    }
  });
});
