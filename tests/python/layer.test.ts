/**
 * The Python layer (src/python): errors as Python exceptions with PyTorch's messages and the learner's line,
 * APIs the engine lacks, live param_groups, the run's trace (events, optimizers, plots), fresh state per run,
 * and learner code sealed off from JavaScript. One Pyodide for the whole file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonForNode } from '../../src/python/load';
import { executePython, type PyodideLike } from '../../src/python/execute-python';

let py: PyodideLike;
beforeAll(async () => {
  py = await loadPythonForNode();
}, 120_000);
const run = (code: string, opts = {}) => executePython(py, code, opts);
const lines = (...l: string[]) => l.join('\n');

describe('errors', () => {
  it('an engine error is the Python exception PyTorch raises, at the learner line', async () => {
    const r = await run(lines('import torch', 'a = torch.ones(2, 3)', '', 'b = a @ a'));
    expect(r.status).toBe('error');
    expect(r.error).toEqual({ kind: 'runtime', name: 'RuntimeError', line: 4, message: 'mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)' });
  });
  it('learner code can catch engine errors by their Python type', async () => {
    const r = await run(lines('import torch', 'try:', '    torch.ones(2)[5]', 'except IndexError as e:', '    print("caught", type(e).__name__)'));
    expect(r.error).toBeUndefined();
    expect(r.logs).toEqual(['caught IndexError']);
  });
  it('syntax errors carry kind, line and column', async () => {
    const r = await run(lines('import torch', 'for i in range(3)', '    print(i)'));
    expect(r.error).toMatchObject({ kind: 'syntax', name: 'SyntaxError', line: 2, message: "expected ':'" });
    const ind = await run(lines('for i in range(3):', 'print(i)'));
    expect(ind.error).toMatchObject({ kind: 'syntax', name: 'IndentationError', line: 2 });
  });
  it('errors inside the learner\'s own functions point at the line that raised', async () => {
    const r = await run(lines('import torch', 'def f(x):', '    return x.view(5)', 'f(torch.ones(2, 3))'));
    expect(r.error).toMatchObject({ name: 'RuntimeError', line: 3 });
    expect(r.error!.message).toContain("shape '[5]' is invalid for input of size 6");
  });
  it('in-place update of a leaf outside no_grad raises PyTorch\'s RuntimeError; inside no_grad it works', async () => {
    const bad = await run(lines('import torch', 'w = torch.ones(2, requires_grad=True)', 'w -= 0.1'));
    expect(bad.error).toMatchObject({ name: 'RuntimeError', line: 3, message: 'a leaf Variable that requires grad is being used in an in-place operation.' });
    const ok = await run(lines('import torch', 'w = torch.ones(2, requires_grad=True)', 'with torch.no_grad():', '    w -= 0.5', '    w *= 4', 'print(w)'));
    expect(ok.logs).toEqual(['tensor([2., 2.], requires_grad=True)']);
  });
  it('input() ends with EOFError at its line instead of waiting for a keyboard', async () => {
    expect((await run('x = 1\nname = input("name? ")')).error).toMatchObject({ name: 'EOFError', line: 2, message: 'input() is not available in cells: write the value into the code' });
  });
  it('Python errors keep their own names (NameError, ZeroDivisionError, KeyError)', async () => {
    expect((await run('print(lossx)')).error).toMatchObject({ name: 'NameError', line: 1, message: "name 'lossx' is not defined" });
    expect((await run('x = 1\nx / 0')).error).toMatchObject({ name: 'ZeroDivisionError', line: 2 });
    expect((await run("import torch\nfrom torch import optim\no = optim.SGD([torch.ones(1, requires_grad=True)], lr=0.1)\no.param_groups[0]['lrr']")).error)
      .toMatchObject({ name: 'KeyError', line: 4, message: "'lrr'" });
  });
});

describe('what the engine lacks', () => {
  it.each([
    ['torch.fft.fft(torch.ones(2))', 'torch.fft'],
    ['torch.ones(2).numpy()', 'Tensor.numpy'],
    ['torch.nn.Conv2d(1, 1, 3)', 'torch.nn.Conv2d'],
    ['torch.ones(2).cumsum(0)', 'Tensor.cumsum'],
    ['torch.ones(2) % 2', 'torch.remainder'],
    ['torch.optim.SparseAdam([])', 'torch.optim.SparseAdam'],
  ])('%s raises NotImplementedError naming %s', async (expr, name) => {
    const r = await run(`import torch\n${expr}`);
    expect(r.error).toMatchObject({ name: 'NotImplementedError', line: 2 });
    expect(r.error!.message).toContain(name);
  });
  it('a name PyTorch does not have either gets PyTorch\'s AttributeError', async () => {
    expect((await run('import torch\nw = torch.ones(1)\nw.gard')).error).toMatchObject({ name: 'AttributeError', message: "'Tensor' object has no attribute 'gard'" });
    expect((await run('import torch\ntorch.randm(2)')).error).toMatchObject({ name: 'AttributeError', message: "module 'torch' has no attribute 'randm'" });
    expect((await run('import torch\nm = torch.nn.Linear(1, 1)\nm.wieght')).error).toMatchObject({ name: 'AttributeError', message: "'Linear' object has no attribute 'wieght'" });
  });
});

describe('optimizers, modules and the trace', () => {
  it('param_groups are live: a new lr is what the next step uses', async () => {
    const r = await run(lines(
      'import torch', 'from torch import optim',
      'w = torch.tensor([1.0], requires_grad=True)', 'o = optim.SGD([w], lr=0.1)',
      'o.param_groups[0]["lr"] = 0.5', '(w * 2).sum().backward()', 'o.step()', 'print(w.item(), o.param_groups[0]["lr"])',
    ));
    expect(r.logs).toEqual(['0.0 0.5']);
    expect(r.trace.optimizers).toHaveLength(1);
    expect(r.trace.optimizers[0]).toMatchObject({ name: 'SGD', groups: [{ lr: 0.5, params: [{ shape: [1], data: [0] }] }] });
    expect(r.trace.events.map((e) => e.type)).toEqual(['optimizer:create', 'backward', 'optimizer:step']);
  });
  it('modules register sub-modules and parameters by assignment; __init__ forgotten gives PyTorch\'s error', async () => {
    const r = await run(lines(
      'import torch', 'from torch import nn',
      'class Net(nn.Module):', '    def __init__(self):', '        self.fc = nn.Linear(2, 1)', 'Net()',
    ));
    expect(r.error).toMatchObject({ name: 'AttributeError', line: 5, message: 'cannot assign module before Module.__init__() call' });
  });
  it('plot(series, x, y, log=True) and plot(series, y) reach the trace and onPlot; autoplot plots backward losses', async () => {
    const seen: unknown[] = [];
    const r = await run(lines('import torch', 'plot("a", 0, torch.tensor(2.0), log=True)', 'plot("a", 1, 3)', 'plot("b", 7)',
      'w = torch.ones(1, requires_grad=True)', '(w * 3).sum().backward()'), { autoplot: true, onPlot: (...a: unknown[]) => seen.push(a) });
    expect(r.trace.plots).toEqual({ a: [[0, 2], [1, 3]], b: [[0, 7]], loss: [[0, 3]] });
    expect(seen[0]).toEqual(['a', 0, 2, { log: true }]);
  });
  it('each run starts fresh: new globals, grad mode on, seed from the options', async () => {
    await run('import torch\nleft_over = 1\ntorch.set_grad_enabled(False)\nraise RuntimeError("stop")');
    const r = await run('import torch\nprint("left_over" in globals(), torch.is_grad_enabled(), torch.rand(1).item())', { seed: 0 });
    expect(r.logs).toEqual(['False True 0.49625658988952637']);
  });
  it('print() of tensors, modules and optimizers is PyTorch\'s text; one output entry per print call', async () => {
    const r = await run(lines('import torch', 'from torch import nn, optim', 'm = nn.Linear(2, 1)',
      'print(m)', 'print(optim.SGD(m.parameters(), lr=0.1))', 'print(torch.zeros(2, 2), end="")', 'print(" and more")'));
    expect(r.logs).toEqual([
      'Linear(in_features=2, out_features=1, bias=True)',
      'SGD (\nParameter Group 0\n    dampening: 0\n    differentiable: False\n    foreach: None\n    fused: None\n    lr: 0.1\n    maximize: False\n    momentum: 0\n    nesterov: False\n    weight_decay: 0\n)',
      'tensor([[0., 0.],\n        [0., 0.]]) and more',
    ]);
  });
});

describe('learner code is sealed off from JavaScript', () => {
  it.each(['js', 'pyodide', 'pyodide.http', 'pyodide.ffi', 'pyodide_js', 'micropip', '_oc_engine'])('import %s fails', async (mod) => {
    const r = await run(`import ${mod}`);
    expect(r.error).toMatchObject({ kind: 'runtime', line: 1 });
    expect(r.error!.name).toMatch(/ModuleNotFoundError|ImportError/);
  });
  it('nor can importlib or a cleared sys.modules entry bring js back', async () => {
    const r1 = await run('import importlib\nimportlib.import_module("js")');
    expect(r1.error!.name).toMatch(/ModuleNotFoundError|ImportError/);
    const r2 = await run('import sys\nsys.modules.pop("js", None)\nsys.modules.pop("pyodide", None)\nimport js');
    expect(r2.error!.name).toMatch(/ModuleNotFoundError|ImportError/);
    const r3 = await run('import sys\nsys.modules.pop("pyodide", None)\nsys.modules.pop("pyodide.http", None)\nfrom pyodide.http import pyfetch');
    expect(r3.error!.name).toMatch(/ModuleNotFoundError|ImportError/);
  });
  it('torch still works after a learner tampered with sys.modules', async () => {
    const r = await run('import torch\nprint(torch.ones(2).sum().item())');
    expect(r.logs).toEqual(['2.0']);
  });
});
