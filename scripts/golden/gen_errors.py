"""Exception type and message of common mistakes in real PyTorch (names: tests/golden/error-cases.ts);
type None records that PyTorch accepts the code.
The TypeScript twins of these snippets are in tests/golden-errors.test.ts (same names)."""
import torch
from torch import nn, optim
from torch.optim import lr_scheduler
from torch.utils.data import DataLoader, TensorDataset

from common import load_error_names, write_fixture


def w():
    return torch.zeros(2, requires_grad=True)


def sgd():
    return optim.SGD([w()], lr=0.1, momentum=0.9)


def backward_twice():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = (x * x).sum()
    y.backward()
    y.backward()


def leaf_in_place():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    x.add_(1)


def onecycle_too_many_steps():
    opt = sgd()
    s = lr_scheduler.OneCycleLR(opt, max_lr=0.1, total_steps=3)
    for _ in range(4):
        opt.step()
        s.step()


def sequential_milestones():
    opt = sgd()
    a = lr_scheduler.ConstantLR(opt, factor=0.5, total_iters=2)
    b = lr_scheduler.ExponentialLR(opt, gamma=0.9)
    lr_scheduler.SequentialLR(opt, schedulers=[a, b], milestones=[2, 4])


def lbfgs_no_closure():
    optim.LBFGS([w()]).step()


def with_grad(name, **kw):
    p = torch.zeros(2, requires_grad=True)
    p.grad = torch.ones(2)
    return getattr(optim, name)([p], **kw)


def step_with_lr(name, lr, steps_before=0):
    opt = with_grad(name)
    for _ in range(steps_before):
        opt.step()
    opt.param_groups[0]["lr"] = lr
    opt.step()


def steplr_zero_step_size():
    opt = sgd()
    s = lr_scheduler.StepLR(opt, step_size=0)
    opt.step()
    s.step()


def clip_grad_norm_nonfinite():
    p = w()
    p.grad = torch.tensor([float("inf"), 1.0])
    nn.utils.clip_grad_norm_([p], 1.0, error_if_nonfinite=True)


def module_load_missing_and_unexpected():
    nn.Linear(2, 1).load_state_dict({"weight": torch.zeros(1, 2), "bogus": torch.zeros(1)})


def module_load_size_mismatch():
    nn.Sequential(nn.Linear(2, 1)).load_state_dict({"0.weight": torch.zeros(1, 3), "0.bias": torch.zeros(1)})


