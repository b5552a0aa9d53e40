"""torch.utils.data: the engine's Dataset/TensorDataset/DataLoader, wrapped when the engine has them."""
from .. import _bridge as B
from .._missing import module_getattr

__getattr__ = module_getattr('torch.utils.data', 'utils.data', None)
