/**
 * The cell worker: loads the engine and sucrase once (pre-warmed before the reader presses Run), takes network
 * and storage APIs away, runs ONE cell and streams its output back in batches. The page terminates it after
 * the run (or on Stop / budget) and pre-warms a fresh one, so every run starts from a clean engine.
 */
import type { TrainingEvent } from '../engine/events';
import { createCoach, type Tip } from './coach';
import { execute } from './execute';
import type { LogLine, PlotPoint, RunRequest, WorkerReply } from './protocol';
import { neutralize } from './sandbox';

const scope = self as unknown as { postMessage(m: WorkerReply): void; onmessage: ((e: MessageEvent) => void) | null };
const post = scope.postMessage.bind(scope);
const FLUSH_MS = 24;
let busy = false;

function strip(e: TrainingEvent): TrainingEvent {
  if (!('ref' in (e as object))) return e;
  const { ref: _r, ...rest } = e as TrainingEvent & { ref?: unknown };
  return rest as TrainingEvent;
}

async function run(req: RunRequest): Promise<void> {
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
  post({ type: 'started', token });
  const result = await execute(req.code, {
    seed: req.seed,
    autoplot: req.autoplot,
    onLog: (text, kind) => {
      logs.push({ text, kind });
      maybeFlush();
    },
    onPlot: (series, x, y, o) => {
      plots.push(o?.log ? { series, x, y, log: true } : { series, x, y });
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
    onTruncated: (count) => post({ type: 'truncated', token, count }),
  });
  flush();
  post({ type: 'done', token, result });
}

scope.onmessage = (e: MessageEvent) => {
  const req = e.data as RunRequest;
  if (req?.type !== 'run' || busy) return;
  busy = true;
  void run(req);
};

neutralize(self);
post({ type: 'ready' });
