"""nn.Module in Python, as PyTorch writes it: sub-modules and parameters registered by attribute assignment,
`parameters()`, `state_dict()`, `train()`/`eval()`, the repr. Gradients, losses and layers are the engine's:
`zero_grad`, `load_state_dict` and `to` go through an engine module holding the same parameters."""
from collections import OrderedDict, namedtuple

from .. import _bridge as B
from .._tensor import Tensor
from .._missing import NAMES, missing
from .parameter import Parameter
from .._generate import bind_required


def _addindent(s_, numSpaces):
    s = s_.split('\n')
    if len(s) == 1:
        return s_
    first = s.pop(0)
    s = [(numSpaces * ' ') + line for line in s]
    return first + '\n' + '\n'.join(s)


class _IncompatibleKeys(namedtuple('IncompatibleKeys', ['missing_keys', 'unexpected_keys'])):
    def __repr__(self):
        if not self.missing_keys and not self.unexpected_keys:
            return '<All keys matched successfully>'
        return super().__repr__()

    __str__ = __repr__


class Module:
    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError(f'{type(self).__name__}.__init__() takes 1 positional argument but {len(args) + 1} were given')
        object.__setattr__(self, 'training', True)
        object.__setattr__(self, '_parameters', {})
        object.__setattr__(self, '_buffers', {})
        object.__setattr__(self, '_modules', {})

    def forward(self, *input):
        raise NotImplementedError(f'Module [{type(self).__name__}] is missing the required "forward" function')

    def __call__(self, *args, **kwargs):
        return self.forward(*args, **kwargs)

    # ---- registration -----------------------------------------------------------------------------------
    def __setattr__(self, name, value):
        d = self.__dict__
        params = d.get('_parameters')
        modules = d.get('_modules')
        if isinstance(value, Parameter):
            if params is None:
                raise AttributeError('cannot assign parameters before Module.__init__() call')
            d.pop(name, None)
            modules.pop(name, None)
            self.register_parameter(name, value)
        elif params is not None and name in params:
            if value is not None:
                raise TypeError(f"cannot assign '{_typename(value)}' as parameter '{name}' (torch.nn.Parameter or None expected)")
            self.register_parameter(name, value)
        elif isinstance(value, Module):
            if modules is None:
                raise AttributeError('cannot assign module before Module.__init__() call')
            d.pop(name, None)
            params.pop(name, None)
            modules[name] = value
        elif modules is not None and name in modules:
            if value is not None:
                raise TypeError(f"cannot assign '{_typename(value)}' as child module '{name}' (torch.nn.Module or None expected)")
            modules[name] = value
        else:
            object.__setattr__(self, name, value)

    def __getattr__(self, name):
        d = self.__dict__
        for store in ('_parameters', '_buffers', '_modules'):
            if store in d and name in d[store]:
                return d[store][name]
        if name in NAMES['nn.Module'] and not name.startswith('_'):
            missing(f'nn.Module.{name}')
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __delattr__(self, name):
        for store in ('_parameters', '_buffers', '_modules'):
            if name in self.__dict__.get(store, {}):
                del self.__dict__[store][name]
                return
        object.__delattr__(self, name)

    def register_parameter(self, name, param):
        if '_parameters' not in self.__dict__:
            raise AttributeError('cannot assign parameter before Module.__init__() call')
        if param is not None and not isinstance(param, Parameter):
            raise TypeError(f"cannot assign '{_typename(param)}' object to parameter '{name}' (torch.nn.Parameter or None required)")
        self._parameters[name] = param

    def register_buffer(self, name, tensor, persistent=True):
        self._buffers[name] = tensor

    def add_module(self, name, module):
        if module is not None and not isinstance(module, Module):
            raise TypeError(f'{_typename(module)} is not a Module subclass')
        self._modules[name] = module

    register_module = add_module

    # ---- traversal --------------------------------------------------------------------------------------
    def named_modules(self, memo=None, prefix='', remove_duplicate=True):
        if memo is None:
            memo = set()
        if self in memo and remove_duplicate:
            return
        memo.add(self)
        yield prefix, self
        for name, module in self._modules.items():
            if module is None:
                continue
            yield from module.named_modules(memo, prefix + ('.' if prefix else '') + name, remove_duplicate)

    def modules(self):
        for _, m in self.named_modules():
            yield m

    def named_children(self):
        seen = set()
        for name, m in self._modules.items():
            if m is not None and m not in seen:
                seen.add(m)
                yield name, m

    def children(self):
        for _, m in self.named_children():
            yield m

    def named_parameters(self, prefix='', recurse=True, remove_duplicate=True):
        seen = set()
        mods = self.named_modules(prefix=prefix, remove_duplicate=remove_duplicate) if recurse else [(prefix, self)]
        for mod_prefix, m in mods:
            for name, p in m._parameters.items():
                if p is None or (remove_duplicate and p in seen):
                    continue
                seen.add(p)
                yield mod_prefix + ('.' if mod_prefix else '') + name, p

    def parameters(self, recurse=True):
        for _, p in self.named_parameters(recurse=recurse):
            yield p

    def named_buffers(self, prefix='', recurse=True):
        mods = self.named_modules(prefix=prefix) if recurse else [(prefix, self)]
        for mod_prefix, m in mods:
            for name, b in m._buffers.items():
                if b is not None:
                    yield mod_prefix + ('.' if mod_prefix else '') + name, b

    def buffers(self, recurse=True):
        for _, b in self.named_buffers(recurse=recurse):
            yield b

    # ---- engine-backed operations -----------------------------------------------------------------------
    def _holder(self):
        return B.engine.holder(self._get_name(), B.to_js_value([[n, p] for n, p in self.named_parameters()]))

    def zero_grad(self, set_to_none=True):
        B.call(self._holder().zero_grad, (), {'set_to_none': set_to_none})

    def state_dict(self, *args, destination=None, prefix='', keep_vars=False):
        out = OrderedDict() if destination is None else destination
        for m_prefix, m in self.named_modules(prefix=prefix.rstrip('.')):
            dot = m_prefix + ('.' if m_prefix else '')
            for name, p in m._parameters.items():
                if p is not None:
                    out[dot + name] = p if keep_vars else p.detach()
            for name, b in m._buffers.items():
                if b is not None:
                    out[dot + name] = b if keep_vars else b.detach()
        return out

    def load_state_dict(self, state_dict, strict=True, assign=False):
        if not isinstance(state_dict, dict):
            raise TypeError(f'Expected state_dict to be dict-like, got {type(state_dict)}.')
        r = B.call(self._holder().load_state_dict, (dict(state_dict),), {'strict': strict})
        keys = r if isinstance(r, dict) else {k: B.get(r, k) for k in ('missing_keys', 'unexpected_keys')}
        return _IncompatibleKeys(list(keys['missing_keys']), list(keys['unexpected_keys']))

    def to(self, *args, **kwargs):
        for a in list(args) + list(kwargs.values()):
            if a not in ('cpu', None) and not isinstance(a, (bool,)):
                B.call(self._holder().to, (a,))
        return self

    def double(self):
        return self.to(B.wrappers['dtypes']['float64'])

    def float(self):
        return self.to(B.wrappers['dtypes']['float32'])

    def cpu(self):
        return self

    def train(self, mode=True):
        if not isinstance(mode, bool):
            raise ValueError('training mode is expected to be boolean')
        for m in self.modules():
            object.__setattr__(m, 'training', mode)
            js = m.__dict__.get('_js')
            if js is not None:
                B.call(js.train, (mode,))
        return self

    def eval(self):
        return self.train(False)

    def requires_grad_(self, requires_grad=True):
        for p in self.parameters():
            p.requires_grad_(requires_grad)
        return self

    def apply(self, fn):
        for m in self.children():
            m.apply(fn)
        fn(self)
        return self

    # ---- printing ---------------------------------------------------------------------------------------
    def _get_name(self):
        return type(self).__name__

    def extra_repr(self):
        return ''

    def __repr__(self):
        extra_lines = []
        extra_repr = self.extra_repr()
        if extra_repr:
            extra_lines = extra_repr.split('\n')
        child_lines = []
        for key, module in self._modules.items():
            mod_str = _addindent(repr(module), 2)
            child_lines.append('(' + key + '): ' + mod_str)
        lines = extra_lines + child_lines
        main_str = self._get_name() + '('
        if lines:
            if len(extra_lines) == 1 and not child_lines:
                main_str += extra_lines[0]
            else:
                main_str += '\n  ' + '\n  '.join(lines) + '\n'
        return main_str + ')'

    def __dir__(self):
        return sorted(set(object.__dir__(self)) | set(self._parameters) | set(self._modules) | set(self._buffers))


