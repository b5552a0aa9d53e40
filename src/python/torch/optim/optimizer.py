"""Optimizers: each class wraps the engine's optimizer of the same name. `param_groups` are live views of the
engine's groups (`optimizer.param_groups[0]['lr'] = 0.01` changes the lr the engine's next step uses)."""
import collections
from collections.abc import MutableMapping

from .. import _bridge as B
from .._missing import NAMES, missing
from .._generate import bind_required

_TUPLE_KEYS = ('betas', 'etas', 'step_sizes')


def _py_value(key, v):
    v = B.from_js(v)
    return tuple(v) if key in _TUPLE_KEYS and isinstance(v, list) else v


class ParamGroup(MutableMapping):
    """One entry of `optimizer.param_groups`: reads and writes go to the engine's group object."""
    __slots__ = ('_js',)

    def __init__(self, js):
        self._js = js

    def __getitem__(self, key):
        if not B.engine.has(self._js, key):
            raise KeyError(key)
        return _py_value(key, B.engine.get(self._js, key))

    def __setitem__(self, key, value):
        B.engine.set(self._js, key, B.to_js_value(value))

    def __delitem__(self, key):
        missing('deleting a key of a param group')

    def __iter__(self):
        return iter(list(B.engine.keys(self._js)))

    def __len__(self):
        return len(B.engine.keys(self._js))

    def __repr__(self):
        return repr(dict(self))


class _State(collections.defaultdict):
    # named like its base, so type(optimizer.state).__name__ and its repr read 'defaultdict' as in PyTorch
    def __init__(self, read_keys, items):
        super().__init__(dict, items)
        self._read_keys = read_keys

    def __missing__(self, key):
        if not any(k is key for k in self._read_keys):
            self._read_keys.append(key)
        return super().__missing__(key)


_State.__name__ = _State.__qualname__ = 'defaultdict'


class Optimizer:
    """Base of the optimizer classes (the engine does the work; subclassing it in Python is not supported)."""
    _engine_name = 'Optimizer'

    def __init__(self, params, *args, **kwargs):
        if type(self) is Optimizer or type(self)._engine_name == Optimizer._engine_name:
            missing('subclassing torch.optim.Optimizer', 'use one of the built-in optimizers')
        params = list(params) if not isinstance(params, (list, tuple, dict)) else params
        a, k = bind_required('optim.' + self._engine_name, (params,) + args, kwargs, self._engine_name + '.__init__')
        js = B.call(getattr(B.engine.optim, self._engine_name), a, k)
        object.__setattr__(self, '_js', js._js if hasattr(js, '_js') else js)
        object.__setattr__(self, '_groups', [])
        object.__setattr__(self, '_read_keys', [])

    @property
    def param_groups(self):
        js_groups = list(B.engine.get(self._js, 'param_groups'))
        if len(self._groups) != len(js_groups):
            self._groups[:] = [ParamGroup(g) for g in js_groups]
        return self._groups

    @property
    def defaults(self):
        d = B.engine.get(self._js, 'defaults')
        return {k: _py_value(k, B.engine.get(d, k)) for k in B.engine.keys(d)}

    @property
    def state(self):
        # PyTorch's Optimizer.state is a defaultdict(dict): reading a parameter without state gives {} and keeps it
        # as a key (the engine's state is read afresh each time, so the keys read so far are remembered here)
        d = _State(self._read_keys, B.from_js(B.engine.get(self._js, 'state')))
        for k in self._read_keys:
            if k not in d:
                dict.__setitem__(d, k, {})
        return d

    def step(self, closure=None):
        return B.call(self._js.step, () if closure is None else (closure,))

    def zero_grad(self, set_to_none=True):
        B.call(self._js.zero_grad, (), None if set_to_none is True else {'set_to_none': set_to_none})

    def add_param_group(self, param_group):
        g = dict(param_group)
        if not isinstance(g.get('params'), (list, tuple)) and 'params' in g:
            g['params'] = list(g['params'])
        B.call(self._js.add_param_group, (g,))

    def state_dict(self):
        sd = B.call(self._js.state_dict)
        sd['state'] = {int(k): v for k, v in sd['state'].items()}
        sd['param_groups'] = [{k: (tuple(v) if k in _TUPLE_KEYS and isinstance(v, list) else v) for k, v in g.items()} for g in sd['param_groups']]
        return sd

    def load_state_dict(self, state_dict):
        B.call(self._js.load_state_dict, (state_dict,))

    def __repr__(self):
        return str(self._js.toString())

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        if name in NAMES['optim.Optimizer']:
            missing(f'Optimizer.{name}')
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")


_classes = {}


def optimizer_class(name):
    cls = _classes.get(name)
    if cls is None:
        cls = _classes[name] = type(name, (Optimizer,), {'_engine_name': name, '__module__': 'torch.optim', '__qualname__': name})
    return cls


def _wrap_optimizer(js):
    o = object.__new__(optimizer_class(str(js._name)))
    object.__setattr__(o, '_js', js)
    object.__setattr__(o, '_groups', [])
    return o


B.wrappers['optimizer'] = _wrap_optimizer
