"""torch.nn.functional: generated from the engine's `F` namespace."""
from .. import _bridge as B
from .. import _generate
from .._missing import module_getattr

_generate.functions(globals(), B.engine.F, B.meta.nnFunctional, 'nn.functional', 'torch.nn.functional')
__getattr__ = module_getattr('torch.nn.functional', 'nn.functional', None)
