"""LR-scheduler trajectories from real PyTorch (cases: tests/golden/sched-cases.ts via cases.json).

Two param groups (a float64 [2] param each), SGD(momentum 0.9) or Adam; the scheduler is built from
the case spec (plus `also` schedulers on the same optimizer); then
`epochs` x { optimizer.step(); scheduler.step([metric]) for each scheduler in order }. Recorded after
construction and after each epoch: lr of every group, get_last_lr() (omitted from the fixture when it
equals lr at every record; the test then compares it with lr), and (for cases whose scheduler
cycles momentum) momentum / betas[0].
"""
import warnings

import torch
from torch.optim import lr_scheduler

from common import load_cases, r15, write_fixture

LAMBDAS = {
    "pow095": lambda e: 0.95 ** e,
    "inv1p": lambda e: 1.0 / (e + 1),
    "warmup5": lambda e: min(1.0, (e + 1) / 5),
    "const09": lambda e: 0.9,
    "slow_decay": lambda e: 1.0 - 0.01 * e,
}
CYCLES_MOMENTUM = {"CyclicLR", "OneCycleLR"}


def build_sched(spec, opt):
    kw = dict(spec["options"])
    if "lr_lambda" in kw:
        v = kw["lr_lambda"]
        kw["lr_lambda"] = [LAMBDAS[n] for n in v] if isinstance(v, list) else LAMBDAS[v]
    if spec["type"] == "SequentialLR":
        subs = [build_sched(s, opt) for s in spec["schedulers"]]
        return lr_scheduler.SequentialLR(opt, schedulers=subs, **kw)
    if spec["type"] == "ChainedScheduler":
        subs = [build_sched(s, opt) for s in spec["schedulers"]]
        return lr_scheduler.ChainedScheduler(subs)
    return getattr(lr_scheduler, spec["type"])(opt, **kw)


def momentum_of(g):
    if "betas" in g:
        return r15(g["betas"][0])
    return r15(g["momentum"])


def run_case(case):
    torch.set_default_dtype(torch.float64)
    params = [torch.zeros(2, dtype=torch.float64, requires_grad=True) for _ in case["groups"]]
    groups = [dict(params=[p], **{k: (tuple(v) if isinstance(v, list) else v) for k, v in g.items()})
              for p, g in zip(params, case["groups"])]
    opts = {k: (tuple(v) if isinstance(v, list) else v) for k, v in case["options"].items()}
    opt = getattr(torch.optim, case["optim"])(groups, **opts)
    sched = build_sched(case["sched"], opt)
    also = [build_sched(a, opt) for a in case.get("also", [])]
    track_mom = case["sched"]["type"] in CYCLES_MOMENTUM
    out = {"fp": case["_fp"], "lr": [], "last_lr": []}
    if track_mom:
        out["momentum"] = []

    def record():
        out["lr"].append([r15(g["lr"]) for g in opt.param_groups])
        out["last_lr"].append([r15(x) for x in sched.get_last_lr()])
        if track_mom:
            out["momentum"].append([momentum_of(g) for g in opt.param_groups])

    record()
    for e in range(case["epochs"]):
        opt.step()
        arg = case.get("step_arg")
        for sc, spec in [(sched, case["sched"])] + list(zip(also, case.get("also", []))):
            if spec["type"] == "ReduceLROnPlateau":
                sc.step(case["metrics"][e])
            elif arg is None:
                sc.step()
            elif arg["kind"] == "epoch":
                sc.step(e)
            else:
                sc.step(e / arg["per_epoch"])
        record()
    if out["last_lr"] == out["lr"]:
        del out["last_lr"]  # compact: get_last_lr() is compared with the recorded lr instead
    return out


def main():
    warnings.simplefilter("ignore")  # step(epoch) cases emit the deprecation warning (tested elsewhere)
    cases = load_cases()
    fixtures = {c["name"]: run_case(c) for c in cases["sched"]}
    write_fixture("sched.json", "scripts/golden/gen_sched.py", fixtures)


if __name__ == "__main__":
    main()
