/**
 * A Playwright `test` whose pages share ONE browser context per worker, so Python starts warm (e2e specs that run
 * Python cells but do not test the cold start itself use it):
 * - the page's first Python worker keeps a snapshot of the fresh interpreter in Cache Storage
 *   (src/runner/python-snapshot.ts) and Pyodide's files stay in the context's HTTP cache, so only the first test of
 *   each Playwright worker pays a cold Pyodide start (measured 10–17 s at load ~10 on this 2-core machine); the
 *   others restore the snapshot, as a reader's second lesson page does.
 * - every test still starts from a clean slate for what the site stores about the reader: before each test the
 *   origin's localStorage, sessionStorage, IndexedDB and cookies are cleared (Cache Storage, which holds only the
 *   interpreter snapshot, is kept), and each test gets its own page.
 * The cold path (no snapshot, progress bar, Pyodide's bytes) keeps its own fresh contexts in e2e/python.spec.ts.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';

export const test = base.extend<{ page: Page }, { warmContext: BrowserContext }>({
  warmContext: [
    async ({ browser }, use, workerInfo) => {
      const u = workerInfo.project.use;
      const context = await browser.newContext({
        baseURL: u.baseURL,
        viewport: u.viewport,
        userAgent: u.userAgent,
        deviceScaleFactor: u.deviceScaleFactor,
        isMobile: u.isMobile,
        hasTouch: u.hasTouch,
        serviceWorkers: 'block',
      });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ warmContext }, use) => {
    const page = await warmContext.newPage();
    const cdp = await warmContext.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(test.info().project.use.baseURL!).origin,
      storageTypes: 'local_storage,session_storage,indexeddb,cookies',
    });
    await cdp.detach();
    await use(page);
    await page.close();
  },
});

export { expect } from '@playwright/test';
