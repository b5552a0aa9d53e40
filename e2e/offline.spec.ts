/**
 * Offline reading (scripts/build-sw.mjs, src/site/sw-client.ts, src/site/manifest.ts): after ONE visit, with the
 * network off, a lesson never opened before reads, its cell runs and an exercise is checked; search answers; the
 * site is installable (Chromium's own installability check, the one Lighthouse's "installable-manifest" audit
 * used); a new deploy waits for the reader's "Reload now" and then takes over whole. Python: after one visit in which
 * Pyodide loaded, a PyTorch cell on a lesson never opened before prints PyTorch's lines offline (zh; the TypeScript
 * cell's offline test is en).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { collectErrors, lessonPages } from './helpers';
import { pythonCells, runPythonTwin } from './python-twins';

test.use({ serviceWorkers: 'allow' });

/** Waits until a service worker controls the page and has finished precaching (it is "activated"). */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => navigator.serviceWorker.controller?.state === 'activated',
    undefined,
    // the first visit precaches ~5 MB from the local server; measured < 3 s idle, much more on a busy machine
    { timeout: 45_000, polling: 250 },
  );
}

async function goOffline(context: BrowserContext): Promise<string[]> {
  await context.setOffline(true);
  // Any request that still reaches the network fails, and is recorded here.
  const leaks: string[] = [];
  context.on('requestfailed', (r) => leaks.push(`${r.url()} (${r.failure()?.errorText})`));
  return leaks;
}

