/**
 * The cell worker: loads the engine's core and sucrase once (pre-warmed before the reader presses Run), takes
 * network and storage APIs away, runs ONE cell and streams its output back in batches. The engine's extras chunk
 * (schedulers, LBFGS, torch.utils.data…) is imported after sealing, before a run whose code names it (execute.ts):
 * a same-origin module import, which the seal leaves alone and the page's script-src 'self' allows. The page
 * terminates it after the run (or on Stop / budget) and pre-warms a fresh one, so every run starts from a clean
 * engine.
 */
import { tipForError } from './coach';
import { engineBinding, engineNamespaces, execute } from './execute';
import type { WorkerReply } from './protocol';
import { seal } from './sandbox';
import { serveOnce } from './worker-serve';

const scope = self as unknown as { postMessage(m: WorkerReply): void; onmessage: ((e: MessageEvent) => void) | null };
const post = scope.postMessage.bind(scope);

serveOnce(scope, execute, (result, code) => tipForError(result.error, code, engineNamespaces), post);

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
