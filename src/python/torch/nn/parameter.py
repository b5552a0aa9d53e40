"""nn.Parameter: a Tensor the engine marks as a parameter (printed `Parameter containing:`)."""
from .. import _bridge as B
from .._tensor import Tensor


class Parameter(Tensor):
    __slots__ = ()

    def __new__(cls, data=None, requires_grad=True):
        from .. import empty
        if data is None:
            data = empty(0)
        return B.call(B.engine.nn.Parameter, (data, requires_grad))


B.wrappers['parameter'] = Parameter
