/**
 * Optimizer hooks (PyTorch 2.x, docs/pytorch-optim-spec.md §2.7): ordered hook lists whose `register_*` methods
 * return a RemovableHandle (`handle.remove()`).
 */
let nextHandleId = 1;

/** `torch.utils.hooks.RemovableHandle`. */
export interface RemovableHandle {
  readonly id: number;
  remove(): void;
}

export class HookList<F> {
  /** In call order; replaced, never changed in place (a `list()` taken earlier stays as it was). */
  private entries: { readonly id: number; readonly fn: F }[] = [];

  add(fn: F, prepend = false): RemovableHandle {
    if (typeof fn !== 'function') throw new TypeError(`hook must be callable, but got ${typeof fn}`);
    const entry = { id: nextHandleId++, fn };
    this.entries = prepend ? [entry, ...this.entries] : [...this.entries, entry];
    return {
      id: entry.id,
      remove: () => {
        this.entries = this.entries.filter((e) => e !== entry);
      },
    };
  }

  /** The hooks in call order (a snapshot: hooks may remove themselves while running). */
  list(): F[] {
    return this.entries.map((e) => e.fn);
  }

  get size(): number {
    return this.entries.length;
  }
}
