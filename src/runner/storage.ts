/**
 * Persistence of cell state in localStorage (docs/CONTRACTS.md §5): edited code under `oc:cell:<id>` and the
 * reader's PyTorch/TypeScript tab choice under `oc:tab`. Every access is guarded: storage may be unavailable
 * (private mode, quota, disabled), and the cell must still work.
 */
export const TAB_KEY = 'oc:tab';
export type TabChoice = 'ts' | 'py';

export const cellKey = (id: string): string => `oc:cell:${id}`;

function store(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The reader's edited code for a cell, or null when there is none. */
export function loadCode(id: string): string | null {
  try {
    return store()?.getItem(cellKey(id)) ?? null;
  } catch {
    return null;
  }
}

/** Saves edited code; saving the lesson's own code removes the entry instead (so Reset state is clean). */
export function saveCode(id: string, code: string, original: string): void {
  try {
    if (code === original) store()?.removeItem(cellKey(id));
    else store()?.setItem(cellKey(id), code);
  } catch {
    /* quota or disabled storage: edits live only in the page */
  }
}

export function clearCode(id: string): void {
  try {
    store()?.removeItem(cellKey(id));
  } catch {
    /* ignore */
  }
}

export function loadTab(): TabChoice {
  try {
    return store()?.getItem(TAB_KEY) === 'py' ? 'py' : 'ts';
  } catch {
    return 'ts';
  }
}

export function saveTab(tab: TabChoice): void {
  try {
    store()?.setItem(TAB_KEY, tab);
  } catch {
    /* ignore */
  }
}
