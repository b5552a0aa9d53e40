/**
 * Benchmark of the visual labs against the BUILT site (run `npm run build` first): `node scripts/bench/labs.mjs`.
 * Measures, in headless Chromium:
 *   1. the optimizer race's full recompute (7 optimizers × 300 steps) after a slider change: median of 9
 *      (budget < 100 ms, so a slider re-runs "instantly");
 *   2. the race animation: per-frame work (p95, budget < 50 ms) and the main thread's long tasks while it plays.
 * Timing budgets live here, not in the e2e suite, where a loaded machine would make them flaky.
 * Env: OC_BENCH_PORT (default 4398). Exits 1 when a budget is missed.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';
import { median, serveDist } from './serve-dist.mjs';

const PORT = Number(process.env.OC_BENCH_PORT ?? 4398);
const server = await serveDist(PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let failed = false;
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/en/labs/race/`);
  const lab = page.locator('oc-lab[data-lab="race"]');
  await lab.waitFor();
  await page.waitForFunction(() => document.querySelector('oc-lab[data-lab="race"]')?.getAttribute('data-ready') === 'true');
  const body = lab.locator('[data-role="lab-body"]');
  const slider = lab.locator('input[data-control="scale"]');

  const times = [];
  for (let i = 0; i < 9; i++) {
    await slider.focus();
    await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForTimeout(150);
    times.push(Number(await body.getAttribute('data-compute-ms')));
  }
  const recompute = median(times);

  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__longTasks = [];
    w.__frames = [];
    const b = document.querySelector('oc-lab[data-lab="race"] [data-role="lab-body"]');
    new MutationObserver(() => w.__frames.push(Number(b.dataset.drawMs))).observe(b, { attributes: true, attributeFilter: ['data-draw-ms'] });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await lab.locator('[data-action="play"]').click();
  await page.waitForFunction(
    () => document.querySelector('oc-lab[data-lab="race"] [data-role="step"]')?.textContent === 'Step 300 / 300',
    undefined,
    { timeout: 30_000 },
  );
  const { frames, longTasks } = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    return { frames: /** @type {number[]} */ (w.__frames), longTasks: /** @type {number[]} */ (w.__longTasks) };
  });
  const sorted = [...frames].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? NaN;

  const rows = [
    ['race recompute after a slider change (median of 9)', `${recompute.toFixed(1)} ms`, '< 100 ms', recompute < 100],
    [`race animation per-frame work (p95 of ${frames.length} frames)`, `${p95.toFixed(1)} ms`, '< 50 ms', p95 < 50],
    ['main-thread long tasks while animating', longTasks.length ? longTasks.map((d) => `${d.toFixed(0)} ms`).join(', ') : 'none', '(reported)', true],
  ];
  console.log('\nLabs benchmark');
  for (const [what, value, budget, ok] of rows) {
    console.log(`  ${ok ? 'ok  ' : 'MISS'} ${what}: ${value} ${budget}`);
    if (!ok) failed = true;
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
