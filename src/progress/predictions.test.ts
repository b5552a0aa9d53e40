/** The `predictions` field of progress (issue 12 §5): added inside version 1 without disturbing older stores. */
import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, KEY, exportText, importText, load, markPassed, recordPrediction } from './store';
import { memoryStorage as memory } from './memory-storage';

const OLD = JSON.stringify({ version: 1, passed: { 'cp-ready': { at: '2026-01-01T00:00:00.000Z' } } });

describe('progress predictions', () => {
  it('migration: a store written before predictions existed loads unchanged and keeps its passes after a pick', () => {
    const s = memory({ [KEY]: OLD });
    const before = load(s);
    expect(before.problem).toBeNull();
    expect(before.progress.predictions).toBeUndefined();
    const { progress, saved } = recordPrediction(s, 'sgd-parabola', 'down', false, new Date('2026-02-01T00:00:00Z'));
    expect(saved.ok).toBe(true);
    expect(progress.passed['cp-ready']).toEqual({ at: '2026-01-01T00:00:00.000Z' });
    expect(load(s).progress.predictions).toEqual({ 'sgd-parabola': { pick: 'down', at: '2026-02-01T00:00:00.000Z' } });
    expect(s.data[BACKUP_KEY]).toBeUndefined(); // an old store is not damage
  });

  it('a new pick replaces the old one, revealed is kept, and other writes keep the picks', () => {
    const s = memory();
    recordPrediction(s, 'why-sgd', 'a');
    recordPrediction(s, 'why-sgd', 'b', true);
    markPassed(s, 'cp-ready');
    expect(load(s).progress.predictions?.['why-sgd']).toMatchObject({ pick: 'b', revealed: true });
  });

  it('drops only malformed picks and reports them as partial', () => {
    const raw = JSON.stringify({
      version: 1,
      passed: {},
      predictions: { ok: { pick: 'up', at: '2026-01-01T00:00:00Z' }, bad: { pick: 'UP!', at: 'x' }, 'Bad Id': { pick: 'up', at: '2026-01-01T00:00:00Z' } },
    });
    const l = load(memory({ [KEY]: raw }));
    expect(l.problem).toBe('partial');
    expect(l.dropped).toBe(2);
    expect(Object.keys(l.progress.predictions ?? {})).toEqual(['ok']);
  });

  it('refuses a bad cell id or choice without writing', () => {
    const s = memory();
    expect(recordPrediction(s, '../x', 'a').saved.ok).toBe(false);
    expect(recordPrediction(s, 'cell', '').saved.ok).toBe(false);
    expect(s.data[KEY]).toBeUndefined();
  });

  it('export/import carries picks; the stored pick wins over an imported one', () => {
    const a = memory();
    recordPrediction(a, 'c1', 'x');
    recordPrediction(a, 'c2', 'y');
    const b = memory();
    recordPrediction(b, 'c1', 'z');
    const r = importText(b, exportText(load(a).progress));
    expect(r.ok).toBe(true);
    expect(load(b).progress.predictions).toMatchObject({ c1: { pick: 'z' }, c2: { pick: 'y' } });
  });
});
