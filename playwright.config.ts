import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.mjs';

// e2e runs against the ALREADY BUILT site in dist/ (npm test builds first; see package.json "test").
// OC_E2E_PORT overrides the port (default 4399), e.g. to run two copies of the project side by side.
const PORT = Number(process.env.OC_E2E_PORT ?? 4399);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  // Timeouts from measured durations (scripts/e2e-durations.mjs over a JSON report): in a full run at load 7–16 on
  // this 2-core machine the slowest non-Python test took 20 s (an axe run over the longest lesson; 38 s at load
  // 20–30), the median 6 s; 90 s leaves more than 2× headroom. No test may need more: split work per page instead
  // (see the per-page tests in site.spec.ts). Python tests and the offline tests set their own (a cold Pyodide start
  // measured 10–17 s at load ~10, over 45 s at ~30).
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // Service workers are blocked except in e2e/offline*.spec.ts: no other test needs one, and
  // letting each one precache the whole site (~5 MB, 160 files) would only add load.
  // No trace recording: recording every test (to keep the traces of failures) cost about a fifth of the suite's CPU
  // time (cells + labs specs: 78 s → 55 s wall). A failure still leaves its error, a screenshot and the page's ARIA
  // snapshot (error-context.md) in test-results/; for a trace, rerun the failing test with `--trace on`.
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'off', screenshot: 'only-on-failure', serviceWorkers: 'block' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // `npm run` puts node_modules/.bin first on PATH, so astro runs on the `node` devDependency (Node 22).
    command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/zh/`,
    reuseExistingServer: !process.env.CI,
    // the preview server starts in ~2 s idle; more when the machine is busy
    timeout: 90_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
