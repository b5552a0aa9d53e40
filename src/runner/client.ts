/**
 * Main-thread side of the runner: `startRun(code, opts) → { done, stop }` through a module Web Worker
 * (docs/CONTRACTS.md §4). Learner code never runs on the page's thread. One worker per language is kept
 * pre-warmed for the whole page (TypeScript: engine and sucrase loaded; Python: Pyodide and `torch` loaded, only
 * once the learner has run Python on the page); each run consumes it and a fresh one is warmed right after, so a
 * run that is stopped, times out or misbehaves leaves nothing behind. The Python worker is the exception, because
 * starting one takes seconds: after a run that ended by itself (status ok, or an error other than memory) it cleans
 * its interpreter (python-worker.ts), says `ready` again and serves the page's next Python run; Stop, the budget,
 * a memory error or a worker error still terminate it and a fresh one is warmed.
 */
import type { TrainingEvent } from '../engine/events';
import type { Tip } from './coach';
import type { OutputReport } from './output-cap';
import type { PlotPoint, PythonInit, RunRequest, WorkerReply } from './protocol';
import { keepSnapshot, loadSnapshot } from './python-snapshot';
import { emptyTrace, type LogKind, type PlotOptions, type RunResult } from './types';
import type { TabChoice } from './storage';
import workerUrl from './worker.ts?worker&url';
import pythonWorkerUrl from './python-worker.ts?worker&url';

/** The language of a run: the cell's visible tab. */
export type RunLang = TabChoice;
const WORKER_URLS: Record<RunLang, string> = { ts: workerUrl, py: pythonWorkerUrl };

export interface StartRunOptions {
  /** 'ts' (default) or 'py' */
  lang?: RunLang;
  /** while a cold Python worker loads Pyodide: bytes loaded of total */
  onProgress?: (loaded: number, total: number) => void;
  /** time budget in ms once the code starts (default 10000) */
  budgetMs?: number;
  /**
   * Run in a worker that has never run learner code (exercise checks: nothing a previous run left in a kept Python
   * worker can touch the verdict). TypeScript runs always are.
   */
  fresh?: boolean;
  autoplot?: boolean;
  seed?: number;
  onLog?: (text: string, kind: LogKind) => void;
  onPlot?: (series: string, x: number, y: number, opts?: PlotOptions) => void;
  /** plots in the batches they arrived in (cheaper for charts than onPlot) */
  onPlotBatch?: (points: PlotPoint[]) => void;
  onEvent?: (event: TrainingEvent) => void;
  onTip?: (tip: Tip) => void;
  /** what the worker's output caps removed (sent once, before the run ends, only when something was) */
  onTruncated?: (report: OutputReport) => void;
  /** called once the code actually starts (the worker is loaded) */
  onStart?: () => void;
}

export interface RunHandle {
  done: Promise<RunResult>;
  stop(): void;
}

export { DEFAULT_BUDGET_MS } from './types';
import { DEFAULT_BUDGET_MS } from './types';
/** extra time allowed for a cold worker to load before the budget starts (Pyodide may be downloading) */
const LOAD_GRACE_MS: Record<RunLang, number> = { ts: 20_000, py: 300_000 };
/** time allowed for collecting a finished run's results */
const COLLECT_GRACE_MS = 20_000;

/** When collecting a finished run's results outlasts the grace: parameters too large to snapshot in time. */
const COLLECT_FAILED: RunResult['error'] = {
  kind: 'memory',
  name: 'RangeError',
  message: `the code finished, but its parameters were too large to collect within ${COLLECT_GRACE_MS / 1000} s`,
};

interface Warm {
  worker: Worker;
  ready: Promise<void>;
  /** the last progress report of a loading Python worker */
  progress?: [number, number];
  onProgress?: (loaded: number, total: number) => void;
  /** true once it has run learner code (a kept Python worker): not used for runs that must start clean */
  served?: boolean;
}

