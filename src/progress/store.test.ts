import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKUP_KEY, KEY, backupKey, backups, exportText, importText, load, markPassed, MAX_BACKUPS, parse, recordVisit, reset,
  restoreBackup, salvage, type StorageLike,
} from './store';
import { memoryStorage as memory } from './memory-storage';

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
    expect(markPassed(broken, 'cp-ready').saved).toEqual({ ok: false, reason: 'unavailable' });
    expect(markPassed(null, 'cp-ready').saved).toEqual({ ok: false, reason: 'unavailable' });
    expect(load(null).progress.passed).toEqual({});
  });

  it('says a pass or an import was not saved when storage is full', () => {
    const full = memory();
    full.setItem = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    expect(markPassed(full, 'cp-ready').saved).toEqual({ ok: false, reason: 'quota' });
    const r = importText(full, exportText({ version: 1, passed: { 'cp-ready': { at: '2026-01-01T00:00:00Z' }, 'weight-decay': { at: '2026-01-02T00:00:00Z' } } }));
    expect(r).toMatchObject({ ok: true, added: 2, saved: { ok: false, reason: 'quota' } });
    expect(full.data[KEY]).toBeUndefined();
  });

  it('keeps the first backup when progress is damaged a second time, and restores from either', () => {
    const first = '{"version":1,"passed":{"cp-ready":{"at":"2026-01-01T00:00:00Z"},"weight-de';
    const s = memory({ [KEY]: first });
    markPassed(s, 'sgd-vs-adam');
    expect(s.data[BACKUP_KEY]).toBe(first);
    const second = '{"version":1,"passed":{"loop-order":{"at":"2026-03-01T00:00:00Z"}}, garbage';
    s.data[KEY] = second;
    markPassed(s, 'sgd-vs-adam');
    expect(s.data[BACKUP_KEY]).toBe(first);
    expect(s.data[backupKey(2)]).toBe(second);
    expect(backups(s).map((b) => b.key)).toEqual([BACKUP_KEY, backupKey(2)]);
    const r = restoreBackup(s, BACKUP_KEY)!;
    expect(r).toMatchObject({ found: 1, added: 1, saved: { ok: true } });
    expect(Object.keys(load(s).progress.passed).sort()).toEqual(['cp-ready', 'sgd-vs-adam']);
    expect(restoreBackup(s, backupKey(2))).toMatchObject({ found: 1, added: 1 });
    expect(restoreBackup(s, backupKey(3))).toBeNull();
  });

  it('never overwrites the first backup, however often progress is damaged', () => {
    const s = memory();
    for (let i = 0; i < MAX_BACKUPS + 3; i++) {
      s.data[KEY] = `{damaged ${i}`;
      markPassed(s, 'cp-ready');
    }
    expect(s.data[BACKUP_KEY]).toBe('{damaged 0');
    expect(backups(s)).toHaveLength(MAX_BACKUPS);
    expect(s.data[backupKey(MAX_BACKUPS)]).toBe(`{damaged ${MAX_BACKUPS + 2}`);
  });

  it('does not overwrite damaged progress when its backup cannot be written', () => {
    const s = memory({ [KEY]: '{damaged' });
    s.setItem = (k, v) => {
      if (k !== KEY) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      s.data[k] = v;
    };
    expect(markPassed(s, 'cp-ready').saved).toEqual({ ok: false, reason: 'quota' });
    expect(s.data[KEY]).toBe('{damaged');
  });

  it('salvages passes from text that no longer parses', () => {
    expect(Object.keys(salvage('{"version":1,"passed":{"a-b":{"at":"2026-01-01"},"c":{"at":"nonsense"},"d":{"at":"2026-02-0').passed)).toEqual(['a-b']);
    expect(salvage('hello').passed).toEqual({});
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

describe('a pass earned with the solution shown', () => {
  it('is recorded as such, is replaced by a later pass without it, never the other way round, and survives a reload', () => {
    const s = new Map<string, string>();
    const storage = { getItem: (k: string) => s.get(k) ?? null, setItem: (k: string, v: string) => void s.set(k, v), removeItem: (k: string) => void s.delete(k) };
    markPassed(storage, 'cp-ready', new Date('2026-01-01'), { withSolution: true });
    expect(load(storage).progress.passed['cp-ready']).toEqual({ at: '2026-01-01T00:00:00.000Z', withSolution: true });
    markPassed(storage, 'cp-ready', new Date('2026-01-02'));
    expect(load(storage).progress.passed['cp-ready']).toEqual({ at: '2026-01-02T00:00:00.000Z' });
    markPassed(storage, 'cp-ready', new Date('2026-01-03'), { withSolution: true });
    expect(load(storage).progress.passed['cp-ready']).toEqual({ at: '2026-01-02T00:00:00.000Z' });
  });
});
