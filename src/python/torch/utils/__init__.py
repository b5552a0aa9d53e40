"""torch.utils: only `data` (TensorDataset, DataLoader) exists here."""
from . import data
from .._missing import module_getattr

__getattr__ = module_getattr('torch.utils', 'utils', None)
