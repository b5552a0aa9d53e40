/**
 * The cell worker: loads the engine and sucrase once (pre-warmed before the reader presses Run), takes network
 * and storage APIs away, runs ONE cell and streams its output back in batches. The page terminates it after
 * the run (or on Stop / budget) and pre-warms a fresh one, so every run starts from a clean engine.
 */
import type { TrainingEvent } from '../engine/events';
import { createCoach, tipForError, type Tip } from './coach';
import { engineBinding, engineNamespaces, execute } from './execute';
import { OutputCap, reportIsEmpty } from './output-cap';
import type { LogLine, PlotPoint, RunRequest, WorkerReply } from './protocol';
import { seal } from './sandbox';

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
  const cap = new OutputCap();
  post({ type: 'started', token });
  const result = await execute(req.code, {
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
  const errorTip = tipForError(result.error, req.code, engineNamespaces);
  if (errorTip) tips.push(errorTip);
  flush();
  if (!reportIsEmpty(cap.report)) post({ type: 'truncated', token, report: cap.report });
  post({ type: 'done', token, result: OutputCap.capResult(result) });
}

scope.onmessage = (e: MessageEvent) => {
  const req = e.data as RunRequest;
  if (req?.type !== 'run' || busy) return;
  busy = true;
  void run(req);
};

/**
 * Warm-up while the worker is pre-warmed (before the reader presses Run): a short training loop through the
 * same path learner code takes, so the JIT has compiled the engine's hot paths. A cold worker runs the guide's
 * 100-epoch loop in ~85 ms, a warmed one in a fraction of that. No listeners are attached, nothing is posted.
 */
const WARMUP = `const m = nn.Linear(10, 1)
const o = optim.Adam(m.parameters(), { lr: 0.001 })
const s = optim.SGD(nn.Linear(10, 1).parameters(), { lr: 0.01, momentum: 0.9 })
const c = nn.MSELoss()
const x = torch.randn(100, 10)
const y = torch.randn(100, 1)
for (let i = 0; i < 40; i++) { o.zero_grad(); const l = c(m(x), y); l.backward(); o.step(); s.step(); String(l); l.item() }`;

async function warmUp(): Promise<void> {
  const torch = engineBinding.torch as { initial_seed?: () => number; manual_seed?: (s: number) => unknown };
  const seed = torch.initial_seed?.();
  try {
    await execute(WARMUP, { seed: 0 });
  } catch {
    /* warm-up is best effort */
  }
  // give learner code the generator of a fresh process (PyTorch's default seed unless the cell seeds it)
  if (seed !== undefined) torch.manual_seed?.(seed);
}

void warmUp().then(() => {
  seal(self);
  post({ type: 'ready' });
});
