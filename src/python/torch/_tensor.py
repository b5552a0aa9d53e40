"""torch.Tensor, torch.Size and the dtypes: a Python face on the engine's Tensor. Operators, indexing and
printing are Python's; every value comes from the engine. The methods are generated from the engine's metadata
(_generate.py); what is here is what Python does differently from a plain method call."""
import weakref

from . import _bridge as B
from ._missing import missing


class dtype:
    __slots__ = ('name', 'is_floating_point', 'itemsize')

    def __init__(self, name, is_floating_point, itemsize):
        self.name = name
        self.is_floating_point = is_floating_point
        self.itemsize = itemsize

    def __repr__(self):
        return 'torch.' + self.name

    def __reduce__(self):
        return self.name

    @property
    def _js(self):
        return self.name


float32 = dtype('float32', True, 4)
float64 = dtype('float64', True, 8)
int64 = dtype('int64', False, 8)
bool_ = dtype('bool', False, 1)
DTYPES = {'float32': float32, 'float64': float64, 'int64': int64, 'bool': bool_}


class Size(tuple):
    def __repr__(self):
        return f"torch.Size([{', '.join(str(d) for d in self)}])"

    __str__ = __repr__

    def numel(self):
        n = 1
        for d in self:
            n *= d
        return n

    def __getitem__(self, i):
        r = tuple.__getitem__(self, i)
        return Size(r) if isinstance(i, slice) else r


class _GradFn:
    """`t.grad_fn`: prints as PyTorch does (`<MulBackward0 object at 0x…>`)."""
    __slots__ = ('_js',)

    def __init__(self, js):
        self._js = js

    def name(self):
        return str(self._js.name)

    def __repr__(self):
        return f'<{self.name()} object at {hex(id(self))}>'


_cache = weakref.WeakValueDictionary()
class _ReturnType(tuple):
    """`torch.return_types.max(values=…, indices=…)` as PyTorch prints it."""
    _name = ''

    def __new__(cls, values, indices):
        return tuple.__new__(cls, (values, indices))

    values = property(lambda self: self[0])
    indices = property(lambda self: self[1])

    def __repr__(self):
        return f'torch.return_types.{self._name}(\nvalues={self[0]!r},\nindices={self[1]!r})'


class _max_result(_ReturnType):
    _name = 'max'


class _min_result(_ReturnType):
    _name = 'min'


def _wrap(js, tid):
    """The Python tensor for engine tensor `js` with id `tid` (negative: a Parameter), the same one while it lives."""
    key = abs(tid)
    t = _cache.get(key)
    if t is not None:
        return t
    cls = B.wrappers['parameter'] if tid < 0 else Tensor
    t = object.__new__(cls)
    object.__setattr__(t, '_js', js)
    _cache[key] = t
    return t


def _scalar(dt, v):
    if dt == 'bool':
        return bool(v)
    if dt == 'int64':
        return int(v)
    return float(v)


_fns = {}


def _fn(name):
    f = _fns.get(name)
    if f is None:
        f = _fns[name] = getattr(B.engine.torch, name)
    return f


