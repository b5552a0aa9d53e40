/**
 * Python's exception classes, as the optimizers raise them. `err.name` is the Python class name, so the
 * runner prints `ValueError: Invalid learning rate: -1` exactly as PyTorch would.
 *
 * TypeError is JavaScript's own (same name as Python's), so it is not redefined here.
 */
export class ValueError extends Error {
  override name = 'ValueError';
}

export class RuntimeError extends Error {
  override name = 'RuntimeError';
}

/** Python's KeyError prints its message quoted: `KeyError: "param 'initial_lr' is not specified ..."`. */
export class KeyError extends Error {
  override name = 'KeyError';
}

export class NotImplementedError extends Error {
  override name = 'NotImplementedError';
}

/** JavaScript's TypeError, re-exported under a name that reads like the others. */
export const TypeError_ = TypeError;