def _typename(v):
    if isinstance(v, Tensor):
        return v.type()
    t = type(v)
    return t.__qualname__ if t.__module__ == 'builtins' else f'{t.__module__}.{t.__qualname__}'


class EngineModule(Module):
    """Base of the built-in layers and losses (nn.Linear, nn.ReLU, nn.MSELoss, …): each wraps the engine's
    module of the same name (`_js`); its parameters are the engine's tensors."""
    _engine_name = None

    def __init__(self, *args, **kwargs):
        Module.__init__(self)
        a, k = bind_required('nn.' + self._engine_name, args, kwargs, self._engine_name + '.__init__')
        js = B.call(getattr(B.engine.nn, self._engine_name), a, k)
        object.__setattr__(self, '_js', B.to_js_value(js) if not hasattr(js, '_js') else js._js)
        for name, p in B.call(self._js.named_parameters, (), {'recurse': False}):
            self._parameters[name] = p

    def forward(self, *args, **kwargs):
        return B.call(self._js, args, kwargs)

    def extra_repr(self):
        return str(self._js.extra_repr())

    def __setattr__(self, name, value):
        Module.__setattr__(self, name, value)
        if '_js' in self.__dict__ and (isinstance(value, Tensor) or (value is None and name in self._parameters)):
            B.engine.set(self._js, name, B.to_js_value(value))

    def __getattr__(self, name):
        d = self.__dict__
        for store in ('_parameters', '_buffers', '_modules'):
            if store in d and name in d[store]:
                return d[store][name]
        js = d.get('_js')
        if js is not None and not name.startswith('_') and B.engine.has(js, name):
            return B.get(js, name)
        return Module.__getattr__(self, name)


_classes = {}


def engine_module_class(name):
    """The Python class of the engine's module `name` (one class per name, so isinstance works)."""
    cls = _classes.get(name)
    if cls is None:
        cls = _classes[name] = type(name, (EngineModule,), {'_engine_name': name, '__module__': 'torch.nn', '__qualname__': name})
    return cls


B.wrappers['module'] = lambda js: _wrap_module(js)


def _wrap_module(js):
    name = str(js._get_name())
    m = object.__new__(engine_module_class(name))
    Module.__init__(m)
    object.__setattr__(m, '_js', js)
    for pname, p in B.call(js.named_parameters, (), {'recurse': False}):
        m._parameters[pname] = p
    return m
