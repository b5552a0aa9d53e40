/**
 * Python exception classes the engine throws, so messages read like PyTorch's
 * (`RuntimeError: grad can be implicitly created only for scalar outputs`).
 * `TypeError` and `RangeError` are JavaScript's own; Python's `ValueError`, `RuntimeError`,
 * `IndexError` and `NotImplementedError` are defined here with `name` set accordingly.
 */
export class RuntimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuntimeError';
  }
}

export class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValueError';
  }
}

export class IndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexError';
  }
}

export class NotImplementedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotImplementedError';
  }
}

/**
 * A Python exception class by name, for the rarer ones (`KeyError`, `AttributeError`, `ZeroDivisionError`,
 * `AssertionError`): instances are Errors whose `name` is the Python class name.
 */
export function pythonError(name: string): new (message: string) => Error {
  const cls = class extends Error {
    constructor(message: string) {
      super(message);
      this.name = name;
    }
  };
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}

/** Python's AssertionError (e.g. `TensorDataset` of tensors with different first dimensions). */
export const AssertionError = pythonError('AssertionError');