class Tensor:
    __slots__ = ('_js', '__weakref__')

    def __new__(cls, *args, **kwargs):
        from . import tensor
        return tensor(list(args[0]) if len(args) == 1 else list(args), **kwargs) if args else tensor([], **kwargs)

    # ---- properties -------------------------------------------------------------------------------------
    @property
    def shape(self):
        return Size(int(d) for d in self._js.shape)

    def size(self, dim=None):
        return self.shape if dim is None else B.call(self._js.size, (dim,))

    @property
    def dtype(self):
        return DTYPES[str(self._js.dtype)]

    @property
    def grad(self):
        return B.get(self._js, 'grad')

    @grad.setter
    def grad(self, g):
        try:
            self._js.grad = B.to_js_value(g)
        except B.JsException as e:
            raise B.python_error(e) from None

    @property
    def requires_grad(self):
        return bool(self._js.requires_grad)

    @requires_grad.setter
    def requires_grad(self, flag):
        self.requires_grad_(bool(flag))

    @property
    def grad_fn(self):
        g = self._js.grad_fn
        return None if g is None or g is B.jsnull else _GradFn(g)

    @property
    def data(self):
        return self.detach()

    @data.setter
    def data(self, other):
        from . import no_grad
        with no_grad():
            self.copy_(other)

    @property
    def T(self):
        return B.get(self._js, 'T')

    @property
    def mT(self):
        return self.transpose(-2, -1)

    # ---- Python numbers ---------------------------------------------------------------------------------
    def item(self):
        return _scalar(str(self._js.dtype), B.call(self._js.item))

    def tolist(self):
        dt = str(self._js.dtype)

        def conv(v):
            return [conv(x) for x in v] if isinstance(v, list) else _scalar(dt, v)
        return conv(B.call(self._js.tolist))

    def __float__(self):
        if self.numel() != 1:
            raise ValueError('only one element tensors can be converted to Python scalars')
        return float(self.item())

    def __int__(self):
        if self.numel() != 1:
            raise ValueError('only one element tensors can be converted to Python scalars')
        return int(self.item())

    def __index__(self):
        if self.numel() != 1 or self.dtype.is_floating_point:
            raise TypeError('only integer tensors of a single element can be converted to an index')
        return int(self.item())

    def __bool__(self):
        if self.numel() != 1:
            raise RuntimeError('Boolean value of Tensor with more than one value is ambiguous')
        return bool(self.item())

    def __len__(self):
        if self.dim() == 0:
            raise TypeError('len() of a 0-d tensor')
        return int(self._js.shape[0])

    def __iter__(self):
        if self.dim() == 0:
            raise TypeError('iteration over a 0-d tensor')
        return (self[i] for i in range(len(self)))

    def __hash__(self):
        return id(self)

    # ---- printing ---------------------------------------------------------------------------------------
    def __repr__(self):
        return str(self._js.toString())

    def __format__(self, spec):
        if self.dim() == 0:
            return self.item().__format__(spec)
        return object.__format__(self, spec)

    # ---- reductions returning (values, indices) ---------------------------------------------------------
    def max(self, *args, **kwargs):
        return _values_indices(self, 'max', args, kwargs)

    def min(self, *args, **kwargs):
        return _values_indices(self, 'min', args, kwargs)

    # ---- conversions ------------------------------------------------------------------------------------
    def to(self, *args, **kwargs):
        args = [a for a in args if a not in ('cpu',) and not (isinstance(a, Tensor))] + \
               [a.dtype for a in args if isinstance(a, Tensor)]
        kwargs.pop('device', None)
        kwargs.pop('non_blocking', None)
        kwargs.pop('copy', None)
        dt = kwargs.pop('dtype', None)
        if dt is not None:
            args.append(dt)
        if not args:
            return self
        return B.call(self._js.to, args[:1])

    def type(self, dtype=None):
        if dtype is None:
            return {'float32': 'torch.FloatTensor', 'float64': 'torch.DoubleTensor', 'int64': 'torch.LongTensor', 'bool': 'torch.BoolTensor'}[self.dtype.name]
        return self.to(dtype)

    def numpy(self):
        missing('Tensor.numpy', 'NumPy is not available in the page; use .tolist()')

    def backward(self, gradient=None, retain_graph=None, create_graph=False, inputs=None):
        opts = {}
        if gradient is not None:
            opts['gradient'] = gradient
        if retain_graph is not None:
            opts['retain_graph'] = retain_graph
        if create_graph:
            opts['create_graph'] = create_graph
        if inputs is not None:
            opts['inputs'] = inputs
        B.call(self._js.backward, (), opts)

    # ---- operators --------------------------------------------------------------------------------------
    # A Python float with an integer tensor gives a float tensor in PyTorch (JavaScript cannot tell 2.0 from 2).
    def _promoted(self, o):
        if o.__class__ is float and not self.dtype.is_floating_point:
            from . import get_default_dtype
            return self.to(get_default_dtype())
        return self

    def __add__(self, o): return B.call(_fn('add'), (self._promoted(o), o))
    def __radd__(self, o): return B.call(_fn('add'), (o, self._promoted(o)))
    def __sub__(self, o): return B.call(_fn('sub'), (self._promoted(o), o))
    def __rsub__(self, o): return B.call(_fn('sub'), (o, self._promoted(o)))
    def __mul__(self, o): return B.call(_fn('mul'), (self._promoted(o), o))
    def __rmul__(self, o): return B.call(_fn('mul'), (o, self._promoted(o)))
    def __truediv__(self, o): return B.call(_fn('div'), (self, o))
    def __rtruediv__(self, o): return B.call(_fn('div'), (o, self))
    def __floordiv__(self, o): return B.call(_fn('div'), (self, o), {'rounding_mode': 'floor'})
    def __rfloordiv__(self, o): return B.call(_fn('div'), (o, self), {'rounding_mode': 'floor'})
    def __pow__(self, o): return B.call(_fn('pow'), (self._promoted(o), o))
    def __rpow__(self, o): return B.call(_fn('pow'), (o, self._promoted(o)))
    def __matmul__(self, o): return B.call(_fn('matmul'), (self, o))
    def __rmatmul__(self, o): return B.call(_fn('matmul'), (o, self))
    def __neg__(self): return B.call(self._js.neg)
    def __pos__(self): return self
    def __abs__(self): return B.call(self._js.abs)
    def __lt__(self, o): return B.call(_fn('lt'), (self, o))
    def __le__(self, o): return B.call(_fn('le'), (self, o))
    def __gt__(self, o): return B.call(_fn('gt'), (self, o))
    def __ge__(self, o): return B.call(_fn('ge'), (self, o))
    def __eq__(self, o): return B.call(_fn('eq'), (self, o))
    def __ne__(self, o): return B.call(_fn('ne'), (self, o))
    def __iadd__(self, o): return B.call(self._js.add_, (o,))
    def __isub__(self, o): return B.call(self._js.sub_, (o,))
    def __imul__(self, o): return B.call(self._js.mul_, (o,))
    def __itruediv__(self, o): return B.call(self._js.div_, (o,))

    def __mod__(self, o): missing('torch.remainder (the % operator on tensors)')
    def __and__(self, o): missing('torch.logical_and (the & operator on tensors)')
    def __or__(self, o): missing('torch.logical_or (the | operator on tensors)')
    def __invert__(self): missing('torch.logical_not (the ~ operator on tensors)')

    # ---- indexing ---------------------------------------------------------------------------------------
    def __getitem__(self, key):
        return _index(self, key)

    def __setitem__(self, key, value):
        view = _index(self, key)
        if isinstance(value, Tensor):
            view.copy_(value)
        else:
            view.fill_(value)

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        from ._missing import NAMES
        if name in NAMES['Tensor']:
            missing('Tensor.' + name)
        raise AttributeError(f"'Tensor' object has no attribute '{name}'")


