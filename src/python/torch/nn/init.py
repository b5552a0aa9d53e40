"""torch.nn.init: generated from the engine's `nn.init` namespace."""
from .. import _bridge as B
from .. import _generate
from .._missing import module_getattr

_generate.functions(globals(), B.engine.nn.init, B.meta.nnInit, 'nn.init', 'torch.nn.init')
__getattr__ = module_getattr('torch.nn.init', 'nn.init', None)
