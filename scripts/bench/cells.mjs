/**
 * Benchmark of the live code cells against the BUILT site (run `npm run build:test` first: it uses the test page):
 *   npx tsx scripts/bench/cells.mjs            (or: node scripts/bench/cells.mjs)
 * Measures
 *   1. eager JavaScript per lesson page: entry <script type="module"> files plus their static imports, gzip -9
 *      (budget ≤ 30 KB gz; the editor, sucrase, engine and chart.js load lazily and are not counted);
 *   2. Run click → first output line, median of N runs on a pre-warmed worker (budget ≤ 150 ms);
 *   3. the guide's 100-epoch loop with autoplot: Run click → run finished and chart drawn (budget ≤ 100 ms),
 *      and the in-worker execution time;
 *   4. Python cells (issue 10): no Pyodide in the eager JS; the first Python run on a page with nothing cached
 *      (informative) and on a fresh page with the assets in the HTTP cache (budget ≤ 4 s); Run → first output
 *      for later Python runs (budget ≤ 150 ms); Stop → Run enabled on `while True: pass` (budget ≤ 1 s); the
 *      guide loop in Python against the same loop in TypeScript, in-worker time (budget ≤ 3×).
 * Env: OC_BENCH_PORT (default 4397), OC_BENCH_RUNS (default 15). Exits 1 when a budget is missed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';
import { DIST, median, serveDist } from './serve-dist.mjs';

const PORT = Number(process.env.OC_BENCH_PORT ?? 4397);
const RUNS = Number(process.env.OC_BENCH_RUNS ?? 15);
const BASE = `http://127.0.0.1:${PORT}`;


/** Static import graph of the page's entry module scripts (dynamic import() excluded), total gzip bytes. */
function eagerJs(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const seen = new Set();
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1];
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    if (src) visit(join(DIST, src.split('?')[0]), seen);
    else inline += gzipSync(m[2], { level: 9 }).length;
  }
  let files = 0;
  for (const f of seen) files += gzipSync(readFileSync(f), { level: 9 }).length;
  return { bytes: files + inline, files: [...seen].map((f) => f.slice(DIST.length)) };
}

function visit(file, seen) {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // static imports only: `import … from "x"`, `import "x"`, `export … from "x"` (minified forms included)
  for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g)) {
    const spec = m[1];
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    visit(spec.startsWith('/') ? join(DIST, spec) : join(dirname(file), spec), seen);
  }
}

function lessonHtml() {
  const out = [];
  for (const lang of ['zh', 'en']) {
    const dir = join(DIST, lang, 'lessons');
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir)) {
      const f = join(dir, slug, 'index.html');
      if (existsSync(f)) out.push(f);
    }
  }
  return out;
}


/** Click Run in a cell and resolve with ms until a log line containing `marker` appears (in the page's clock). */
function clickToLine(cell, marker) {
  return cell.evaluate(
    (el, m) =>
      new Promise((resolve) => {
        const log = el.querySelector('[data-role="log"]');
        const t0 = performance.now();
        const mo = new MutationObserver(() => {
          if (log.textContent.includes(m)) {
            mo.disconnect();
            resolve(performance.now() - t0);
          }
        });
        mo.observe(log, { childList: true, subtree: true, characterData: true });
        el.querySelector('[data-action="run"]').click();
      }),
    marker,
  );
}

/** Runs a cell's visible tab to the end; resolves with its RunResult summary. */
function runToEnd(cell) {
  return cell.evaluate(
    (el) =>
      new Promise((resolve) => {
        el.addEventListener('cell-run', (e) => resolve({ status: e.detail.status, elapsed: e.detail.trace.elapsedMs, error: e.detail.error, logs: e.detail.logs.length }), { once: true });
        el.querySelector('[data-action="run"]').click();
      }),
  );
}

async function openPythonCell(context) {
  const page = await context.newPage();
  await page.goto(`${BASE}/en/dev/cells/`);
  const cell = page.locator('[data-cell-id="e2e-guide"]');
  await cell.scrollIntoViewIfNeeded();
  await cell.locator('.cm-editor').first().waitFor();
  await cell.getByRole('tab', { name: 'PyTorch' }).click();
  await cell.locator('[data-panel="py"] .cm-editor').waitFor();
  return { page, cell };
}