SNIPPETS = {
    "params_is_tensor": lambda: optim.SGD(w(), lr=0.1),
    "empty_params": lambda: optim.Adam([]),
    "param_in_two_groups": lambda: (lambda p: optim.SGD([{"params": [p]}, {"params": [p]}], lr=0.1))(w()),
    "negative_lr": lambda: optim.Adam([w()], lr=-0.5),
    "nan_lr": lambda: optim.Adam([w()], lr=float("nan")),
    "sgd_nan_lr_accepted": lambda: optim.SGD([w()], lr=float("nan")),
    "negative_momentum": lambda: optim.SGD([w()], lr=0.1, momentum=-0.5),
    "nesterov_without_momentum": lambda: optim.SGD([w()], lr=0.1, nesterov=True),
    "adam_negative_eps": lambda: optim.Adam([w()], eps=-0.5),
    "adam_beta1_too_big": lambda: optim.Adam([w()], betas=(1.5, 0.999)),
    "rmsprop_negative_alpha": lambda: optim.RMSprop([w()], alpha=-0.5),
    "adagrad_negative_lr_decay": lambda: optim.Adagrad([w()], lr_decay=-0.5),
    "rprop_bad_etas": lambda: optim.Rprop([w()], etas=(1.5, 0.5)),
    "lbfgs_param_groups": lambda: optim.LBFGS([{"params": [w()]}, {"params": [w()]}]),
    "lbfgs_no_closure": lbfgs_no_closure,
    "adam_unknown_option": lambda: optim.Adam([w()], weight_decy=0.1),
    "matmul_shapes": lambda: torch.zeros(100, 10) @ torch.zeros(5, 1),
    "broadcast_mismatch": lambda: torch.zeros(3) + torch.zeros(4),
    "view_bad_shape": lambda: torch.zeros(2, 3).view(4),
    "backward_non_scalar": lambda: (torch.tensor([1.0, 2.0], requires_grad=True) * 2).backward(),
    "backward_twice": backward_twice,
    "backward_no_grad": lambda: torch.tensor([1.0, 2.0]).sum().backward(),
    "leaf_in_place": leaf_in_place,
    "int_requires_grad": lambda: torch.tensor([1, 2], dtype=torch.int64, requires_grad=True),
    "onecycle_too_many_steps": onecycle_too_many_steps,
    "constantlr_bad_factor": lambda: lr_scheduler.ConstantLR(sgd(), factor=1.5),
    "cyclic_bad_mode": lambda: lr_scheduler.CyclicLR(sgd(), base_lr=0.01, max_lr=0.1, mode="zigzag"),
    "plateau_bad_factor": lambda: lr_scheduler.ReduceLROnPlateau(sgd(), factor=1.5),
    "sequential_milestones": sequential_milestones,
    "steplr_zero_step_size": steplr_zero_step_size,
    "sgd_string_lr_step": lambda: step_with_lr("SGD", "0.1"),
    "adam_string_lr_step": lambda: step_with_lr("Adam", "0.1"),
    "adamw_none_lr_step": lambda: step_with_lr("AdamW", None),
    "radam_list_lr_step": lambda: step_with_lr("RAdam", [0.1]),
    "rprop_string_lr_after_first_step": lambda: step_with_lr("Rprop", "0.1", steps_before=1),
    "step_closure_int": lambda: sgd().step(42),
    "load_state_dict_empty": lambda: sgd().load_state_dict({}),
    "load_state_dict_none": lambda: sgd().load_state_dict(None),
    "load_state_dict_list": lambda: sgd().load_state_dict([1, 2]),
    "load_state_dict_no_state": lambda: sgd().load_state_dict({"param_groups": [{"lr": 0.1, "params": [0]}]}),
    "load_state_dict_group_without_params": lambda: sgd().load_state_dict({"state": {}, "param_groups": [{"lr": 0.1}]}),
    "scheduler_load_state_dict_none": lambda: lr_scheduler.StepLR(sgd(), step_size=2).load_state_dict(None),
    "clip_grad_norm_nonfinite": clip_grad_norm_nonfinite,
    "clip_grad_value_no_grads": lambda: nn.utils.clip_grad_value_([w()], 1.0),
    "dropout_bad_p": lambda: nn.Dropout(1.5),
    "dataloader_batch_size_zero": lambda: DataLoader(TensorDataset(torch.zeros(3)), batch_size=0),
    "dataloader_shuffle_and_sampler": lambda: DataLoader(TensorDataset(torch.zeros(3)), shuffle=True, sampler=[0, 1, 2]),
    "dataloader_negative_workers": lambda: DataLoader(TensorDataset(torch.zeros(3)), num_workers=-1),
    "tensordataset_size_mismatch": lambda: TensorDataset(torch.zeros(3), torch.zeros(4)),
    "module_load_missing_and_unexpected": module_load_missing_and_unexpected,
    "module_load_size_mismatch": module_load_size_mismatch,
}


def run(name):
    try:
        SNIPPETS[name]()
    except Exception as ex:  # noqa: BLE001 - recording what PyTorch raises is the point
        return {"type": type(ex).__name__, "message": str(ex)}
    return {"type": None, "message": None}  # PyTorch accepts it: the engine must not throw either


def main():
    names = load_error_names()
    assert sorted(names) == sorted(SNIPPETS), "error-cases.ts and SNIPPETS disagree"
    write_fixture("errors.json", "scripts/golden/gen_errors.py", {n: run(n) for n in names})


if __name__ == "__main__":
    main()
