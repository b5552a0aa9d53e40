import { defineConfig } from 'vitest/config';

const INCLUDE = ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts', 'content/**/*.test.ts'];
// Tests that change the global scope for good (the cell worker's seal pins blocked globals such as localStorage to
// undefined, and cannot be undone) run in a worker of their own: with shared workers, a file run after one of
// them in the same worker would find those globals gone (storage.test.ts did, depending on the file order).
const SEALS_THE_GLOBAL_SCOPE = ['src/runner/seal-pyodide.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    // the whole engine (core + extras chunk) for every test file; tests/setup-engine.ts says why
    setupFiles: ['tests/setup-engine.ts'],
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the CPUs: ONE on this 2-core machine. Two workers keep both cores
    // busy; the CPU time stays about the same (measured 88 s with one worker, 93 s with two).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: INCLUDE,
          exclude: SEALS_THE_GLOBAL_SCOPE,
          // Test files of a worker share one module graph (the engine, the Python runtime) instead of importing it
          // anew per file: 55 CPU-seconds instead of 93 for the whole suite. tests/setup-engine.ts puts the engine's
          // global settings back before each file; a test that changes other global state restores it itself, or
          // is listed in SEALS_THE_GLOBAL_SCOPE.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'sealed', include: SEALS_THE_GLOBAL_SCOPE, isolate: true } },
    ],
  },
});
