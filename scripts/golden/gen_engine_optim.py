"""The engine's own optimizer fixtures (src/engine/optim/__fixtures__/*.json) from real PyTorch 2.x.

Cases: src/engine/optim/__fixtures__/cases.ts via cases.json (engine_trajectories, engine_sched,
engine_lbfgs). Unit tests beside the optimizers read these fixtures; tests/golden-engine-fixtures.test.ts
checks their fingerprints against the case tables.

- trajectories.json: w0 = [1, -2], grad = 2(w - [3, 1]) + 0.4 w^3 set by hand before each of 8 steps; w after
  every step and the final state. The gradient is computed in float64 and rounded once to the param's dtype
  (as the engine's test helper does), so float32 runs compare the optimizers alone.
- schedulers.json: lr and momentum of both groups after construction and after each of 14 steps.
- lbfgs.json: LBFGS on Rosenbrock from (-1.5, 2), float64, 3 steps with a closure.
"""
import torch
from torch.optim import lr_scheduler as L

from common import load_cases, ser, write_fixture

DEST = "src/engine/optim/__fixtures__"
TARGET = [3.0, 1.0]


def options(o):
    return {k: tuple(v) if isinstance(v, list) and k in ("betas", "etas", "step_sizes") else v for k, v in o.items()}


def trajectory(c):
    dtype = torch.float64 if c["dtype"] == "float64" else torch.float32
    torch.set_default_dtype(dtype)  # scalar state (step, eta, mu, mu_product) follows the default dtype
    try:
        w = torch.tensor([1.0, -2.0], dtype=dtype, requires_grad=True)
        opt = getattr(torch.optim, c["optim"])([w], **options(c["options"]))
        traj = []
        for _ in range(8):
            opt.zero_grad()
            v = w.detach().double()
            w.grad = (2 * (v - torch.tensor(TARGET, dtype=torch.float64)) + 0.4 * v ** 3).to(dtype)
            opt.step()
            traj.append(ser(w))
        state = {k: ser(v) for k, v in opt.state_dict()["state"].get(0, {}).items()}
        return {"trajectory": traj, "state": state}
    finally:
        torch.set_default_dtype(torch.float32)


METRICS = [1.0, 0.9, 0.95, 0.92, 0.91, 0.85, 0.86, 0.87, 0.88, 0.89, 0.9, 0.7, 0.71, 0.72]
METRICS_MAX = [1.0, 1.05, 1.2, 1.25, 1.28, 1.3, 1.31, 1.5, 1.52, 1.53, 1.54, 1.55, 1.8, 1.81]
# schedulers built from functions or other schedulers, by the description in the case table
BUILT = {
    "lr_lambda: e => 0.95 ** e": lambda o: L.LambdaLR(o, lambda e: 0.95 ** e),
    "lr_lambda: [e => 1/(e+1), e => e % 2 ? 0.5 : 1.0]": lambda o: L.LambdaLR(o, [lambda e: 1 / (e + 1), lambda e: 0.5 if e % 2 else 1.0]),
    "lr_lambda: () => 0.9": lambda o: L.MultiplicativeLR(o, lambda e: 0.9),
    "[ConstantLR(0.1, 2), ExponentialLR(0.9)], milestones [2]":
        lambda o: L.SequentialLR(o, [L.ConstantLR(o, factor=0.1, total_iters=2), L.ExponentialLR(o, gamma=0.9)], milestones=[2]),
    "[LinearLR(0.2, total_iters 3), CosineAnnealingLR(5), StepLR(2, 0.5)], milestones [3, 8]":
        lambda o: L.SequentialLR(o, [L.LinearLR(o, start_factor=0.2, total_iters=3), L.CosineAnnealingLR(o, T_max=5),
                                     L.StepLR(o, step_size=2, gamma=0.5)], milestones=[3, 8]),
    "[ConstantLR(0.1, 3), ExponentialLR(0.9)]":
        lambda o: L.ChainedScheduler([L.ConstantLR(o, factor=0.1, total_iters=3), L.ExponentialLR(o, gamma=0.9)]),
}


def scheduler(c):
    torch.set_default_dtype(torch.float64)
    try:
        a = torch.zeros(2, requires_grad=True)
        b = torch.zeros(1, requires_grad=True)
        opt = torch.optim.SGD([{"params": [a]}, {"params": [b], "lr": 0.05}], lr=0.1, momentum=0.9)
        o = c["options"]
        s = BUILT[o](opt) if isinstance(o, str) else getattr(L, c["scheduler"])(opt, **o)
        snap = lambda key: [g[key] for g in opt.param_groups]
        lrs, moms = [snap("lr")], [snap("momentum")]
        for i in range(14):
            opt.step()
            if c["scheduler"] == "ReduceLROnPlateau":
                s.step(METRICS_MAX[i] if isinstance(o, dict) and o.get("mode") == "max" else METRICS[i])
            else:
                s.step()
            lrs.append(snap("lr"))
            moms.append(snap("momentum"))
        return {"lrs": ser(lrs), "momentum": ser(moms)}
    finally:
        torch.set_default_dtype(torch.float32)


def lbfgs(c):
    torch.set_default_dtype(torch.float64)
    try:
        x = torch.tensor([-1.5, 2.0], requires_grad=True)
        o = torch.optim.LBFGS([x], **c["options"])

        def closure():
            o.zero_grad()
            f = (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2
            f.backward()
            return f

        losses = [o.step(closure).item() for _ in range(3)]
        st = o.state[x]
        return {"losses": ser(losses), "func_evals": st["func_evals"], "n_iter": st["n_iter"], "x": ser(x)}
    finally:
        torch.set_default_dtype(torch.float32)


def main():
    cases = load_cases()
    for key, fn, name in (("engine_trajectories", trajectory, "trajectories.json"),
                          ("engine_sched", scheduler, "schedulers.json"),
                          ("engine_lbfgs", lbfgs, "lbfgs.json")):
        write_fixture(name, "gen_engine_optim.py", {c["name"]: {"fp": c["_fp"], **fn(c)} for c in cases[key]}, dest=DEST)


if __name__ == "__main__":
    main()
