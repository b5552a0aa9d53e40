"""Generates the Python surface from the engine's metadata (src/python/registry.ts): Tensor methods, `torch.*`
functions and the functions of plain namespaces (`nn.functional`, `nn.init`). Only names that real PyTorch
also has are generated (NAMES), so the engine's JavaScript-only helpers stay out of Python."""
from . import _bridge as B
from ._pytorch_names import NAMES


def tensor_methods(cls, make):
    for name in B.meta.tensorMethods:
        if name in NAMES['Tensor'] and name not in cls.__dict__:
            setattr(cls, name, make(name))


def functions(namespace, js_namespace, names, names_key, qualprefix):
    """Adds `namespace[name] = f(*args, **kwargs)` calling `js_namespace[name]` for each engine name PyTorch has."""
    for name in names:
        if name in namespace or name not in NAMES[names_key]:
            continue
        namespace[name] = _function(getattr(js_namespace, name), name, qualprefix)


def _function(js_fn, name, qualprefix):
    def f(*args, **kwargs):
        return B.call(js_fn, args, kwargs)
    f.__name__ = name
    f.__qualname__ = name
    f.__module__ = qualprefix
    return f
