"""PyTorch APIs the engine does not have raise NotImplementedError naming them; names PyTorch does not have
either raise PyTorch's own AttributeError. `NAMES` (generated from real PyTorch) tells the two apart."""
from ._pytorch_names import NAMES


def missing(what, hint=None):
    msg = f'{what} is not available in this in-browser PyTorch (Optimizer Coach runs a small engine)'
    raise NotImplementedError(msg + (f'; {hint}' if hint else ''))


def module_getattr(module_name, names_key, owner):
    """A module-level __getattr__ (PEP 562) for `torch.<name>`, `torch.nn.<name>`, …"""
    def __getattr__(name):
        if name in NAMES.get(names_key, ()):
            missing(f'{module_name}.{name}')
        raise AttributeError(f"module '{module_name}' has no attribute '{name}'")
    return __getattr__
