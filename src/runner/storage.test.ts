import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cellKey, clearCode, loadCode, loadTab, saveCode, saveTab, writeKey } from './storage';

class MemoryStorage {
  map = new Map<string, string>();
  limit = Infinity;
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (v.length > this.limit) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError', code: 22 });
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

describe('storage', () => {
  let mem: MemoryStorage;
  beforeEach(() => {
    mem = new MemoryStorage();
    (globalThis as { localStorage?: unknown }).localStorage = mem;
  });
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('saves TypeScript edits under oc:cell:<id> and forgets them when they equal the lesson code', () => {
    expect(saveCode('a', 'ts', 'edited', 'orig')).toEqual({ ok: true });
    expect(mem.map.get('oc:cell:a')).toBe('edited');
    expect(loadCode('a', 'ts')).toBe('edited');
    saveCode('a', 'ts', 'orig', 'orig');
    expect(loadCode('a', 'ts')).toBeNull();
    saveCode('a', 'ts', 'x', 'orig');
    clearCode('a', 'ts');
    expect(loadCode('a')).toBeNull();
  });

  it('keeps Python edits apart under oc:cell:<id>:py', () => {
    saveCode('a', 'py', 'print(1)');
    saveCode('a', 'ts', 'print(2)');
    expect(cellKey('a', 'py')).toBe('oc:cell:a:py');
    expect(mem.map.get('oc:cell:a:py')).toBe('print(1)');
    expect(loadCode('a', 'py')).toBe('print(1)');
    expect(loadCode('a', 'ts')).toBe('print(2)');
    clearCode('a', 'py');
    expect(loadCode('a', 'py')).toBeNull();
    expect(loadCode('a', 'ts')).toBe('print(2)');
  });

  it('reports a full storage instead of pretending the edit was saved', () => {
    mem.limit = 3;
    expect(saveCode('a', 'ts', 'too long')).toEqual({ ok: false, reason: 'quota' });
    expect(loadCode('a', 'ts')).toBeNull();
    expect(writeKey('k', 'ok')).toEqual({ ok: true });
  });

  it('remembers the tab, defaulting to TypeScript', () => {
    expect(loadTab()).toBe('ts');
    saveTab('py');
    expect(mem.map.get('oc:tab')).toBe('py');
    expect(loadTab()).toBe('py');
  });

  it('survives a storage that throws, and says the save failed', () => {
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem() {
        throw new Error('denied');
      },
      setItem() {
        throw new Error('denied');
      },
      removeItem() {
        throw new Error('denied');
      },
    };
    expect(loadCode('a', 'ts')).toBeNull();
    expect(saveCode('a', 'ts', 'x', 'y')).toEqual({ ok: false, reason: 'unavailable' });
    expect(loadTab()).toBe('ts');
  });

  it('says unavailable when there is no storage at all', () => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
    expect(saveCode('a', 'py', 'x')).toEqual({ ok: false, reason: 'unavailable' });
  });
});
