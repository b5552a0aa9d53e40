"""Optimizer trajectories from real PyTorch (cases: tests/optim-cases.ts via cases.json).

For each case: build the problem's params, the optimizer (or param groups), an optional scheduler, run
`steps` outer steps of
    opt.zero_grad(); loss = f(params, step); loss.backward(); opt.step(); [scheduler.step([loss])]
(zero_grad per the case: default, set_to_none=False, or skipped)
(LBFGS: opt.step(closure), recording the loss step() returns), recording the loss and every param
after each step, and the final state_dict. LBFGS cases also get a measured `noise` floor
(see lbfgs_noise below). Reload cases take state_dict() after `reloadAt` steps,
build a fresh optimizer on copies of the params, load_state_dict() and continue from there.
"""
import math

import torch

from common import flat, load_cases, r15, ser, write_fixture

TUPLE_KEYS = {"betas", "etas", "step_sizes"}


def pyopts(o):
    return {k: (tuple(v) if k in TUPLE_KEYS else v) for k, v in o.items()}


def make_params(problem, dtype):
    return {
        n: torch.tensor(s["data"], dtype=dtype).reshape(s["shape"]).clone().requires_grad_()
        for n, s in problem["params"].items()
    }


def loss_fn(name, P, step, X, Y):
    if name == "rosen":
        x, y = P["x"], P["y"]
        return (x - 1).pow(2) + (y - x * x).pow(2) * 100
    loss = X.matmul(P["W"].t()).add(P["b"]).sub(Y).pow(2).mean()
    if name == "extra":
        loss = loss + (P["z"] * 0).sum()
        if step % 2 == 1:
            loss = loss + (P["e"] * P["e"]).sum() * 0.5
    return loss


def build(case, P):
    cls = getattr(torch.optim, case["optim"])
    if case.get("groups"):
        params = [dict(params=[P[n] for n in g["params"]], **pyopts(g["options"])) for g in case["groups"]]
    else:
        later = case["addGroup"]["params"] if case.get("addGroup") else []
        params = [p for n, p in P.items() if n not in later]
    return cls(params, **pyopts(case["options"]))


def clear_grads(case, opt):
    mode = case.get("zero_grad", "none")
    if mode == "none":
        opt.zero_grad()
    elif mode == "zeros":
        opt.zero_grad(set_to_none=False)


def build_scheduler(case, opt):
    spec = case.get("scheduler")
    if spec is None:
        return None
    return getattr(torch.optim.lr_scheduler, spec["type"])(opt, **spec["options"])


def run_case(case, problems):
    dtype = torch.float64 if case["dtype"] == "float64" else torch.float32
    torch.set_default_dtype(torch.float32 if case.get("default_dtype") == "float32" else dtype)
    lin = problems["linear"]
    X = torch.tensor(lin["X"]["data"], dtype=dtype).reshape(lin["X"]["shape"])
    Y = torch.tensor(lin["Y"]["data"], dtype=dtype).reshape(lin["Y"]["shape"])
    P = make_params(problems[case["problem"]], dtype)
    opt = build(case, P)
    sched = build_scheduler(case, opt)
    out = {"fp": case["_fp"], "layout": [[n, list(p.shape)] for n, p in P.items()], "losses": [], "params": []}
    for s in range(case["steps"]):
        if case.get("reloadAt") is not None and s == case["reloadAt"]:
            sd = opt.state_dict()
            out["state_dict_at_reload"] = ser(sd)
            P = {n: p.detach().clone().requires_grad_() for n, p in P.items()}
            opt = build(case, P)
            opt.load_state_dict(sd)
        ag = case.get("addGroup")
        if ag is not None and s == ag["at"]:
            opt.add_param_group(dict(params=[P[n] for n in ag["params"]], **pyopts(ag["options"])))
        if case["optim"] == "LBFGS":
            def closure():
                clear_grads(case, opt)
                loss = loss_fn(case["problem"], P, s, X, Y)
                loss.backward()
                return loss
            loss = opt.step(closure)
        else:
            clear_grads(case, opt)
            loss = loss_fn(case["problem"], P, s, X, Y)
            loss.backward()
            opt.step()
        if sched is not None:
            if case["scheduler"]["type"] == "ReduceLROnPlateau":
                sched.step(loss.item())
            else:
                sched.step()
        out["losses"].append(flat(loss)[0])
        out["params"].append([x for p in P.values() for x in flat(p)])
    out["state_dict"] = ser(opt.state_dict())
    torch.set_default_dtype(torch.float64)
    return out


def leaves(v):
    if isinstance(v, dict):
        return [x for k in v for x in leaves(v[k])]
    if isinstance(v, list):
        return [x for k in v for x in leaves(k)]
    return [float(v)] if isinstance(v, (int, float)) and not isinstance(v, bool) else [None]


def lbfgs_noise(case, problems, base):
    """LBFGS amplifies rounding (implementation-defined reduction order, tiny y.s near convergence): rerun
    with the initial params moved by one ulp each way and record the largest absolute change per step
    (params, max over elements) and per number of the state dicts (flat, in traversal order; None = 0).
    The test allows 10x this on top of the dtype's tolerance."""
    global make_params
    orig = make_params
    dev_p = [0.0] * case["steps"]
    dev_s = {}
    for direction in (math.inf, -math.inf):
        def perturbed(problem, dtype):
            P = orig(problem, dtype)
            with torch.no_grad():
                for p in P.values():
                    p.copy_(torch.nextafter(p, torch.full_like(p, direction)))
            return P
        make_params = perturbed
        try:
            other = run_case(case, problems)
        finally:
            make_params = orig
        for s, (a, b) in enumerate(zip(base["params"], other["params"])):
            dev_p[s] = max([dev_p[s]] + [abs(x - y) for x, y in zip(a, b)])
        for key in ("state_dict", "state_dict_at_reload"):
            if key not in base:
                continue
            la, lb = leaves(base[key]), leaves(other[key])
            if len(la) != len(lb) or any((x is None) != (y is None) for x, y in zip(la, lb)):
                raise RuntimeError(f"{case['name']}: perturbed run has a different state structure")
            prev = dev_s.get(key, [0.0] * len(la))
            dev_s[key] = [max(d, 0.0 if x is None else abs(x - y)) for d, x, y in zip(prev, la, lb)]
    r3 = lambda x: float("%.3g" % x)  # a tolerance scale needs no more digits
    out = {"params": [r3(x) for x in dev_p]}
    out.update({k: [r3(x) for x in v] for k, v in dev_s.items()})
    return out


def main():
    cases = load_cases()
    fixtures = {c["name"]: run_case(c, cases["problems"]) for c in cases["optim"]}
    for c in cases["optim"]:
        if c["optim"] == "LBFGS":
            fixtures[c["name"]]["noise"] = lbfgs_noise(c, cases["problems"], fixtures[c["name"]])
    write_fixture("optim.json", "scripts/golden/gen_optim.py", fixtures)


if __name__ == "__main__":
    main()