const setCode = (cell, code) => cell.evaluate((el, c) => el.setCode(c), code);
const runEnabled = (cell) => cell.locator('[data-action="run"]:not([disabled])').waitFor({ timeout: 120_000 });
/** a reader's pause between runs (the kept Python worker cleans its interpreter in it; a new one would start from the snapshot) */
const READ_PAUSE_MS = 3000;

async function benchPython(browser, failures, tsLoopMs) {
  const context = await browser.newContext();
  try {
    const first = await openPythonCell(context);
    await setCode(first.cell, 'print("first line")');
    const cold = await clickToLine(first.cell, 'first line');
    await runEnabled(first.cell);
    console.log(`Python, first run, nothing cached: click → first output ${(cold / 1000).toFixed(2)} s (informative)`);

    const later = [];
    for (let i = 0; i < Math.max(5, Math.round(RUNS / 3)); i++) {
      await first.page.waitForTimeout(READ_PAUSE_MS);
      later.push(await clickToLine(first.cell, 'first line'));
      await runEnabled(first.cell);
    }
    const lt = median(later);
    console.log(`Python, later runs: click → first output median ${lt.toFixed(1)} ms over ${later.length} (min ${Math.min(...later).toFixed(1)}, max ${Math.max(...later).toFixed(1)})`);
    if (lt > 150) failures.push('Python later runs first output > 150 ms');

    await first.page.waitForTimeout(READ_PAUSE_MS);
    await setCode(first.cell, 'print("start")\nwhile True:\n    pass');
    await clickToLine(first.cell, 'start');
    const stopMs = await first.cell.evaluate(
      (el) =>
        new Promise((resolve) => {
          const t0 = performance.now();
          el.addEventListener('cell-run', () => resolve(performance.now() - t0), { once: true });
          el.querySelector('[data-action="stop"]').click();
        }),
    );
    console.log(`Python, Stop on while True: pass → run ended in ${stopMs.toFixed(1)} ms`);
    if (stopMs > 1000) failures.push('Python Stop > 1 s');
    await first.page.close();

    const fresh = await openPythonCell(context);
    await setCode(fresh.cell, 'print("first line")');
    const warm = await clickToLine(fresh.cell, 'first line');
    await runEnabled(fresh.cell);
    console.log(`Python, first run on a fresh page, assets in the HTTP cache: click → first output ${(warm / 1000).toFixed(2)} s`);
    if (warm > 4000) failures.push('Python first run (cached) > 4 s');

    const py = await fresh.cell.evaluate((el) => el.source.py);
    await setCode(fresh.cell, py);
    const loop = [];
    for (let i = 0; i < 5; i++) {
      await fresh.page.waitForTimeout(READ_PAUSE_MS);
      const r = await runToEnd(fresh.cell);
      if (r.status !== 'ok') {
        console.log(`Python guide loop failed: ${JSON.stringify(r.error)}`);
        failures.push('Python guide loop failed');
        return;
      }
      loop.push(r.elapsed);
    }
    const pl = median(loop);
    console.log(`guide loop in Python: in-worker ${pl.toFixed(1)} ms vs TypeScript ${tsLoopMs.toFixed(1)} ms: ${(pl / tsLoopMs).toFixed(2)}×`);
    if (pl > 3 * tsLoopMs) failures.push('Python guide loop > 3× TypeScript');
  } finally {
    await context.close();
  }
}

