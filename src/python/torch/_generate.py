"""Generates the Python surface from the engine's metadata (src/python/registry.ts): Tensor methods and their
`torch.*` forms from the op records (names, positional parameters, keyword-only options), and the functions of
plain namespaces (`nn.functional`, `nn.init`). Only names real PyTorch also has are generated (NAMES), so the
engine's JavaScript-only helpers stay out of Python."""
from . import _bridge as B
from ._pytorch_names import NAMES

_MISSING = object()


def _field(obj, key, default=None):
    return B.engine.get(obj, key) if B.engine.has(obj, key) else default


class Op:
    """One op record, read once from the metadata."""
    __slots__ = ('name', 'params', 'varargs', 'keywords', 'functional')

    def __init__(self, js):
        self.name = str(js.name)
        params = _field(js, 'params')
        self.params = None if params is None or params is B.jsnull else [
            (str(p.name), _field(p, 'default', _MISSING) if B.engine.has(p, 'default') else _MISSING) for p in params]
        va = _field(js, 'varargs')
        self.varargs = None if va is None or va is B.jsnull else str(va)
        self.keywords = {str(p.name) for p in (_field(js, 'keywords') or [])}
        self.functional = bool(_field(js, 'functional', False))

    def bind(self, args, kwargs, qualname, skip=0):
        """Python arguments → engine arguments: keyword arguments naming positional parameters go to their
        position (defaults fill the gaps); keyword-only ones go to the trailing options object."""
        if not kwargs or self.params is None:
            return list(args), kwargs
        params = self.params[skip:] if skip <= len(self.params) else []
        pos = list(args)
        rest = dict(kwargs)
        last = -1
        for i, (name, _) in enumerate(params):
            if name in rest:
                if i < len(pos):
                    raise TypeError(f"{qualname}() got multiple values for argument '{name}'")
                last = i
        for i in range(len(pos), last + 1):
            name, default = params[i]
            if name in rest:
                pos.append(rest.pop(name))
            elif default is _MISSING:
                raise TypeError(f"{qualname}() missing required argument '{name}'")
            else:
                pos.append(default)
        for k in rest:
            if k not in self.keywords:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{k}'")
        return pos, rest


def ops():
    return [Op(js) for js in B.meta.tensorOps]


def tensor_methods(cls):
    for op in ops():
        if op.name in NAMES['Tensor'] and op.name not in cls.__dict__:
            setattr(cls, op.name, _method(op))


def _method(op):
    name = op.name
    qual = 'Tensor.' + name

    def method(self, *args, **kwargs):
        a, k = op.bind(args, kwargs, qual)
        return B.call(getattr(self._js, name), a, k)
    method.__name__ = name
    method.__qualname__ = qual
    return method


def tensor_functions(namespace, js_torch):
    """`torch.name(input, …)` for every op with a functional form (that Python does not define itself)."""
    for op in ops():
        if op.functional and op.name in NAMES['torch'] and op.name not in namespace:
            namespace[op.name] = _functional(op, getattr(js_torch, op.name))


def _functional(op, js_fn):
    def f(input, *args, **kwargs):
        a, k = op.bind(args, kwargs, op.name)
        return B.call(js_fn, [input] + a, k)
    f.__name__ = f.__qualname__ = op.name
    f.__module__ = 'torch'
    return f


def functions(namespace, js_namespace, names, names_key, qualprefix):
    """Adds `namespace[name] = f(*args, **kwargs)` calling `js_namespace[name]` for each engine name PyTorch has
    (keyword arguments become the engine's trailing options object)."""
    for name in names:
        if name in namespace or name not in NAMES[names_key]:
            continue
        namespace[name] = _function(getattr(js_namespace, name), name, qualprefix)


def _function(js_fn, name, qualprefix):
    def f(*args, **kwargs):
        return B.call(js_fn, args, kwargs)
    f.__name__ = f.__qualname__ = name
    f.__module__ = qualprefix
    return f


def tensor_properties(cls):
    """Read-only properties (`is_leaf`, `ndim`, …) the engine defines as getters."""
    for name in B.meta.tensorProperties:
        name = str(name)
        if name in NAMES['Tensor'] and name not in cls.__dict__:
            setattr(cls, name, property(lambda self, _n=name: B.get(self._js, _n)))
