/**
 * Python's exception classes as the optimizers raise them (`err.name` is the Python class name, so the
 * runner prints `ValueError: Invalid learning rate: -1` exactly as PyTorch would). The engine-wide ones
 * come from ../errors; KeyError, AttributeError and ZeroDivisionError are only used here.
 */
import { pythonError } from '../errors';

export { ValueError, RuntimeError, NotImplementedError } from '../errors';

/** Python's KeyError (e.g. a scheduler resumed without `initial_lr` in the param groups). */
export const KeyError = pythonError('KeyError');

/** Python's AttributeError (e.g. `optimizer.load_state_dict(None)`: `'NoneType' object has no attribute 'copy'`). */
export const AttributeError = pythonError('AttributeError');

/** Python's ZeroDivisionError (e.g. `StepLR(step_size=0)` at its first step, as in PyTorch). */
export const ZeroDivisionError = pythonError('ZeroDivisionError');

/** JavaScript's TypeError (same name as Python's), under a name that reads like the others. */
export const TypeError_ = TypeError;
