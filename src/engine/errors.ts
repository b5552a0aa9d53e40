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
