"""Training-loop golden data from real PyTorch 2.x: DataLoader order, clip_grad_norm_/clip_grad_value_, Dropout
masks, optimizer reprs and save/resume (cases: tests/golden/loop-cases.ts, exported to cases-loop.json).
Writes loop.json; the test is tests/golden-loop.test.ts."""
import copy
import json
import os

import torch
from torch import nn, optim
from torch.optim import lr_scheduler
from torch.utils.data import DataLoader, TensorDataset

from common import HERE, enc, flat, ser, write_fixture


def load_loop_cases():
    with open(os.path.join(HERE, "cases-loop.json")) as f:
        return json.load(f)


def fnv(ints):
    """FNV-1a (32 bit) of the comma-joined decimal indices (the test computes the same)."""
    h = 0x811C9DC5
    for ch in ",".join(str(i) for i in ints):
        h ^= ord(ch)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return "%08x" % h


DT = {"float32": torch.float32, "float64": torch.float64}


def data_case(c):
    torch.manual_seed(c["seed"])
    n = c["n"]
    ds = TensorDataset(torch.arange(n, dtype=torch.float32), torch.arange(n) * 2)
    loader = DataLoader(ds, batch_size=c["batch_size"], shuffle=c["shuffle"], drop_last=c["drop_last"])
    epochs = []
    for _ in range(2):
        order, sizes = [], []
        for x, y in loader:
            assert torch.equal(y, x.long() * 2)
            order.extend(int(v) for v in x.tolist())
            sizes.append(len(x))
        epochs.append({"head": order[:16], "fnv": fnv(order), "count": len(order), "nb": len(sizes), "last": sizes[-1] if sizes else 0})
    return {"len": len(loader), "epochs": epochs, "after": flat(torch.rand(2))}


def clip_case(c):
    dtype = DT[c["dtype"]]
    params = []
    for g in c["grads"]:
        p = torch.zeros(len(g), dtype=dtype, requires_grad=True)
        p.grad = torch.tensor(g, dtype=dtype)
        params.append(p)
    out = {}
    if c["fn"] == "norm":
        nt = c.get("norm_type", 2.0)
        total = nn.utils.clip_grad_norm_(params, c["max_norm"], norm_type=float("inf") if nt == "inf" else nt)
        out["total"] = enc(total.item())
        out["total_dtype"] = str(total.dtype).replace("torch.", "")
    else:
        nn.utils.clip_grad_value_(params, c["max_norm"])
    out["grads"] = [flat(p.grad) for p in params]
    return out


def dropout_case(c):
    torch.manual_seed(c["seed"])
    d = nn.Dropout(c["p"])
    y = d(torch.ones(c["shape"], dtype=DT[c["dtype"]]))
    return {"y": flat(y), "after": flat(torch.rand(2))}


def repr_case(c):
    opt = getattr(optim, c["optimizer"])([torch.zeros(2, requires_grad=True)], **c["options"])
    return {"repr": str(opt)}


def build(c, prob, seed):
    torch.manual_seed(seed)
    model = nn.Linear(3, 1)
    opt = getattr(optim, c["optimizer"])(model.parameters(), **c["options"])
    sched = getattr(lr_scheduler, c["scheduler"])(opt, **c["scheduler_options"])
    return model, opt, sched


def train(model, opt, sched, steps, X, Y, losses, lrs):
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(X), Y)
        loss.backward()
        opt.step()
        sched.step()
        losses.append(loss.item())
        lrs.append(opt.param_groups[0]["lr"])


def resume_case(c, prob):
    X, Y = torch.tensor(prob["x"]), torch.tensor(prob["y"])
    model, opt, sched = build(c, prob, prob["seed"])
    full_losses, full_lrs = [], []
    train(model, opt, sched, c["steps"], X, Y, full_losses, full_lrs)
    full_params = [flat(p) for p in model.parameters()]

    model, opt, sched = build(c, prob, prob["seed"])
    losses, lrs = [], []
    train(model, opt, sched, c["save_at"], X, Y, losses, lrs)
    saved = {"model": copy.deepcopy(model.state_dict()), "optimizer": copy.deepcopy(opt.state_dict()), "scheduler": copy.deepcopy(sched.state_dict())}
    # serialise now: load_state_dict keeps the loaded tensors (same dtype), so training on would change them
    sd = saved["optimizer"]
    saved_json = {
        "saved_state": {str(k): {kk: flat(vv) for kk, vv in st.items()} for k, st in sd["state"].items()},
        "saved_groups": ser(sd["param_groups"]),
        "saved_scheduler": ser({k: v for k, v in saved["scheduler"].items() if k != "_get_lr_called_within_step"}),
    }
    model, opt, sched = build(c, prob, prob["seed"] + 1)  # fresh objects with other weights
    model.load_state_dict(saved["model"])
    opt.load_state_dict(saved["optimizer"])
    sched.load_state_dict(saved["scheduler"])
    train(model, opt, sched, c["steps"] - c["save_at"], X, Y, losses, lrs)
    assert losses == full_losses, "resume must reproduce the uninterrupted run"
    return {"losses": [enc(v) for v in full_losses], "lrs": [enc(v) for v in full_lrs], "params": full_params, **saved_json}


def main():
    cases = load_loop_cases()
    out = {}
    for kind, fn in (("data", data_case), ("clip", clip_case), ("dropout", dropout_case), ("repr", repr_case)):
        for c in cases[kind]:
            out[f"{kind}:{c['name']}"] = {"fp": c["_fp"], **fn(c)}
    for c in cases["resume"]:
        out[f"resume:{c['name']}"] = {"fp": c["_fp"], **resume_case(c, cases["resume_problem"])}
    write_fixture("loop.json", "gen_loop.py", out)


if __name__ == "__main__":
    main()
