/**
 * The Python cell worker: loads Pyodide from the site's own origin (/pyodide/<version>/, see
 * src/plugins/pyodide.mjs) and the Python `torch` layer over the engine, reporting the bytes loaded so the page
 * can show a progress bar. Starting CPython takes seconds on a slow machine, so the page's first Python worker
 * hands back a memory snapshot of the fresh interpreter (taken before `torch` or any learner code) and later
 * workers start from it in a fraction of the time (see client.ts). THEN it seals its globals (sandbox.ts: no fetch, no storage, no nested workers — Pyodide
 * needs fetch to load its own files, learner code never gets it), says `ready` and serves a run. After a run it
 * makes the state clean again (a freshly imported `torch` package, the original builtins, the generator of a
 * fresh process; each run has fresh globals and openSession resets grad mode and default dtype) and says `ready`
 * again: the page reuses it for the next Python run unless that run was stopped, timed out or ran out of memory,
 * when it terminates it and starts a fresh one. If cleaning fails the worker raises an error and is replaced.
 */
import type { PyodideInterface } from 'pyodide';
import { PYODIDE } from 'virtual:oc-pyodide';
import { torch as engineTorch } from '../engine/index';
import { tipForError } from './coach';
import type { PythonInit, WorkerReply } from './protocol';
import { executePython, freshTorch, installTorch, type PyodideLike } from '../python/execute-python';
import { seal } from './sandbox';
import { serveMany } from './worker-serve';

const scope = self as unknown as {
  postMessage(m: WorkerReply, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
  fetch: typeof fetch;
};
const post = scope.postMessage.bind(scope);
const PROGRESS_MS = 80;

/**
 * Counts the bytes of Pyodide's own files as they stream in, on a clone of each response: the original goes to
 * Pyodide untouched (nothing is downloaded twice, `WebAssembly.instantiateStreaming` still streams, and the
 * browser can reuse its compiled-wasm cache for a response that came from the HTTP cache).
 */
function countingFetch(realFetch: typeof fetch, base: string, onBytes: (n: number) => void): typeof fetch {
  return async (input, init) => {
    const res = await realFetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!res.body || !url.startsWith(base)) return res;
    const reader = res.clone().body!.getReader();
    void (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        onBytes(value.byteLength);
      }
    })().catch(() => undefined);
    return res;
  };
}

async function load(snapshot: ArrayBuffer | undefined): Promise<PyodideInterface> {
  // a blob: worker's location is blob:<origin>/<uuid>; its origin is the site's
  const base = new URL(PYODIDE.base, self.location.origin).href;
  // pyodide.mjs and pyodide.asm.mjs arrive through import(), not fetch: counted when their import is done
  const total = Object.values(PYODIDE.files).reduce((a, b) => a + b, 0);
  let loaded = 0;
  let lastPost = 0;
  const report = (force = false) => {
    const now = performance.now();
    if (!force && now - lastPost < PROGRESS_MS) return;
    lastPost = now;
    post({ type: 'progress', loaded: Math.min(loaded, total), total });
  };
  report(true);
  const realFetch = scope.fetch.bind(scope);
  scope.fetch = countingFetch(realFetch, base, (n) => {
    loaded += n;
    report();
  });
  try {
    const mod = (await import(/* @vite-ignore */ `${base}pyodide.mjs`)) as typeof import('pyodide');
    loaded += PYODIDE.files['pyodide.mjs'] ?? 0;
    report(true);
    const quiet = { indexURL: base, packages: [], stdout: () => undefined, stderr: () => undefined };
    let py: PyodideInterface | undefined;
    if (snapshot) {
      try {
        py = await mod.loadPyodide({ ...quiet, _loadSnapshot: snapshot });
      } catch {
        py = undefined; // a stale or damaged snapshot: start the slow way and make a new one
      }
    }
    if (!py) {
      py = await mod.loadPyodide({ ...quiet, _makeSnapshot: true });
      const snap = py.makeMemorySnapshot();
      const data = (snap.byteOffset === 0 && snap.byteLength === snap.buffer.byteLength ? snap : snap.slice()).buffer as ArrayBuffer;
      post({ type: 'snapshot', data }, [data]);
    }
    loaded = total;
    report(true);
    return py;
  } finally {
    scope.fetch = realFetch;
  }
}

/**
 * Warm-up (as worker.ts does for TypeScript): a short silent training loop through the same path learner code
 * takes, so V8 has compiled the engine's and Pyodide's hot paths. A Python worker is started by a click, so it
 * runs after the first run (while the reader reads its output), not before it.
 */
const WARMUP = `import torch
from torch import nn, optim
m = nn.Linear(10, 1)
o = optim.Adam(m.parameters(), lr=0.001)
s = optim.SGD(nn.Linear(10, 1).parameters(), lr=0.01, momentum=0.9)
c = nn.MSELoss()
x = torch.randn(100, 10)
y = torch.randn(100, 1)
for i in range(40):
    o.zero_grad()
    l = c(m(x), y)
    l.backward()
    o.step()
    s.step()
    str(l)
    l.item()`;

/**
 * A clean state for the next program: fresh `torch` package and builtins, and the generator of a fresh process
 * (like PyTorch 2.x, a random seed, as src/engine/random.ts starts with; a cell that wants numbers seeds it).
 */
function clean(py: PyodideLike): void {
  freshTorch(py);
  engineTorch.manual_seed(Math.floor(Math.random() * 2 ** 52));
}

async function warmUp(py: PyodideLike): Promise<void> {
  try {
    await executePython(py, WARMUP, { seed: 0 });
  } catch {
    /* best effort */
  }
}

async function boot(snapshot: ArrayBuffer | undefined): Promise<void> {
  const py = (await load(snapshot)) as unknown as PyodideLike;
  installTorch(py);
  let warmed = false;
  const after = async () => {
    try {
      if (!warmed) {
        warmed = true;
        await warmUp(py);
      }
      clean(py);
    } catch (err) {
      // a worker that cannot be cleaned must not serve again: this error makes the page replace it (client.ts)
      setTimeout(() => {
        throw err instanceof Error ? err : new Error(String(err));
      });
      return false;
    }
    post({ type: 'ready' });
    return true;
  };
  serveMany(scope, (code, opts) => executePython(py, code, opts), (result) => tipForError(result.error), post, after);
  seal(self);
  post({ type: 'ready' });
}

scope.onmessage = (e: MessageEvent) => {
  const init = e.data as PythonInit;
  if (init?.type !== 'init') return;
  scope.onmessage = null;
  // a failure (e.g. offline before Pyodide was ever cached) surfaces as the worker's error event on the page
  boot(init.snapshot).catch((err: unknown) => {
    setTimeout(() => {
      throw err instanceof Error ? err : new Error(String(err));
    });
  });
};
