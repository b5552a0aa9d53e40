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
  private readonly hooks = new Map<number, F>();
  private order: number[] = [];

  add(fn: F, prepend = false): RemovableHandle {
    if (typeof fn !== 'function') throw new TypeError(`hook must be callable, but got ${typeof fn}`);
    const id = nextHandleId++;
    this.hooks.set(id, fn);
    this.order = prepend ? [id, ...this.order] : [...this.order, id];
    return {
      id,
      remove: () => {
        this.hooks.delete(id);
        this.order = this.order.filter((x) => x !== id);
      },
    };
  }

  /** The hooks in call order (a snapshot: hooks may remove themselves while running). */
  list(): F[] {
    return this.order.map((id) => this.hooks.get(id)!);
  }

  get size(): number {
    return this.order.length;
  }
}