const warm: Partial<Record<RunLang, Warm>> = {};

/**
 * The worker starts from a tiny blob: module that imports the bundled worker script. A worker loaded straight
 * from a same-origin URL gets its Content-Security-Policy from its own response headers (none on a static host),
 * but a blob: worker inherits the page's policy — verified in Chromium: with `connect-src 'self'` in the page,
 * fetch() to another origin is blocked in the blob-wrapped worker and allowed in a plain same-origin one.
 */
function createWorker(lang: RunLang): Warm {
  const src = new URL(WORKER_URLS[lang], location.href).href;
  const blobUrl = URL.createObjectURL(new Blob([`import ${JSON.stringify(src)};`], { type: 'text/javascript' }));
  const worker = new Worker(blobUrl, { type: 'module', name: lang === 'py' ? 'oc-python-runner' : 'oc-cell-runner' });
  setTimeout(() => URL.revokeObjectURL(blobUrl), 10_000);
  const w: Partial<Warm> = { worker };
  w.ready = new Promise<void>((resolve, reject) => {
    const onMsg = (e: MessageEvent<WorkerReply>) => {
      if (e.data?.type === 'progress') {
        w.progress = [e.data.loaded, e.data.total];
        w.onProgress?.(e.data.loaded, e.data.total);
      }
      if (e.data?.type === 'snapshot') keepSnapshot(e.data.data);
      if (e.data?.type === 'ready') {
        worker.removeEventListener('message', onMsg);
        resolve();
      }
    };
    worker.addEventListener('message', onMsg);
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'worker failed to load')), { once: true });
  });
  w.ready.catch(() => undefined);
  if (lang === 'py') {
    void loadSnapshot().then((snapshot) => {
      const init: PythonInit = { type: 'init', snapshot };
      worker.postMessage(init);
    });
  }
  return w as Warm;
}

/**
 * Starts loading a worker in the background (TypeScript: when an editor appears; Python: once the learner has
 * run Python on this page, never before, since Pyodide is megabytes). Idempotent.
 */
export function prewarm(lang: RunLang = 'ts'): Promise<void> {
  return (warm[lang] ??= createWorker(lang)).ready;
}

function takeWorker(lang: RunLang, fresh = false): Warm {
  let w = warm[lang];
  if (w?.served && fresh) {
    w.worker.terminate();
    w = undefined;
  }
  warm[lang] = undefined;
  return w ?? createWorker(lang);
}

/**
 * After a Python run that ended by itself: the worker becomes the page's warm Python worker again, ready once it
 * says `ready` (its interpreter is clean, python-worker.ts), so a quick next Run waits for that instead of
 * starting a new worker. If cleaning fails (an error event), it is terminated and a fresh one is warmed.
 */
function keepPython(worker: Worker): void {
  if (warm.py) {
    worker.terminate();
    return;
  }
  const w: Warm = { worker, ready: Promise.resolve(), served: true };
  const ac = new AbortController();
  w.ready = new Promise<void>((resolve, reject) => {
    const onMessage = (e: MessageEvent<WorkerReply>) => {
      if (e.data?.type !== 'ready') return;
      ac.abort();
      resolve();
    };
    const onError = (e: ErrorEvent) => {
      e.preventDefault();
      ac.abort();
      reject(new Error(e.message || 'the Python worker failed'));
      if (warm.py !== w) return; // a run has taken it: that run reports the error and replaces the worker
      warm.py = undefined;
      worker.terminate();
      void prewarm('py').catch(() => undefined);
    };
    worker.addEventListener('message', onMessage, { signal: ac.signal });
    worker.addEventListener('error', onError, { signal: ac.signal });
  });
  w.ready.catch(() => undefined);
  warm.py = w;
}

/** A worker that may serve again: a Python run that ended by itself, not by memory exhaustion. */
const reusable = (lang: RunLang, r: RunResult): boolean =>
  lang === 'py' && (r.status === 'ok' || (r.status === 'error' && r.error?.kind !== 'memory'));

