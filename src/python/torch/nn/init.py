"""torch.nn.init: generated from the engine's `nn.init` namespace. The engine takes `normal_`, `uniform_` and
`constant_`'s numbers positionally (no options object), so those three bind PyTorch's keywords here."""
from .. import _bridge as B
from .. import _generate
from .._missing import module_getattr

_init = B.engine.nn.init


def normal_(tensor, mean=0.0, std=1.0, generator=None):
    return B.call(_init.normal_, (tensor, mean, std))


def uniform_(tensor, a=0.0, b=1.0, generator=None):
    return B.call(_init.uniform_, (tensor, a, b))


def constant_(tensor, val):
    return B.call(_init.constant_, (tensor, val))


_generate.functions(globals(), _init, B.meta.nnInit, 'nn.init', 'torch.nn.init')
__getattr__ = module_getattr('torch.nn.init', 'nn.init', None)
