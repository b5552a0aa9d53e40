"""str(tensor) from real PyTorch (cases: tests/golden/print-cases.ts via cases.json)."""
import torch
import torch.nn.functional as F
from torch import nn, optim

from common import load_cases, write_fixture

DTYPES = {"float32": torch.float32, "float64": torch.float64, "int64": torch.int64}

# Same names and expressions as TRANSFORMS in tests/golden-print.test.ts.
TRANSFORMS = {
    "mean": lambda t: t.mean(),
    "sum": lambda t: t.sum(),
    "add1": lambda t: t.add(1),
    "sub1": lambda t: t.sub(1),
    "mul2": lambda t: t.mul(2),
    "div2": lambda t: t.div(2),
    "neg": lambda t: t.neg(),
    "pow2": lambda t: t.pow(2),
    "exp": lambda t: t.exp(),
    "abs": lambda t: t.abs(),
    "tanh": lambda t: t.tanh(),
    "sigmoid": lambda t: t.sigmoid(),
    "relu": lambda t: t.relu(),
    "clamp": lambda t: t.clamp(-1, 1),
    "t": lambda t: t.t(),
    "transpose": lambda t: t.transpose(0, 1),
    "reshape": lambda t: t.reshape(3, 2),
    "view": lambda t: t.view(6),
    "unsqueeze": lambda t: t.unsqueeze(0),
    "select": lambda t: t.select(0, 1),
    "matmul": lambda t: t.matmul(t.t()),
    "max": lambda t: t.max(),
    "softmax": lambda t: t.softmax(1),
    "log_softmax": lambda t: t.log_softmax(1),
    "mse": lambda t: torch.nn.MSELoss()(t, torch.zeros(2, 3)),
    "cross_entropy": lambda t: torch.nn.CrossEntropyLoss()(t, torch.tensor([2, 0])),
    "linear": lambda t: F.linear(t, torch.tensor([[0.5, -1.0, 0.25]]), torch.tensor([0.1])),
    "square_mean": lambda t: (t * t).mean(),
}


def run_case(case):
    torch.set_default_dtype(torch.float32)
    n = 1
    for s in case["shape"]:
        n *= s
    r = case.get("range")
    special = {"nan": float("nan"), "inf": float("inf"), "-inf": float("-inf"), "-0": -0.0}
    vals = [r["start"] + i * r["step"] for i in range(n)] if r else [special.get(v, v) for v in case["values"]]
    t = torch.tensor(vals, dtype=DTYPES[case["dtype"]]).reshape(case["shape"]).clone()
    if case.get("requires_grad"):
        t.requires_grad_()
    if case.get("then"):
        t = TRANSFORMS[case["then"]](t)
    return {"fp": case["_fp"], "str": str(t)}


def w():
    return torch.zeros(2, requires_grad=True)


# str() of optimizers and modules; TypeScript twins: REPRS in tests/golden-print.test.ts (same names).
REPRS = {
    "repr_sgd": lambda: optim.SGD([w()], lr=0.1),
    "repr_sgd_momentum": lambda: optim.SGD([w()], lr=0.1, momentum=0.9, nesterov=True),
    "repr_adam": lambda: optim.Adam([w()]),
    "repr_adamw_groups": lambda: optim.AdamW([{"params": [w()], "lr": 0.01}, {"params": [w()]}], lr=0.001),
    "repr_rmsprop": lambda: optim.RMSprop([w()], lr=0.01, centered=True),
    "repr_lbfgs": lambda: optim.LBFGS([w()], line_search_fn="strong_wolfe"),
    "repr_linear": lambda: nn.Linear(3, 2),
    "repr_linear_no_bias": lambda: nn.Linear(4, 1, bias=False),
    "repr_sequential": lambda: nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1)),
    "repr_mse": lambda: nn.MSELoss(),
    "repr_cross_entropy": lambda: nn.CrossEntropyLoss(),
}


def main():
    cases = load_cases()
    out = {c["name"]: run_case(c) for c in cases["print"]}
    out.update({name: {"str": str(fn())} for name, fn in REPRS.items()})
    write_fixture("print.json", "scripts/golden/gen_print.py", out)


if __name__ == "__main__":
    main()
