"""Generates the Python surface from the engine's metadata (src/python/registry.ts): Tensor methods and their
`torch.*` forms from the op records (names, positional parameters, keyword-only options), and the functions of
plain namespaces (`nn.functional`, `nn.init`). Only names real PyTorch also has are generated (NAMES), so the
engine's JavaScript-only helpers stay out of Python."""
from . import _bridge as B
from ._pytorch_names import NAMES, REQUIRED

_MISSING = object()


class Op:
    """One op record of the metadata (name, positional params, keyword-only options)."""
    __slots__ = ('name', 'params', 'varargs', 'keywords', 'functional')

    def __init__(self, rec):
        self.name = rec['name']
        params = rec.get('params')
        self.params = None if params is None else [(p['name'], p['default'] if 'default' in p else _MISSING) for p in params]
        self.varargs = rec.get('varargs')
        self.keywords = {p['name'] for p in rec.get('keywords') or []}
        self.functional = bool(rec.get('functional'))

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


_ops = None


def ops():
    global _ops
    if _ops is None:
        _ops = [Op(rec) for rec in B.meta.tensorOps]
    return _ops


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
        namespace[name] = _function(getattr(js_namespace, name), name, qualprefix, f'{names_key}.{name}')


def _function(js_fn, name, qualprefix, key):
    def f(*args, **kwargs):
        a, k = bind_required(key, args, kwargs, name)
        return B.call(js_fn, a, k)
    f.__name__ = f.__qualname__ = name
    f.__module__ = qualprefix
    return f


def tensor_properties(cls):
    """Read-only properties (`is_leaf`, `ndim`, …) the engine defines as getters."""
    for name in B.meta.tensorProperties:
        if name in NAMES['Tensor'] and name not in cls.__dict__:
            setattr(cls, name, property(lambda self, _n=name: B.get(self._js, _n)))


def bind_required(key, args, kwargs, qualname=None):
    """Keyword arguments naming a required parameter of PyTorch's signature (`REQUIRED[key]`, e.g.
    `clip_grad_norm_(params, max_norm=1.0)`) move to their position; the rest stay keywords (the engine's
    trailing options object)."""
    required = REQUIRED.get(key)
    if not kwargs or not required:
        return list(args), kwargs
    pos = list(args)
    rest = dict(kwargs)
    for i, name in enumerate(required):
        if name not in rest:
            continue
        if i < len(pos):
            raise TypeError(f"{qualname or key.rsplit('.', 1)[-1]}() got multiple values for argument '{name}'")
        if i > len(pos):
            missing_name = required[len(pos)]
            raise TypeError(f"{qualname or key.rsplit('.', 1)[-1]}() missing 1 required positional argument: '{missing_name}'")
        pos.append(rest.pop(name))
    return pos, rest
