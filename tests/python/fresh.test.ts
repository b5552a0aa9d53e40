/**
 * One interpreter, many runs (the browser's Python worker is reused, src/runner/python-worker.ts): after
 * `freshTorch` a program sees none of the previous program's variables, monkeypatches of the `torch` package or of
 * the builtins, and learner code is still sealed off from JavaScript. One Pyodide for the whole file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonForNode } from '../../src/python/load';
import { executePython, freshTorch, type PyodideLike } from '../../src/python/execute-python';

let py: PyodideLike;
beforeAll(async () => {
  py = await loadPythonForNode();
}, 120_000);
const lines = (...l: string[]) => l.join('\n');
/** a run followed by the cleaning the worker does before its next run */
const run = async (code: string) => {
  const r = await executePython(py, code, { seed: 0 });
  freshTorch(py);
  return r;
};

describe('freshTorch between runs', () => {
  it('a monkeypatch of torch (module attribute, class method, submodule) ends with its run', async () => {
    const patch = await run(lines('import torch', 'torch.zeros = None', 'torch.Tensor.item = lambda self: 42', 'torch.nn.Linear = None', 'print(torch.zeros)'));
    expect(patch.logs).toEqual(['None']);
    const next = await run(lines('import torch', 'from torch import nn', 'print(torch.zeros(2))', 'print(torch.tensor([1.5]).item())', 'print(type(nn.Linear(1, 1)).__name__)'));
    expect(next.error).toBeUndefined();
    expect(next.logs).toEqual(['tensor([0., 0.])', '1.5', 'Linear']);
  });
  it('patched or added builtins end with their run; variables never cross runs', async () => {
    await run(lines('import builtins', 'builtins.len = lambda x: -1', 'builtins.secret = 7', 'x = 5'));
    const next = await run(lines('print(len([1, 2]))', 'print(secret)'));
    expect(next.logs).toEqual(['2']);
    expect(next.error).toMatchObject({ name: 'NameError', line: 2, message: "name 'secret' is not defined" });
    const x = await run('print(x)');
    expect(x.error).toMatchObject({ name: 'NameError', line: 1 });
  });
  it('after a fresh import, JavaScript stays blocked and plot/print still reach the cell', async () => {
    const r = await executePython(py, lines('try:', '    import js', 'except ImportError:', '    print("js blocked")', 'try:', '    import pyodide.ffi', 'except ImportError:', '    print("ffi blocked")', 'plot("loss", 0, 1.5)'));
    expect(r.logs).toEqual(['js blocked', 'ffi blocked']);
    expect(r.trace.plots).toEqual({ loss: [[0, 1.5]] });
  });
  it('a broken standard library makes freshTorch throw (the worker is then replaced)', async () => {
    const { loadPythonForNode: load } = await import('../../src/python/load');
    const other = await load();
    await executePython(other, lines('import json', 'json.loads = None'));
    expect(() => freshTorch(other)).toThrow();
  }, 120_000);
  it('repeated cleaning leaves one torch package and a working interpreter', async () => {
    for (let i = 0; i < 3; i++) freshTorch(py);
    const r = await run(lines('import sys, torch', 'print(sum(1 for n in sys.modules if n == "torch"))', 'print(torch.ones(1) + 1)'));
    expect(r.logs).toEqual(['1', 'tensor([2.])']);
  });
});
