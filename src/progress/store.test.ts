import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKUP_KEY, KEY, exportText, importText, load, markPassed, parse, recordVisit, reset, type StorageLike,
} from './store';

function memory(init: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...init };
  return {
    data,
    getItem: (k) => (k in data ? data[k]! : null),
    setItem: (k, v) => void (data[k] = String(v)),
    removeItem: (k) => void delete data[k],
  };
}

describe('progress store', () => {
  it('starts empty and records passes with their first date', () => {
    const s = memory();
    expect(load(s)).toMatchObject({ problem: null, progress: { version: 1, passed: {} } });
    markPassed(s, 'cp-coach-roles', new Date('2026-01-01T00:00:00Z'));
    markPassed(s, 'cp-coach-roles', new Date('2026-02-01T00:00:00Z'));
    expect(load(s).progress.passed).toEqual({ 'cp-coach-roles': { at: '2026-01-01T00:00:00.000Z' } });
  });

  it('keeps the valid entries of a partly damaged store and reports it', () => {
    const raw = JSON.stringify({
      version: 1,
      passed: { 'sgd-vs-adam': { at: '2026-01-01T00:00:00Z' }, 'BAD ID': { at: 'x' }, 'cp-ready': 5 },
      lastVisited: { lang: 'fr', path: 'x', title: 't' },
    });
    const l = parse(raw);
    expect(l.problem).toBe('partial');
    expect(l.dropped).toBe(3);
    expect(Object.keys(l.progress.passed)).toEqual(['sgd-vs-adam']);
  });

  it('ignores corrupt and foreign data without writing, and backs it up before the first write', () => {
    for (const raw of ['{not json', JSON.stringify({ version: 2, passed: {} }), '[]', '"hello"']) {
      const s = memory({ [KEY]: raw });
      const l = load(s);
      expect(l.problem === 'corrupt' || l.problem === 'foreign').toBe(true);
      expect(l.progress.passed).toEqual({});
      expect(s.data[KEY]).toBe(raw); // loading never overwrites
      markPassed(s, 'weight-decay');
      expect(s.data[BACKUP_KEY]).toBe(raw);
      expect(load(s)).toMatchObject({ problem: null, progress: { passed: { 'weight-decay': {} } } });
    }
  });

  it('survives storage that throws', () => {
    const broken: StorageLike = {
      getItem: () => { throw new Error('denied'); },
      setItem: () => { throw new Error('denied'); },
      removeItem: () => { throw new Error('denied'); },
    };
    expect(() => markPassed(broken, 'cp-ready')).not.toThrow();
    expect(load(null).progress.passed).toEqual({});
  });

  it('round-trips through export, reset and import', () => {
    const s = memory();
    markPassed(s, 'sgd-linear-regression');
    recordVisit(s, { lang: 'zh', path: 'lessons/coach/', title: '教练' });
    const file = exportText(load(s).progress);
    reset(s);
    expect(load(s).progress.passed).toEqual({});
    const r = importText(s, file);
    expect(r).toMatchObject({ ok: true, added: 1 });
    expect(load(s).progress).toEqual(JSON.parse(file));
    expect(importText(s, 'nope')).toEqual({ ok: false, reason: 'corrupt' });
    expect(importText(s, '{"version":7}')).toEqual({ ok: false, reason: 'foreign' });
  });

  it('never throws and never keeps an invalid entry, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ version: 1, passed: v }))), (raw) => {
        const l = parse(raw);
        for (const [id, e] of Object.entries(l.progress.passed)) {
          expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
          expect(Number.isNaN(Date.parse(e.at))).toBe(false);
        }
      }),
    );
  });
});
