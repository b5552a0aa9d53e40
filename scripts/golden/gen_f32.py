"""float32 reductions, losses and lesson loops from real PyTorch (cases: tests/golden/f32-cases.ts via cases.json).

Everything runs in the default float32. Inputs are generated (see f32-cases.ts: float32 of
offset + scale * ((a * i) mod m) / m), so the fixture stores only results: full float32 values
(non-finite ones as "nan"/"inf"/"-inf"), the gradient of losses (every 23rd element), and per-step losses of the loops.
"""
import torch
from torch import nn

from common import enc, flat, load_cases, write_fixture


def seq(s):
    vals = [s["offset"] + (s["scale"] * ((s["a"] * i) % s["m"])) / s["m"] for i in range(s["n"])]
    return torch.tensor(vals, dtype=torch.float32)


def full(x):
    """float32 values exactly (repr of the double they convert to), non-finite as strings."""
    return [v if v == v and abs(v) != float("inf") else enc(v) for v in x.detach().reshape(-1).tolist()]


def reduce_case(c):
    x = seq(c["x"]).reshape(c["shape"])
    kw = {} if "dim" not in c else {"dim": c["dim"]}
    out = getattr(torch, c["op"])(x, **kw)
    return {"shape": list(out.shape), "out": full(out)}


GRAD_EVERY = 23  # the gradient is stored at every 23rd element (elementwise; keeps the fixture small)
LOSSES = {"MSELoss": nn.MSELoss, "L1Loss": nn.L1Loss, "BCELoss": nn.BCELoss, "BCEWithLogitsLoss": nn.BCEWithLogitsLoss,
          "CrossEntropyLoss": nn.CrossEntropyLoss, "NLLLoss": nn.NLLLoss}


def loss_case(c):
    x = seq(c["input"]).reshape(c["shape"]).requires_grad_()
    tg = c["target"]
    if "classes" in tg:
        target = torch.tensor([(i * 7) % tg["classes"] for i in range(c["shape"][0])], dtype=torch.int64)
    else:
        target = seq(tg).reshape(c["shape"])
    inp = torch.sigmoid(x) if c.get("sigmoid") else x
    loss = LOSSES[c["loss"]](reduction=c.get("reduction", "mean"))(inp, target)
    loss.backward()
    return {"out": full(loss), "grad": full(x.grad.reshape(-1)[::GRAD_EVERY])}


def softmax_case(c):
    x = seq(c["x"]).reshape(c["shape"]).requires_grad_()
    fn = getattr(torch, c["fn"])
    out = fn(x) if c["fn"] in ("sigmoid", "tanh") else fn(x, dim=c["dim"])
    (out * seq(c["w"]).reshape(c["shape"])).sum().backward()
    return {"out": full(out), "grad": full(x.grad)}


def lesson_data():
    torch.manual_seed(0)
    x = torch.rand(32, 1).mul(2).sub(1)
    y = x.mul(2).add(1).add(torch.rand(32, 1).mul(0.2))
    return x, y


def loop_case(c):
    x, y = lesson_data()
    criterion = nn.MSELoss()
    torch.manual_seed(1)
    model = nn.Linear(1, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=c["lr"])
    losses = []
    for _ in range(c["steps"]):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return {"losses": full(torch.tensor(losses, dtype=torch.float32)),
            "weight": full(model.weight), "bias": full(model.bias)}


def parabola_case(c):
    x = torch.tensor([1.0], requires_grad=True)
    optimizer = torch.optim.SGD([x], lr=c["lr"])
    xs = []
    for _ in range(c["steps"]):
        optimizer.zero_grad()
        f = (x ** 2).sum()
        f.backward()
        optimizer.step()
        xs.append(x.item())
    return {"xs": full(torch.tensor(xs, dtype=torch.float32))}


def pileup_case(c):
    v = seq(c["x"])
    w = c.get("width")
    k = w or 1
    gx, gy = [], []
    for i in range(c["x"]["n"] // (2 * k)):
        a, b = v[2 * i * k:(2 * i + 1) * k], v[(2 * i + 1) * k:(2 * i + 2) * k]
        x = (a if w else a[0]).clone().requires_grad_()
        y = (b if w else b[0]).clone().requires_grad_()
        for _ in range(c["steps"]):  # no zero_grad(): the gradients pile up
            loss = (1 - x) ** 2 + 100 * (y - x ** 2) ** 2 + x * y + x * 3.3
            (loss.sum() if w else loss).backward()
            gx.append(x.grad.clone())
            gy.append(y.grad.clone())
    return {"gx": full(torch.stack(gx)), "gy": full(torch.stack(gy))}


KINDS = {"reduce": reduce_case, "loss": loss_case, "softmax": softmax_case, "loop": loop_case, "parabola": parabola_case,
         "pileup": pileup_case}


def main():
    torch.set_default_dtype(torch.float32)
    torch.set_num_threads(1)
    out = {}
    for c in load_cases()["f32"]:
        out[c["name"]] = {"fp": c["_fp"], **KINDS[c["kind"]](c)}
    write_fixture("f32.json", "gen_f32.py", out)


if __name__ == "__main__":
    main()
