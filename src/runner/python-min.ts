/**
 * STAND-IN until the `python` package (src/python, issue 10 point 2) lands: runs Python on Pyodide with
 * print() lines as logs and Python errors as RunErrors with the learner's line. It has no `torch`; the real
 * `installTorch` / `executePython` replace this file's exports in python-worker.ts.
 */
import type { PyodideInterface } from 'pyodide';
import type { ExecuteOptions } from './core';
import { emptyTrace, type RunResult } from './types';

export function installTorch(_py: PyodideInterface): void {
  /* no torch in the stand-in */
}

export async function executePython(py: PyodideInterface, code: string, opts: ExecuteOptions = {}): Promise<RunResult> {
  const t0 = performance.now();
  const logs: string[] = [];
  const onLine = (line: string) => {
    logs.push(line);
    opts.onLog?.(line, 'log');
  };
  py.setStdout({ batched: onLine });
  py.setStderr({ batched: (line) => opts.onLog?.(line, 'error') });
  const trace = () => ({ ...emptyTrace(), elapsedMs: performance.now() - t0 });
  try {
    await py.runPythonAsync(code, { filename: '<cell>' });
    return { status: 'ok', logs, trace: trace() };
  } catch (e) {
    const err = e as Error & { type?: string };
    const text = String(err.message ?? err);
    const lines = [...text.matchAll(/File "<cell>", line (\d+)/g)];
    const last = text.trim().split('\n').pop() ?? text;
    const name = err.type ?? 'Error';
    const message = last.startsWith(`${name}: `) ? last.slice(name.length + 2) : last;
    const line = lines.length ? Number(lines[lines.length - 1]![1]) : undefined;
    return { status: 'error', logs, trace: trace(), error: { kind: name === 'SyntaxError' ? 'syntax' : 'runtime', name, message, line } };
  }
}
