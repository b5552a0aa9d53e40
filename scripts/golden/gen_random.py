"""RNG values from real PyTorch (cases: tests/golden/rng-cases.ts via cases.json).

torch.manual_seed(seed), then each call in order; values recorded exactly (float32 values are
exact as doubles; float64 values with full repr precision, not rounded).
"""
import torch

from common import load_cases, write_fixture

DTYPES = {"float32": torch.float32, "float64": torch.float64}


def call(c):
    dt = DTYPES[c.get("dtype", "float32")]
    fn, a = c["fn"], c["args"]
    if fn == "rand":
        return torch.rand(*a, dtype=dt).reshape(-1).tolist()
    if fn == "randn":
        return torch.randn(*a, dtype=dt).reshape(-1).tolist()
    if fn == "randint":
        return torch.randint(a[0], a[1], tuple(a[2])).reshape(-1).tolist()
    if fn == "randperm":
        return torch.randperm(a[0]).tolist()
    if fn == "Linear":
        m = torch.nn.Linear(a[0], a[1])
        return m.weight.detach().reshape(-1).tolist() + m.bias.detach().tolist()
    raise ValueError(fn)


def run_case(case):
    torch.set_default_dtype(torch.float32)
    torch.manual_seed(case["seed"])
    return {"fp": case["_fp"], "values": [call(c) for c in case["calls"]]}


def main():
    cases = load_cases()
    write_fixture("random.json", "scripts/golden/gen_random.py", {c["name"]: run_case(c) for c in cases["rng"]})


if __name__ == "__main__":
    main()
