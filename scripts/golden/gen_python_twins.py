"""Runs every Python program of the course with real PyTorch 2.x and stores what it printed, for
tests/python-twins.test.ts (the same programs on Pyodide + the engine must print the same).

Programs: content/cells/*.py, content/exercises/*/{starter,solution}.py and tests/python/programs/*.py.
`plot` is predefined on the site (as `print` is); here it is a builtin that records nothing.
Each entry keeps the sha256 of the program's source (`fp`): the test fails when a program changed since.

Usage (inside the PyTorch 2.x root, from a copy of the repository's files):
    python3 gen_python_twins.py <repo-root> > python-twins.json
"""
import builtins
import contextlib
import glob
import hashlib
import io
import json
import os
import sys
import traceback

import torch

ROOT = sys.argv[1] if len(sys.argv) > 1 else '.'
PATTERNS = ['content/cells/*.py', 'content/exercises/*/starter.py', 'content/exercises/*/solution.py',
            'tests/python/programs/*.py']


def plot(series, x, y=None, log=False):
    pass


def run(path):
    with open(os.path.join(ROOT, path), encoding='utf-8') as f:
        source = f.read()
    out = io.StringIO()
    error = None
    builtins.plot = plot
    torch.set_default_dtype(torch.float32)
    torch.set_grad_enabled(True)
    g = {'__name__': '__main__'}
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(source, '<cell>', 'exec'), g)
        except Exception as e:
            line = None
            for frame, lineno in traceback.walk_tb(e.__traceback__):
                if frame.f_code.co_filename == '<cell>':
                    line = lineno
            error = {'name': type(e).__name__, 'message': str(e), 'line': line}
    entry = {'fp': hashlib.sha256(source.encode('utf-8')).hexdigest()[:16], 'stdout': out.getvalue()}
    if error:
        entry['error'] = error
    return entry


programs = sorted(p for pattern in PATTERNS for p in glob.glob(pattern, root_dir=ROOT))
result = {'torch': torch.__version__, 'programs': {p: run(p) for p in programs}}
print('{')
print(f'  "torch": {json.dumps(result["torch"])},')
print('  "programs": {')
items = list(result['programs'].items())
for i, (k, v) in enumerate(items):
    print(f'    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}' + (',' if i < len(items) - 1 else ''))
print('  }')
print('}')
