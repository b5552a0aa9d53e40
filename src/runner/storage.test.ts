import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cellKey, clearCode, loadCode, loadTab, saveCode, saveTab } from './storage';

class MemoryStorage {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
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

  it('saves edits under oc:cell:<id> and forgets them when they equal the lesson code', () => {
    saveCode('a', 'edited', 'orig');
    expect(mem.map.get(cellKey('a'))).toBe('edited');
    expect(loadCode('a')).toBe('edited');
    saveCode('a', 'orig', 'orig');
    expect(loadCode('a')).toBeNull();
    saveCode('a', 'x', 'orig');
    clearCode('a');
    expect(loadCode('a')).toBeNull();
  });

  it('remembers the tab, defaulting to TypeScript', () => {
    expect(loadTab()).toBe('ts');
    saveTab('py');
    expect(mem.map.get('oc:tab')).toBe('py');
    expect(loadTab()).toBe('py');
  });

  it('survives a storage that throws', () => {
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
    expect(loadCode('a')).toBeNull();
    expect(() => saveCode('a', 'x', 'y')).not.toThrow();
    expect(loadTab()).toBe('ts');
  });
});
