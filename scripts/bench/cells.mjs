/**
 * Benchmark of the live code cells against the BUILT site (run `npm run build` first):
 *   npx tsx scripts/bench/cells.mjs            (or: node scripts/bench/cells.mjs)
 * Measures
 *   1. eager JavaScript per lesson page: entry <script type="module"> files plus their static imports, gzip -9
 *      (budget ≤ 30 KB gz; the editor, sucrase, engine and chart.js load lazily and are not counted);
 *   2. Run click → first output line, median of N runs on a pre-warmed worker (budget ≤ 150 ms);
 *   3. the guide's 100-epoch loop with autoplot: Run click → run finished and chart drawn (budget ≤ 100 ms),
 *      and the in-worker execution time.
 * Env: OC_BENCH_PORT (default 4397), OC_BENCH_RUNS (default 15). Exits 1 when a budget is missed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
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
  } else console.log('eager JS: no lesson pages in dist/');
  const dev = eagerJs(join(DIST, 'en', 'dev', 'cells', 'index.html'));
  console.log(`eager JS on /en/dev/cells/ (8 cells): ${(dev.bytes / 1024).toFixed(1)} KB gz`);

  const server = await serveDist(PORT);
  try {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    const page = await browser.newPage();
    await page.goto(`${BASE}/en/dev/cells/`);
    const cell = page.locator('[data-cell-id="e2e-basic"]');
    await cell.scrollIntoViewIfNeeded();
    await cell.locator('.cm-editor').waitFor();
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
    await guide.locator('.cm-editor').waitFor();
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