function token(): string {
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

/** Runs code in a pre-warmed worker (see the top of this file). Never rejects: failures come back as a RunResult. */
export function startRun(code: string, opts: StartRunOptions = {}): RunHandle {
  const budget = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  const lang = opts.lang ?? 'ts';
  const w = takeWorker(lang, opts.fresh);
  w.onProgress = opts.onProgress;
  if (w.progress) opts.onProgress?.(...w.progress);
  const tk = token();
  const logs: string[] = [];
  const trace = emptyTrace();
  const t0 = performance.now();
  let finish!: (r: RunResult) => void;
  let settled = false;
  let budgetTimer: ReturnType<typeof setTimeout> | undefined;
  const done = new Promise<RunResult>((resolve) => (finish = resolve));

  const listening = new AbortController();
  const end = (result: RunResult, fromWorker = false) => {
    if (settled) return;
    settled = true;
    clearTimeout(budgetTimer);
    listening.abort();
    if (fromWorker && reusable(lang, result)) keepPython(w.worker);
    else {
      w.worker.terminate();
      // warm the next worker after the page has had a moment to paint the result
      setTimeout(() => void prewarm(lang).catch(() => undefined), 0);
    }
    finish(result);
  };
  const partial = (status: RunResult['status']): RunResult => ({
    status,
    logs,
    trace: { ...trace, elapsedMs: performance.now() - t0 },
  });
  budgetTimer = setTimeout(() => end(partial('timeout')), budget + LOAD_GRACE_MS[lang]);

  w.worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
    const m = e.data;
    if (settled || !m || !('token' in m) || m.token !== tk) return;
    switch (m.type) {
      case 'started':
        clearTimeout(budgetTimer);
        budgetTimer = setTimeout(() => end(partial('timeout')), budget);
        opts.onStart?.();
        break;
      case 'batch':
        for (const l of m.logs) {
          logs.push(l.kind === 'log' ? l.text : `${l.kind === 'warn' ? 'Warning' : 'Error'}: ${l.text}`);
          opts.onLog?.(l.text, l.kind);
        }
        for (const p of m.plots) (trace.plots[p.series] ??= []).push([p.x, p.y]);
        if (opts.onPlot) for (const p of m.plots) opts.onPlot(p.series, p.x, p.y, p.log ? { log: true } : undefined);
        if (m.plots.length) opts.onPlotBatch?.(m.plots);
        for (const ev of m.events) {
          if (trace.events.length < 20000) trace.events.push(ev);
          opts.onEvent?.(ev);
        }
        for (const t of m.tips) opts.onTip?.(t);
        break;
      case 'ended':
        // the code has finished: what remains (snapshots of the optimizers) is no endless loop, so the budget
        // stops; only a grace for collecting results remains (huge parameters may exhaust it)
        clearTimeout(budgetTimer);
        budgetTimer = setTimeout(() => end({ ...partial('error'), error: COLLECT_FAILED }), COLLECT_GRACE_MS);
        break;
      case 'truncated':
        opts.onTruncated?.(m.report);
        break;
      case 'done':
        end(m.result, true);
        break;
    }
  }, { signal: listening.signal });
  w.worker.addEventListener('error', (e) => {
    e.preventDefault();
    const message = e.message || 'the worker stopped';
    const memory = /memory|allocation/i.test(message);
    end({ ...partial('error'), error: { kind: memory ? 'memory' : 'runtime', name: 'Error', message } });
  }, { signal: listening.signal });
  w.ready.then(
    () => {
      const req: RunRequest = { type: 'run', token: tk, code, autoplot: !!opts.autoplot, seed: opts.seed };
      w.worker.postMessage(req);
    },
    (err: Error) => end({ ...partial('error'), error: { kind: 'runtime', name: 'WorkerError', message: err.message } }),
  );

  return {
    done,
    stop: () => end(partial('stopped')),
  };
}