test('after one visit, offline: an unvisited lesson reads, its cell runs, an exercise is checked (en)', async ({ page, context }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto('/en/');
  await waitForOfflineReady(page);
  const leaks = await goOffline(context);

  // a lesson with formulas and cells, never opened online in this context
  const lesson = lessonPages('en').find((p) => p.endsWith('/lessons/sgd/'))!;
  const res = await page.goto(lesson);
  expect(res?.status()).toBe(200);
  expect(res?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.katex').first()).toBeAttached();

  const cell = page.locator('oc-cell[data-cell-id]').first();
  await cell.scrollIntoViewIfNeeded();
  await expect(cell.locator('.cm-editor')).toBeVisible({ timeout: 20_000 });
  await cell.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(cell.locator('[data-role="log"]')).not.toBeEmpty({ timeout: 30_000 });
  await expect(cell.locator('[data-role="output"]')).not.toHaveAttribute('data-state', 'error');
  // after a run the page starts the next cell worker: let it load (from the service worker) before navigating away,
  // or the navigation aborts its script, which would show up as a failed request below
  await page.waitForLoadState('networkidle');

  const id = 'sgd-linear-regression';
  await page.goto(`/en/exercises/${id}/`);
  const ex = page.locator(`oc-exercise[data-id="${id}"]`);
  await ex.scrollIntoViewIfNeeded();
  await ex.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(ex.locator('[role="status"]')).toHaveAttribute('data-verdict', 'fail', { timeout: 30_000 });

  expect(leaks).toEqual([]);
  expect(errors()).toEqual([]);
});

test('zh: after one visit in which Python ran, offline: a PyTorch cell on an unvisited lesson prints what PyTorch printed', async ({ page, context }) => {
  // measured: the whole journey 43 s at load ~15 (a cold Pyodide start alone is over 45 s at load ~30)
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const [visited, unvisited] = ['/lessons/why-optimizer/', '/lessons/training-loop/'].map((s) => lessonPages('zh').find((p) => p.endsWith(s))!);
  await page.goto(visited!);
  await waitForOfflineReady(page);
  // the one visit: Python runs online (Pyodide is downloaded through the service worker, which caches it)
  const [id0, kind0] = pythonCells(visited!)[0]!;
  await runPythonTwin(page.locator(`oc-cell[data-cell-id="${id0}"]`), id0, kind0, 120_000);
  const cached = await page.evaluate(async () => (await (await caches.open('oc-pyodide')).keys()).map((r) => new URL(r.url).pathname));
  expect(cached.some((p) => p.endsWith('/pyodide.asm.wasm')), 'the service worker cached Pyodide').toBe(true);

  const leaks = await goOffline(context);
  const pyodide: string[] = [];
  context.on('response', (r) => {
    if (r.url().includes('/pyodide/')) pyodide.push(`${new URL(r.url()).pathname} ${r.fromServiceWorker() ? 'sw' : 'network'}`);
  });
  const res = await page.goto(unvisited!);
  expect(res?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  const [id, kind] = pythonCells(unvisited!)[0]!;
  await runPythonTwin(page.locator(`oc-cell[data-cell-id="${id}"]`), id, kind, 120_000);

  // the worker fetched Pyodide again (a new page, a new worker), every file from the service worker's cache
  expect(pyodide, 'Pyodide came from the service worker').toContain(`${cached.find((p) => p.endsWith('/pyodide.asm.wasm'))} sw`);
  expect(pyodide.filter((r) => !r.endsWith(' sw')), 'Pyodide came from the service worker').toEqual([]);
  expect(leaks).toEqual([]);
  expect(errors()).toEqual([]);
});

test('after one visit, offline: search finds a lesson; a lab runs (zh)', async ({ page, context }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.goto('/zh/');
  await waitForOfflineReady(page);
  const leaks = await goOffline(context);

  await page.goto('/zh/glossary/');
  await page.getByRole('searchbox', { name: '搜索课程' }).fill('动量');
  await expect(page.locator('.search-results a').first()).toBeVisible({ timeout: 20_000 });

  await page.goto('/zh/labs/lr/');
  await expect(page.locator('oc-lab[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
  await expect(page.locator('oc-lab canvas').first()).toBeVisible();

  expect(leaks).toEqual([]);
  expect(errors()).toEqual([]);
});

test('installable: Chromium reports no installability errors; each language has its manifest', async ({ page, context }) => {
  for (const lang of ['zh', 'en'] as const) {
    await page.goto(`/${lang}/`);
    await waitForOfflineReady(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    // Playwright's contexts are off the record, which Chromium reports as "in-incognito"; Lighthouse's
    // installable-manifest audit ignored that one too. Every other criterion must hold.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), lang).toEqual([]);
    const { url, data } = (await cdp.send('Page.getAppManifest')) as { url: string; data?: string };
    expect(url).toMatch(new RegExp(`/${lang}/manifest\\.webmanifest$`));
    const m = JSON.parse(data ?? '{}') as { start_url: string; scope: string; icons: { sizes: string }[]; lang: string };
    expect(m.start_url).toBe(`/${lang}/`);
    expect(m.scope).toBe('/');
    expect(m.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    await cdp.detach();
  }
});

for (const lang of ['en', 'zh'] as const) {
  const s = {
    en: { title: 'A new version of the course is ready', now: 'Reload now', later: 'Later' },
    zh: { title: '课程有新版本了', now: '立即重新加载', later: '稍后' },
  }[lang];

  test(`${lang}: a new deploy waits for "${s.now}", then takes over whole`, async ({ page, context }) => {
    test.setTimeout(120_000);
    // The deployed worker, and a "new deploy": the same worker with one byte changed.
    const swText = readFileSync(join(process.cwd(), 'dist', 'sw.js'), 'utf8');
    let version = 1;
    await context.route('**/sw.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: `${swText}\n// deploy ${version}\n` }),
    );
    await page.goto(`/${lang}/`);
    await waitForOfflineReady(page);
    const prompt = page.getByRole('complementary', { name: s.title });
    await expect(prompt).toBeHidden();

    version = 2;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/'))?.update());
    await expect(prompt).toBeVisible({ timeout: 45_000 });
    // Until the reader says so, the old worker keeps control.
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration('/'))?.waiting)).toBe(true);

    await prompt.getByRole('button', { name: s.later }).click();
    await expect(prompt).toBeHidden();
    await page.reload();
    await expect(prompt).toBeVisible({ timeout: 45_000 });
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: s.now }).click()]);
    await waitForOfflineReady(page);
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration('/'))?.waiting)).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
    await expect(page.getByRole('complementary', { name: s.title })).toBeHidden();
  });
}
