"""UserWarnings PyTorch emits for common tutorial situations (TypeScript twins: SNIPPETS in
tests/golden-warnings.test.ts, same names). Records every warning's category and message, in order;
an empty list records that PyTorch stays silent."""
import warnings

import torch
from torch import nn, optim
from torch.optim import lr_scheduler

from common import write_fixture


def w():
    return torch.zeros(2, requires_grad=True)


def scheduler_before_optimizer():
    opt = optim.SGD([w()], lr=0.1)
    s = lr_scheduler.StepLR(opt, step_size=1)
    s.step()
    opt.step()
    s.step()


def right_order_is_silent():
    opt = optim.SGD([w()], lr=0.1)
    s = lr_scheduler.StepLR(opt, step_size=1)
    for _ in range(3):
        opt.step()
        s.step()


def get_lr_outside_step():
    opt = optim.SGD([w()], lr=0.1)
    s = lr_scheduler.StepLR(opt, step_size=1)
    s.get_lr()


def mse_size_mismatch():
    nn.MSELoss()(torch.zeros(3, 1), torch.zeros(3))


def nonleaf_grad():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = x * 2
    y.sum().backward()
    return y.grad


def duplicate_params():
    p = w()
    optim.SGD([p, p], lr=0.1)


def step_with_epoch():
    opt = optim.SGD([w()], lr=0.1)
    s = lr_scheduler.StepLR(opt, step_size=2)
    opt.step()
    s.step(1)
    opt.step()
    s.step(2)


SNIPPETS = {
    "step_with_epoch": step_with_epoch,
    "scheduler_before_optimizer": scheduler_before_optimizer,
    "right_order_is_silent": right_order_is_silent,
    "get_lr_outside_step": get_lr_outside_step,
    "mse_size_mismatch": mse_size_mismatch,
    "nonleaf_grad": nonleaf_grad,
    "duplicate_params": duplicate_params,
}


def run(fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fn()
    return {"warnings": [{"category": x.category.__name__, "message": str(x.message)} for x in caught]}


def main():
    write_fixture("warnings.json", "scripts/golden/gen_warnings.py", {n: run(f) for n, f in SNIPPETS.items()})


if __name__ == "__main__":
    main()
