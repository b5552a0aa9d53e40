/**
 * The run loop shared by the cell workers (TypeScript: worker.ts, Python: python-worker.ts): takes ONE run
 * request, runs it through the worker's executor and streams logs, plots, training events and coach tips back
 * to the page in batches (by time, because a synchronous loop never yields) through the output caps
 * (output-cap.ts: nothing oversized is posted), then posts the RunResult.
 */
import type { TrainingEvent } from '../engine/events';
import { createCoach, type Tip } from './coach';
import type { ExecuteOptions } from './core';
import { OutputCap, reportIsEmpty } from './output-cap';
import type { LogLine, PlotPoint, RunRequest, WorkerReply } from './protocol';
import type { RunResult } from './types';

export type Post = (m: WorkerReply) => void;
export type Executor = (code: string, opts: ExecuteOptions) => Promise<RunResult>;
/** The coach tip for a run's error, if any (each language knows its own habits). */
export type ErrorTip = (result: RunResult, code: string) => Tip | undefined;

const FLUSH_MS = 24;

function strip(e: TrainingEvent): TrainingEvent {
  if (!('ref' in (e as object))) return e;
  const { ref: _r, ...rest } = e as TrainingEvent & { ref?: unknown };
  return rest as TrainingEvent;
}

export async function serveRun(req: RunRequest, exec: Executor, errorTip: ErrorTip, post: Post): Promise<void> {
  const { token } = req;
  let logs: LogLine[] = [];
  let plots: PlotPoint[] = [];
  let events: TrainingEvent[] = [];
  let tips: Tip[] = [];
  let last = 0;
  let sentFirst = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (logs.length + plots.length + events.length + tips.length === 0) return;
    post({ type: 'batch', token, logs, plots, events, tips });
    logs = [];
    plots = [];
    events = [];
    tips = [];
    last = performance.now();
  };
  // Sync loops never yield, so flush by time from inside the callbacks; a timer covers async code.
  const maybeFlush = () => {
    if (!sentFirst || performance.now() - last >= FLUSH_MS) {
      sentFirst = true;
      flush();
    } else timer ??= setTimeout(flush, FLUSH_MS);
  };
  const coach = createCoach();
  const cap = new OutputCap();
  post({ type: 'started', token });
  const result = await exec(req.code, {
    seed: req.seed,
    autoplot: req.autoplot,
    onLog: (text, kind) => {
      const line = cap.log({ text, kind });
      if (line) logs.push(line);
      maybeFlush();
    },
    onPlot: (series, x, y, o) => {
      if (cap.point(series)) plots.push(o?.log ? { series, x, y, log: true } : { series, x, y });
      maybeFlush();
    },
    onEvent: (e) => {
      if (events.length < 2000) events.push(strip(e));
      const fired = coach.feed(e);
      if (fired.length) {
        tips.push(...fired);
        maybeFlush();
      }
    },
    onTruncated: (count) => cap.addDroppedLines(count),
    onCodeEnd: () => {
      flush();
      post({ type: 'ended', token });
    },
  });
  const tip = errorTip(result, req.code);
  if (tip) tips.push(tip);
  flush();
  if (!reportIsEmpty(cap.report)) post({ type: 'truncated', token, report: cap.report });
  post({ type: 'done', token, result: OutputCap.capResult(result) });
}

/**
 * Installs the message handler serving run after run (the Python worker, which the page keeps after a run that
 * ended normally): a request arriving while one is served is ignored; `after` runs once a run is done and
 * before the next is taken (it prepares a clean state); when it returns false no run is served any more.
 */
export function serveMany(scope: { onmessage: ((e: MessageEvent) => void) | null }, exec: Executor, errorTip: ErrorTip, post: Post, after: () => Promise<boolean>): void {
  let busy = false;
  scope.onmessage = (e: MessageEvent) => {
    const req = e.data as RunRequest;
    if (req?.type !== 'run' || busy) return;
    busy = true;
    void serveRun(req, exec, errorTip, post)
      .then(after)
      .then((ok) => {
        if (ok) busy = false;
      });
  };
}

/** Installs the message handler: the first run request is served, anything after it is ignored. */
export function serveOnce(scope: { onmessage: ((e: MessageEvent) => void) | null }, exec: Executor, errorTip: ErrorTip, post: Post): void {
  let busy = false;
  scope.onmessage = (e: MessageEvent) => {
    const req = e.data as RunRequest;
    if (req?.type !== 'run' || busy) return;
    busy = true;
    void serveRun(req, exec, errorTip, post);
  };
}
