"""The one place where Python meets the engine: conversion of values both ways, engine calls with keyword
arguments, and JavaScript errors turned into the Python exceptions PyTorch raises (same type, same message)."""
import json
import re
import types

from pyodide.ffi import JsException, JsProxy, create_proxy, to_js

import _oc_engine as engine

try:
    from pyodide.ffi import jsnull
except ImportError:  # older Pyodide: JS null converts to None
    jsnull = None



class _Meta(dict):
    __getattr__ = dict.__getitem__


meta = json.loads(str(engine.metaJson), object_hook=_Meta)

_EXCEPTIONS = {
    'RuntimeError': RuntimeError,
    'TypeError': TypeError,
    'ValueError': ValueError,
    'IndexError': IndexError,
    'KeyError': KeyError,
    'NotImplementedError': NotImplementedError,
    'ZeroDivisionError': ZeroDivisionError,
    'AttributeError': AttributeError,
}
_MEMORY = re.compile(r'Array buffer allocation failed|Invalid typed array length|Invalid array length|out of memory', re.I)

# Hints the engine appends to PyTorch's message for TypeScript learners, and what Python says instead
# (Python ≥ 3.12 suggests a close keyword itself: ". Did you mean 'momentum'?").
_TS_HINTS = (
    (re.compile(r" \(valid keyword arguments: [^()]*?; did you mean '(\w+)'\?\)$"), r". Did you mean '\1'?"),
    (re.compile(r" \(valid keyword arguments: [^()]*\)$"), ''),
    (re.compile(r" \(class-index targets must be int64: [^()]*(?:\([^()]*\)[^()]*)*\)$"), ''),
)

# Python wrapper classes, filled in by the modules that define them (avoids import cycles)
wrappers = {}


def python_error(e):
    """The Python exception for a JavaScript error thrown by the engine."""
    name, message = engine.errorOf(e.js_error if hasattr(e, 'js_error') else e)
    if name == 'RangeError' and _MEMORY.search(message):
        return MemoryError(message)
    for pattern, replacement in _TS_HINTS:
        message = pattern.sub(replacement, message)
    cls = _EXCEPTIONS.get(name, RuntimeError)
    return cls(message)


def to_js_value(v):
    """A Python value as the engine expects it: tensors, modules and optimizers by their engine object,
    sequences as arrays, dicts as plain objects, dtypes as their names, callables as functions."""
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    js = getattr(v, '_js', None)
    if js is not None and not isinstance(v, type):
        return js
    if isinstance(v, JsProxy):
        return v
    if isinstance(v, (list, tuple, range, types.GeneratorType, map, filter, zip)) or type(v).__name__ in ('dict_values', 'dict_keys', 'odict_values'):
        return engine.array(*[to_js_value(x) for x in v])
    if isinstance(v, dict):
        return engine.fromEntries(to_js([[str(k), to_js_value(x)] for k, x in v.items()], create_pyproxies=False))
    if callable(v):
        return create_proxy(lambda *a: to_js_value(v(*[from_js(x) for x in a])))
    raise TypeError(f"cannot pass an object of type '{type(v).__name__}' to torch")


def kwargs_object(kwargs):
    return engine.fromEntries(to_js([[k, to_js_value(x)] for k, x in kwargs.items()], create_pyproxies=False))


def from_js(r):
    """An engine value as Python sees it: engine tensors as torch.Tensor (the same wrapper for the same tensor),
    arrays as lists, plain objects as dicts, modules/optimizers as their Python wrappers."""
    if r is None or r is jsnull or isinstance(r, (bool, int, float, str)):
        return None if r is jsnull else r
    if not isinstance(r, JsProxy):
        return r
    tid = engine.tensorId(r)
    if tid:
        return wrappers['tensor'](r, tid)
    kind = engine.kindOf(r)
    if kind == 'array':
        return [from_js(x) for x in r]
    if kind == 'dict':
        return {k: from_js(engine.get(r, k)) for k in engine.keys(r)}
    if kind == 'map':
        return {from_js(k): from_js(v) for k, v in engine.entries(r)}
    if kind in wrappers:
        return wrappers[kind](r)
    return r


def call(fn, args=(), kwargs=None):
    """Calls an engine function with Python arguments (keyword arguments become the trailing options object)."""
    js_args = [to_js_value(a) for a in args]
    if kwargs:
        js_args.append(kwargs_object(kwargs))
    try:
        r = fn(*js_args)
    except JsException as e:
        raise python_error(e) from None
    return from_js(r)


def get(obj, name):
    try:
        return from_js(getattr(obj, name))
    except JsException as e:
        raise python_error(e) from None
