"""torch for Python cells: a thin layer over Optimizer Coach's TypeScript engine (src/engine), so numbers,
training events, coach tips and exercise checks are the engine's. See docs/CONTRACTS.md, "Python layer"."""
from . import _bridge as _B
from ._tensor import Tensor, Size, dtype, float32, float64, int64, bool_ as bool, DTYPES as _DTYPES
from ._missing import module_getattr as _module_getattr, missing as _missing
from . import _generate

float = float32
double = float64
long = int64
__version__ = '2.14.0+oc'

_engine = _B.engine.torch
_py_float = (0.5).__class__
_py_bool = (True).__class__

_generate.tensor_methods(Tensor)
_generate.tensor_properties(Tensor)


# ---- creation: Python knows 1.0 from 1, so the dtype PyTorch infers is passed to the engine ---------------
def _infer(data):
    """'float' if any Python float is inside, 'bool' if all are bools, else 'int' (None for no scalars)."""
    kinds = set()

    def walk(v):
        if isinstance(v, Tensor):
            kinds.add('float' if v.dtype.is_floating_point else ('bool' if v.dtype.name == 'bool' else 'int'))
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x)
        elif isinstance(v, _py_bool):
            kinds.add('bool')
        elif isinstance(v, _py_float):
            kinds.add('float')
        else:
            kinds.add('int')
    walk(data)
    if 'float' in kinds:
        return 'float'
    if kinds == {'bool'}:
        return 'bool'
    return 'int' if kinds else None


def _default_float():
    return _DTYPES[str(_engine.get_default_dtype())]


def _dtype_for(kind):
    return {'float': _default_float(), 'bool': bool, 'int': int64}.get(kind)


def tensor(data, dtype=None, device=None, requires_grad=False, pin_memory=False):
    if isinstance(data, Tensor):
        return data.clone().detach().to(dtype or data.dtype).requires_grad_(requires_grad)
    kind = _infer(data)
    if dtype is None and kind != 'bool':
        dtype = _dtype_for(kind) or _default_float()
    data = [x.item() if isinstance(x, Tensor) else x for x in data] if isinstance(data, (list, tuple)) and any(isinstance(x, Tensor) for x in data) else data
    kw = {'requires_grad': requires_grad} if requires_grad else {}
    if dtype is not None:
        kw['dtype'] = dtype
    return _B.call(_engine.tensor, (data,), kw)


def full(size, fill_value, *, dtype=None, device=None, requires_grad=False):
    if dtype is None:
        dtype = _dtype_for(_infer(fill_value))
    kw = {'requires_grad': requires_grad}
    if dtype is not None:
        kw['dtype'] = dtype
    return _B.call(_engine.full, (size, fill_value), kw)


def arange(*args, dtype=None, device=None, requires_grad=False, **kw):
    if dtype is None:
        dtype = _dtype_for(_infer(list(args) + list(kw.values())))
    if dtype is not None:
        kw['dtype'] = dtype
    if requires_grad:
        kw['requires_grad'] = True
    return _B.call(_engine.arange, args, kw)


def _drop_device(f):
    def g(*args, device=None, **kwargs):
        return f(*args, **kwargs)
    g.__name__ = f.__name__
    return g


# ---- grad mode ---------------------------------------------------------------------------------------------
class _GradMode:
    def __init__(self, mode=None):
        self._mode = mode
        self._prev = []

    def __enter__(self):
        self._prev.append(_py_bool(_engine.is_grad_enabled()))
        _engine.set_grad_enabled(self._mode)
        return None

    def __exit__(self, *exc):
        _engine.set_grad_enabled(self._prev.pop())
        return False

    def __call__(self, fn):
        def wrapped(*args, **kwargs):
            with self.__class__(*self._args()):
                return fn(*args, **kwargs)
        wrapped.__name__ = getattr(fn, '__name__', 'wrapped')
        return wrapped

    def _args(self):
        return ()


class no_grad(_GradMode):
    """`with torch.no_grad():` (also a decorator)."""
    def __init__(self):
        super().__init__(False)


class enable_grad(_GradMode):
    def __init__(self):
        super().__init__(True)


class set_grad_enabled(_GradMode):
    def __init__(self, mode):
        super().__init__(_py_bool(mode))
        self._prev.append(_py_bool(_engine.is_grad_enabled()))
        _engine.set_grad_enabled(_py_bool(mode))

    def __enter__(self):
        return None

    def _args(self):
        return (self._mode,)


def is_grad_enabled():
    return _py_bool(_engine.is_grad_enabled())


class Generator:
    def __init__(self, seed=None):
        self._seed = seed

    def initial_seed(self):
        return self._seed

    def __repr__(self):
        return f'<torch._C.Generator object at {hex(id(self))}>'


def manual_seed(seed):
    _B.call(_engine.manual_seed, (int(seed),))
    return Generator(int(seed))


def get_default_dtype():
    return _default_float()


def set_default_dtype(d):
    _B.call(_engine.set_default_dtype, (d,))


def is_tensor(obj):
    return isinstance(obj, Tensor)


def typename(obj):
    if isinstance(obj, Tensor):
        return obj.type()
    return type(obj).__module__ + '.' + type(obj).__qualname__ if type(obj).__module__ not in ('builtins',) else type(obj).__qualname__


def cat(tensors, dim=0, *, out=None):
    return _B.call(_engine.cat, (tensors, dim))


concat = concatenate = cat


def stack(tensors, dim=0, *, out=None):
    return _B.call(_engine.stack, (tensors, dim))


def max(input, *args, **kwargs):
    return input.max(*args, **kwargs)


def min(input, *args, **kwargs):
    return input.min(*args, **kwargs)


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None):
    opts = {k: v for k, v in dict(precision=precision, threshold=threshold, edgeitems=edgeitems, linewidth=linewidth, profile=profile, sci_mode=sci_mode).items() if v is not None}
    _B.call(_engine.set_printoptions, (opts,))


_generate.tensor_functions(globals(), _engine)
_generate.functions(globals(), _engine, _B.meta.torchFunctions, 'torch', 'torch')
for _name in ('zeros', 'ones', 'rand', 'randn', 'empty', 'randint', 'randperm', 'linspace', 'eye'):
    if _name in globals():
        globals()[_name] = _drop_device(globals()[_name])

from . import nn, optim, utils  # noqa: E402
from .nn import Parameter  # noqa: E402,F401

__getattr__ = _module_getattr('torch', 'torch', None)
