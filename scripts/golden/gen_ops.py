"""Op and loss values + gradients from real PyTorch (cases: tests/golden/ops-cases.ts via cases.json).

Inputs are drawn from a seeded generator, rounded to 4 decimals (so they are short and exact in JSON)
and re-checked for ties/zeros where those would make the gradient ambiguous. Edge cases give explicit
`values` instead (zeros, ties, clamp bounds, overflow, huge logits; "nan"/"inf"/"-inf" as strings),
and non-finite results are stored as those strings too. The upstream weight w
(out's shape) is fixed: w_i = ((7 i) mod 11 - 5.5) / 4. Recorded: inputs, w, out (shape + values),
grad of each input of loss = (out * w).sum().
"""
import zlib

import torch
import torch.nn.functional as F

from common import dec, flat, load_cases, r15, write_fixture

LO_HI = {"any": (-2.0, 2.0), "pos": (0.5, 2.5), "unit": (0.0, 1.0)}
AVOID = {0.0, 0.5, -0.5, -0.3, 0.4}  # kinks of abs/relu/clamp at the case bounds


def draw(shape, domain, gen):
    lo, hi = LO_HI[domain]
    n = 1
    for s in shape:
        n *= s
    while True:
        vals = [round(lo + (hi - lo) * u, 4) for u in torch.rand(n, generator=gen, dtype=torch.float64).tolist()]
        if len(set(vals)) == n and not (AVOID & set(vals)):
            return vals


def upstream(n):
    return [((7 * i) % 11 - 5.5) / 4 for i in range(n)]


def tensor(vals, shape, dtype, grad=False):
    t = torch.tensor(vals, dtype=dtype).reshape(shape).clone()
    return t.requires_grad_() if grad else t


def seed_of(name):
    return zlib.crc32(name.encode())


def weighted_backward(out, dtype):
    w = upstream(out.numel())
    (out * tensor(w, list(out.shape), dtype)).sum().backward()
    return w


def run_op(case):
    dtype = torch.float32 if case.get("dtype") == "float32" else torch.float64
    torch.set_default_dtype(dtype)
    gen = torch.Generator().manual_seed(seed_of(case["name"]))
    data = [i["values"] if "values" in i else draw(i["shape"], i["domain"], gen) for i in case["inputs"]]
    ins = [tensor([dec(v) for v in d], i["shape"], dtype, True) for d, i in zip(data, case["inputs"])]
    args, kwargs = case.get("args", []), case.get("kwargs", {})
    if case["call"] == "method":
        res = getattr(ins[0], case["op"])(*ins[1:], *args, **kwargs)
    else:
        mod = torch if case["call"] == "torch" else F
        res = getattr(mod, case["op"])(*ins, *args, **kwargs)
    out = res.values if case.get("pick") == "values" else res
    w = weighted_backward(out, dtype)
    torch.set_default_dtype(torch.float64)
    return {"fp": case["_fp"], "inputs": data, "w": w, "shape": list(out.shape), "out": flat(out),
            "grads": [flat(t.grad) for t in ins]}


def run_loss(case):
    dtype = torch.float32 if case.get("dtype") == "float32" else torch.float64
    torch.set_default_dtype(dtype)
    gen = torch.Generator().manual_seed(seed_of(case["name"]))
    spec_in = case["input"]
    x_vals = spec_in["values"] if "values" in spec_in else draw(spec_in["shape"], spec_in["domain"], gen)
    x = tensor([dec(v) for v in x_vals], spec_in["shape"], dtype, True)
    tg = case["target"]
    if tg["kind"] == "classes":
        t_vals = tg["values"]
        target = torch.tensor(t_vals, dtype=torch.int64)
    elif tg["kind"] == "probs":
        raw = tensor(draw(tg["shape"], "unit", gen), tg["shape"], torch.float64)
        t_vals = [r15(v) for v in (raw / raw.sum(1, keepdim=True)).reshape(-1).tolist()]
        target = tensor(t_vals, tg["shape"], dtype)
    else:
        t_vals = draw(tg["shape"], tg["domain"], gen)
        target = tensor(t_vals, tg["shape"], dtype)
    kw = dict(case["options"])
    if case.get("weight"):
        kw["weight"] = torch.tensor(case["weight"], dtype=dtype)
    if case.get("pos_weight"):
        kw["pos_weight"] = torch.tensor(case["pos_weight"], dtype=dtype)
    out = getattr(torch.nn, case["loss"])(**kw)(x, target)
    w = weighted_backward(out, dtype) if out.dim() > 0 else (out.backward() or None)
    torch.set_default_dtype(torch.float64)
    return {"fp": case["_fp"], "input": x_vals, "target": t_vals, "w": w, "shape": list(out.shape),
            "out": flat(out), "grad": flat(x.grad)}


def main():
    cases = load_cases()
    fixtures = {c["name"]: run_op(c) for c in cases["ops"]}
    fixtures.update({c["name"]: run_loss(c) for c in cases["losses"]})
    write_fixture("ops.json", "scripts/golden/gen_ops.py", fixtures)


if __name__ == "__main__":
    main()
