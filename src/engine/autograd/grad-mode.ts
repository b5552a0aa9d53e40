/**
 * Grad mode: `torch.no_grad(fn)`, `torch.enable_grad(fn)`, `torch.is_grad_enabled()`.
 * Python's `with torch.no_grad():` block becomes a callback; the previous mode is restored on exit
 * (also when fn throws), so the modes nest like context managers.
 */
export const gradMode = { enabled: true };

export function is_grad_enabled(): boolean {
  return gradMode.enabled;
}

function withMode<T>(enabled: boolean, fn: () => T): T {
  if (typeof fn !== 'function') {
    throw new TypeError(
      `torch.${enabled ? 'enable_grad' : 'no_grad'}(fn) takes a function (Python's "with" block), e.g. torch.no_grad(() => { ... })`,
    );
  }
  const prev = gradMode.enabled;
  gradMode.enabled = enabled;
  try {
    return fn();
  } finally {
    gradMode.enabled = prev;
  }
}

/** Runs `fn` with gradient tracking disabled and returns its value (`with torch.no_grad():`). */
export function no_grad<T>(fn: () => T): T {
  return withMode(false, fn);
}

/** Runs `fn` with gradient tracking enabled and returns its value (`with torch.enable_grad():`). */
export function enable_grad<T>(fn: () => T): T {
  return withMode(true, fn);
}

/** `torch.set_grad_enabled(mode)`. */
export function set_grad_enabled(mode: boolean): void {
  gradMode.enabled = !!mode;
}
