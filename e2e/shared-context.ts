/**
 * A Playwright `test` whose pages share ONE browser context per worker, for tests that only read what a fresh reader
 * sees and need no storage of their own: the context's HTTP cache (and Chromium's code cache for the site's chunks)
 * serves every page after the first, and Python starts warm:
 * - the page's first Python worker keeps a snapshot of the fresh interpreter in Cache Storage
 *   (src/runner/python-snapshot.ts) and Pyodide's files stay in the HTTP cache, so only the first Python test of each
 *   Playwright worker pays a cold Pyodide start (measured 10–17 s at load ~10 on this 2-core machine); the others
 *   restore the snapshot, as a reader's second lesson page does.
 * - every test still starts from a clean slate for what the site stores about the reader: before each test the
 *   origin's localStorage, sessionStorage, IndexedDB and cookies are cleared (Cache Storage, which holds only the
 *   interpreter snapshot, is kept), and each test gets its own page.
 * Most specs use it: a fresh context per test cost about an eighth of their time (cold HTTP and code caches on every
 * page). A test keeps Playwright's own context (`import { test } from '@playwright/test'`, often named `fresh`) when
 * it needs what a shared context cannot give it: context options (reducedMotion, locale, javaScriptEnabled),
 * permissions (the clipboard), listeners or routes on the context, a second page of its own, service workers,
 * offline, or a cold start (e2e/python.spec.ts's Pyodide download; e2e/offline.spec.ts).
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';

export const test = base.extend<{ page: Page }, { sharedContext: BrowserContext }>({
  sharedContext: [
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
  page: async ({ sharedContext }, use) => {
    const page = await sharedContext.newPage();
    const cdp = await sharedContext.newCDPSession(page);
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
