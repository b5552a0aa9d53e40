"""Shared helpers for the golden-data generators (run with real PyTorch 2.x; see README.md)."""
import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
# Generators write next to themselves unless GOLDEN_OUT is set (the chroot run copies them back).
OUT_DIR = os.environ.get("GOLDEN_OUT", os.path.join(HERE, "out"))


def load_cases():
    with open(os.path.join(HERE, "cases.json")) as f:
        return json.load(f)


def r15(x):
    """Round a float to 15 significant digits (keeps fixtures compact; error <= 5e-15 relative)."""
    x = float(x)
    return float("%.15g" % x)


def ser(v):
    """Serialise tensors (-> nested lists / numbers), dicts, lists, tuples, scalars into JSON values."""
    if isinstance(v, torch.Tensor):
        v = v.detach()
        if v.dtype in (torch.int64, torch.int32, torch.bool):
            return v.tolist()
        return ser(v.tolist())
    if isinstance(v, dict):
        return {str(k): ser(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [ser(x) for x in v]
    if isinstance(v, bool) or v is None or isinstance(v, (int, str)):
        return v
    if isinstance(v, float):
        return r15(v)
    raise TypeError(f"cannot serialise {type(v)}")


SPECIAL = {"nan": float("nan"), "inf": float("inf"), "-inf": float("-inf"), "-0": -0.0}


def enc(x):
    """JSON has no NaN/Infinity: encode them as the strings "nan", "inf", "-inf" (decoded by the tests)."""
    x = r15(x)
    if x != x:
        return "nan"
    if x in (float("inf"), float("-inf")):
        return "inf" if x > 0 else "-inf"
    return x


def dec(v):
    return SPECIAL.get(v, v) if isinstance(v, str) else v


def flat(t):
    return [enc(x) for x in t.detach().reshape(-1).tolist()]


def write_fixture(name, generator, cases, dest=None):
    """One line per case, so diffs stay readable. `dest`: the fixture's folder in the repository when it is not
    tests/golden (written under OUT_DIR/dest; run_chroot.sh copies it there)."""
    folder = os.path.join(OUT_DIR, dest) if dest else OUT_DIR
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name)
    head = {"torch": torch.__version__, "python": sys.version.split()[0], "generator": generator}
    lines = ["{"]
    for k, v in head.items():
        lines.append(f"{json.dumps(k)}: {json.dumps(v)},")
    lines.append('"cases": {')
    items = list(cases.items())
    for i, (k, v) in enumerate(items):
        sep = "," if i < len(items) - 1 else ""
        lines.append(f"{json.dumps(k)}: {json.dumps(v, separators=(',', ':'), allow_nan=False)}{sep}")
    lines.append("}}")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {path} ({len(cases)} cases, {os.path.getsize(path)} bytes, torch {torch.__version__})")


def load_error_names():
    return [c["name"] for c in load_cases()["errors"]]
