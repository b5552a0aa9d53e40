/**
 * Vitest setup: unit tests run against the whole engine (core + extras, as src/engine/index.ts, the labs and the
 * Python worker have it), even when a test imports one engine file directly (`new SGD(…).state_dict()`). What
 * the core does without its extras is tested in fresh module graphs (vi.resetModules): src/engine/lazy.test.ts
 * and src/runner/lazy-extras.test.ts.
 */
import '../src/engine/extras';
import { torch } from '../src/engine/index';

// Test files share their worker's modules (vitest.config.ts `isolate: false`): each file starts from the engine's
// defaults, whatever the previous file of its worker left behind (torch.set_default_dtype, no_grad, print options).
torch.set_default_dtype(torch.float32);
torch.set_grad_enabled(true);
torch.set_printoptions({ profile: 'default' });
