import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts', 'content/**/*.test.ts'],
    environment: 'node',
    // the whole engine (core + extras chunk) for every test file; tests/setup-engine.ts says why
    setupFiles: ['tests/setup-engine.ts'],
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the CPUs: ONE on this 2-core machine. Two workers keep both cores
    // busy; the CPU time stays about the same (measured 88 s with one worker, 93 s with two).
    maxWorkers: 2,
    // Test files of a worker share one module graph (the engine, the Python runtime) instead of importing it anew
    // per file: 55 CPU-seconds instead of 93 for the whole suite. tests/setup-engine.ts puts the engine's global
    // settings back before each file; a test that changes other global state restores it itself.
    isolate: false,
  },
});
