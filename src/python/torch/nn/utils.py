"""torch.nn.utils (clip_grad_norm_, clip_grad_value_): generated from the engine's `nn.utils` when it has them."""
from .. import _bridge as B
from .. import _generate
from .._missing import module_getattr

if B.engine.has(B.engine.nn, 'utils'):
    _generate.functions(globals(), B.engine.nn.utils, B.meta.nnUtils, 'nn.utils', 'torch.nn.utils')
__getattr__ = module_getattr('torch.nn.utils', 'nn.utils', None)