def _values_indices(t, which, args, kwargs):
    r = B.call(getattr(t._js, which), args, kwargs)
    if isinstance(r, list):
        return (_max_result if which == 'max' else _min_result)(*r)
    return r


def _index(t, key):
    if not isinstance(key, tuple):
        key = (key,)
    if any(isinstance(k, Tensor) and k.dtype.name == 'bool' for k in key):
        missing('boolean mask indexing (t[mask])', 'use torch.where or a list of indices')
    n_real = sum(1 for k in key if k is not None and k is not Ellipsis)
    out = t
    dim = 0
    for k in key:
        if k is Ellipsis:
            dim += out.dim() - dim - (n_real - _consumed(key, k))
        elif k is None:
            out = out.unsqueeze(dim)
            dim += 1
        elif isinstance(k, bool):
            missing('indexing with True/False')
        elif isinstance(k, int) or (isinstance(k, Tensor) and k.dim() == 0 and not k.dtype.is_floating_point):
            if out.dim() <= dim:
                raise IndexError(f'too many indices for tensor of dimension {t.dim()}')
            out = B.call(out._js.select, (dim, int(k)))
        elif isinstance(k, slice):
            if out.dim() <= dim:
                raise IndexError(f'too many indices for tensor of dimension {t.dim()}')
            out = B.call(out._js.slice, (dim, k.start, k.stop, 1 if k.step is None else k.step))
            dim += 1
        elif isinstance(k, (list, Tensor)):
            out = B.call(out._js.index_select, (dim, k))
            dim += 1
        else:
            raise IndexError('only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got {})'.format(type(k).__name__))
    return out


def _consumed(key, upto):
    n = 0
    for k in key:
        if k is upto:
            return n
        if k is not None and k is not Ellipsis:
            n += 1
    return n


B.wrappers['tensor'] = _wrap
B.wrappers['dtypes'] = DTYPES
