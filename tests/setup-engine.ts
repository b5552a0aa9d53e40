/**
 * Vitest setup: unit tests run against the whole engine (core + extras, as src/engine/index.ts, the labs and the
 * Python worker have it), even when a test imports one engine file directly (`new SGD(…).state_dict()`). What
 * the core does without its extras is tested in fresh module graphs (vi.resetModules): src/engine/lazy.test.ts
 * and src/runner/lazy-extras.test.ts.
 */
import '../src/engine/extras';
