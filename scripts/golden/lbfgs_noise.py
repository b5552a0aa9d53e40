"""Noise floor of the LBFGS golden trajectories: perturb the initial params by one ulp (both directions)
and report the largest relative change of any recorded param in real PyTorch itself.

LBFGS reduces over dot products and sums whose accumulation order is implementation-defined (BLAS), and
near convergence divides by tiny y.s values, so two faithful float64 implementations differ by about
this much. Measured with 2.14.1: linear cases <= 1.2e-11, rosen_lbfgs 3.3e-8 (see README.md). Run:
chroot /opt/sid-root sh -c "cd /tmp/gen && python3 lbfgs_noise.py"
"""
import math, torch, gen_optim as g
from common import load_cases
cases = load_cases()
probs = cases["problems"]
orig = g.make_params
for c in cases["optim"]:
    if c["optim"] != "LBFGS": continue
    base = g.run_case(c, probs)
    worst = 0.0
    for sign in (1, -1):
        def mp(problem, dtype, sign=sign):
            P = orig(problem, dtype)
            with torch.no_grad():
                for p in P.values():
                    p.copy_(torch.nextafter(p, torch.full_like(p, sign * math.inf)))
            return P
        g.make_params = mp
        pert = g.run_case(c, probs)
        g.make_params = orig
        for s, (a, b) in enumerate(zip(base["params"], pert["params"])):
            for x, y in zip(a, b):
                worst = max(worst, abs(x - y) / max(abs(x), 1e-3))
    print(f"{c['name']}: max relative change from 1-ulp initial perturbation = {worst:.2e}")
