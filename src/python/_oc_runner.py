"""Runs one learner program for executePython (src/python/execute-python.ts): fresh globals with `plot`,
print() lines sent to the cell's output, and the error (if any) described with the learner's line number.
`install()` imports torch once and then seals learner code off from JavaScript (js, pyodide_js, pyodide.ffi,
pyodide.http, micropip and the engine bridge cannot be imported). A worker serves many runs (client.ts), so
`fresh()` (called after every run) drops the `torch` package and imports it again, and puts back the builtins:
no run sees another's monkeypatches of `torch` or of `builtins`."""
import builtins
import sys
import traceback

FILENAME = '<cell>'
BLOCKED = ('js', 'pyodide_js', 'pyodide', 'pyodide.ffi', 'pyodide.http', 'pyodide.code', 'pyodide.webloop',
           'pyodide.console', 'micropip', 'pyodide_http', '_oc_engine', '_pyodide_core', 'pyodide.ffi.wrappers')

_bridge = None
# the modules the torch package imports from JavaScript, kept (before sealing) for fresh() only
_ENGINE_MODULES = {}
_BUILTINS = {}


def install():
    global _bridge
    import torch  # noqa: F401  (imports the engine bridge while it is still importable)
    from torch import _bridge as B
    _bridge = B.engine
    for name in ('pyodide', 'pyodide.ffi', '_oc_engine'):
        _ENGINE_MODULES[name] = sys.modules[name]
    _BUILTINS.update(vars(builtins))
    _seal()


def fresh():
    """Between runs (no learner code is running): a freshly imported torch package and the original builtins."""
    global _bridge
    b = vars(builtins)  # first: importing uses the builtins
    for name in [n for n in b if n not in _BUILTINS]:
        del b[name]
    b.update(_BUILTINS)
    for name in [n for n in sys.modules if n == 'torch' or n.startswith('torch.')]:
        del sys.modules[name]
    sys.modules.update(_ENGINE_MODULES)
    try:
        import torch  # noqa: F401
        from torch import _bridge as B
        _bridge = B.engine
    finally:
        for name in _ENGINE_MODULES:
            sys.modules[name] = None


def _seal():
    for name in BLOCKED:
        sys.modules[name] = None
    # the finder that turns registered JS modules into Python modules goes too
    sys.meta_path[:] = [f for f in sys.meta_path if 'Js' not in type(f).__name__ and 'js' not in getattr(f, '__name__', '')]


class _Writer:
    """sys.stdout/sys.stderr: one output entry per print() call (the text up to its final newline)."""

    def __init__(self, kind):
        self.kind = kind
        self.buf = ''

    def write(self, s):
        self.buf += s
        if self.buf.endswith('\n'):
            self.flush()
        return len(s)

    def flush(self):
        if self.buf:
            text = self.buf[:-1] if self.buf.endswith('\n') else self.buf
            self.buf = ''
            _bridge.write(text, self.kind)

    def isatty(self):
        return False


class _NoInput:
    """sys.stdin: a cell has no keyboard input (input() raises EOFError instead of waiting)."""

    def readline(self, *args):
        raise EOFError('input() is not available in cells: write the value into the code')

    read = readline

    def isatty(self):
        return False


def plot(series, x, y=None, log=False):
    """plot(series, x, y, log=False) or plot(series, y): a point of a live chart (as in TypeScript cells)."""
    def num(v):
        return float(v.item()) if hasattr(v, 'item') else float(v)
    if y is None:
        _bridge.plot(str(series), num(x), None, bool(log))
    else:
        _bridge.plot(str(series), num(x), num(y), bool(log))


def _learner_line(tb):
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == FILENAME:
            line = lineno
    return line


def run(code):
    """Runs `code`; returns None on success, else a dict describing the error (or {'stopped': True})."""
    out, err = _Writer('log'), _Writer('error')
    saved = sys.stdout, sys.stderr, sys.stdin
    sys.stdout, sys.stderr, sys.stdin = out, err, _NoInput()
    g = {'__name__': '__main__', '__builtins__': builtins, 'plot': plot}
    try:
        try:
            compiled = compile(code, FILENAME, 'exec')
        except SyntaxError as e:
            return {'kind': 'syntax', 'name': type(e).__name__, 'message': e.msg, 'line': e.lineno, 'column': e.offset}
        exec(compiled, g)
        return None
    except KeyboardInterrupt:
        return {'stopped': True}
    except MemoryError as e:
        return {'kind': 'memory', 'name': 'MemoryError', 'message': str(e), 'line': _learner_line(e.__traceback__)}
    except BaseException as e:  # SystemExit too: a program cannot end the page's interpreter
        msg = str(e) if not isinstance(e, KeyError) else repr(e.args[0]) if e.args else ''
        return {'kind': 'runtime', 'name': type(e).__name__, 'message': msg, 'line': _learner_line(e.__traceback__)}
    finally:
        out.flush()
        err.flush()
        sys.stdout, sys.stderr, sys.stdin = saved
        g.clear()