async function main() {
  if (!existsSync(DIST)) throw new Error('dist/ not found: run `npm run build` first');
  const failures = [];

  const pages = lessonHtml();
  const sizes = pages.map((f) => ({ page: f.slice(DIST.length), ...eagerJs(f) }));
  const worst = sizes.reduce((a, b) => (b.bytes > (a?.bytes ?? -1) ? b : a), undefined);
  if (worst) {
    console.log(`eager JS per lesson page (gzip): max ${(worst.bytes / 1024).toFixed(1)} KB on ${worst.page} (${pages.length} pages)`);
    console.log(`  files: ${worst.files.join(', ')}`);
    if (worst.bytes > 30 * 1024) failures.push('eager JS > 30 KB gz');
    const pyodideEager = sizes.filter((x) => x.files.some((f) => /pyodide/i.test(f) || /pyodide/.test(readFileSync(join(DIST, f), 'utf8'))));
    console.log(`eager JS naming Pyodide: ${pyodideEager.length} of ${pages.length} lesson pages`);
    if (pyodideEager.length) failures.push('Pyodide in eager JS');
  } else console.log('eager JS: no lesson pages in dist/');
  const dev = eagerJs(join(DIST, 'en', 'dev', 'cells', 'index.html'));
  console.log(`eager JS on /en/dev/cells/ (8 cells): ${(dev.bytes / 1024).toFixed(1)} KB gz`);

  const server = await serveDist(PORT);
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.goto(`${BASE}/en/dev/cells/`);
    const cell = page.locator('[data-cell-id="e2e-basic"]');
    await cell.scrollIntoViewIfNeeded();
    await cell.locator('.cm-editor').first().waitFor();
    await page.evaluate(() => localStorage.clear());
    await cell.evaluate((el) => el.setCode('print("first line")\nfor (let i = 0; i < 10; i++) plot("x", i, i * i)'));

    const firstLine = [];
    for (let i = 0; i < RUNS; i++) {
      await page.waitForTimeout(400); // let the next worker pre-warm, as it does between a reader's runs
      const ms = await cell.evaluate(
        (el) =>
          new Promise((resolve) => {
            const log = el.querySelector('[data-role="log"]');
            const btn = el.querySelector('[data-action="run"]');
            let t0 = 0;
            const mo = new MutationObserver(() => {
              if (log.textContent.includes('first line')) {
                mo.disconnect();
                resolve(performance.now() - t0);
              }
            });
            t0 = performance.now();
            btn.click();
            mo.observe(log, { childList: true, subtree: true, characterData: true });
          }),
      );
      await cell.locator('[data-role="output"][data-state="ok"]').waitFor();
      firstLine.push(ms);
    }
    const fl = median(firstLine);
    console.log(`run click → first output line: median ${fl.toFixed(1)} ms over ${RUNS} runs (min ${Math.min(...firstLine).toFixed(1)}, max ${Math.max(...firstLine).toFixed(1)})`);
    if (fl > 150) failures.push('first output > 150 ms');

    const guide = page.locator('[data-cell-id="e2e-guide"]');
    await guide.scrollIntoViewIfNeeded();
    await guide.locator('.cm-editor').first().waitFor();
    const totals = [];
    const inWorker = [];
    for (let i = 0; i < Math.max(5, Math.round(RUNS / 2)); i++) {
      await page.waitForTimeout(400);
      const r = await guide.evaluate(
        (el) =>
          new Promise((resolve) => {
            const t0 = performance.now();
            el.addEventListener(
              'cell-run',
              (e) => {
                // the chart's last frame was drawn synchronously in plot.finish() before cell-run
                resolve({ total: performance.now() - t0, status: e.detail.status, elapsed: e.detail.trace.elapsedMs, points: (e.detail.trace.plots.loss ?? []).length, error: e.detail.error });
              },
              { once: true },
            );
            el.querySelector('[data-action="run"]').click();
          }),
      );
      if (r.status !== 'ok') throw new Error(`guide loop failed: ${JSON.stringify(r.error)}`);
      if (r.points !== 100) throw new Error(`guide loop plotted ${r.points} points, expected 100`);
      totals.push(r.total);
      inWorker.push(r.elapsed);
    }
    const gt = median(totals);
    console.log(`guide loop (100 epochs, autoplot): click → finished and plotted: median ${gt.toFixed(1)} ms; in-worker run ${median(inWorker).toFixed(1)} ms`);
    if (gt > 100) failures.push('guide loop > 100 ms');
    await benchPython(browser, failures, median(inWorker));
    await browser.close();
  } finally {
    server.close();
  }
  if (failures.length) {
    console.log(`MISSED: ${failures.join('; ')}`);
    process.exitCode = 1;
  } else console.log('all cell budgets met');
}

await main();
