/**
 * Python's exception classes as the optimizers raise them (`err.name` is the Python class name, so the
 * runner prints `ValueError: Invalid learning rate: -1` exactly as PyTorch would). The engine-wide ones
 * come from ../errors; KeyError is only used here.
 */
export { ValueError, RuntimeError, NotImplementedError } from '../errors';

/** Python's KeyError (e.g. a scheduler resumed without `initial_lr` in the param groups). */
export class KeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyError';
  }
}

/** JavaScript's TypeError (same name as Python's), under a name that reads like the others. */
export const TypeError_ = TypeError;
