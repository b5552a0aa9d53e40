/**
 * Shared e2e helpers (every spec may use them):
 * - `collectErrors(page)`: records uncaught page errors and console.error messages; `expect(errors()).toEqual([])`.
 * - `axeViolations(page, include?)`: serious/critical axe violations for WCAG 2 A/AA (of the page, or of the part
 *   `include` selects), formatted for a readable failure.
 * - `allPages()`: every page of the BUILT site (from dist/sitemap-*.xml), as paths, zh and en.
 * - `lessonPages(lang?)`: the lesson paths, from the same list.
 * - `lessonRuns()`: per lesson, the page whose PyTorch tabs run and the page whose TypeScript cells run.
 * - `watchLongTasks(page)`: starts recording main-thread long tasks; the returned function reads the longest (ms).
 * - `expectPageHealthy(page, path)`: the per-page checks every page of the site gets (axe; at 360 px no page scroll
 *   and every box that scrolls reachable by keyboard).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export function collectErrors(page: Page): () => string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return () => [...errors];
}

/**
 * axe in "legacy mode": axe.run in the page itself. The default mode runs each frame apart and then opens a blank
 * page of its own to merge the frames' results, injecting axe-core (~0.5 MB of script) there again; that doubled the
 * cost of every check (measured 1.0–1.8 s → 0.4–0.9 s on a short page, 3.7 s → 1.9 s on a lesson) for something the
 * site does not have: cross-origin frames. Same rules, same results.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).setLegacyMode(true);
  if (include) builder.include(include);
  const results = await builder.analyze();
  const where = (nodes: { target: unknown[] }[]) => nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
  const found = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${where(v.nodes)}`);
  // A text on a gradient or image background is never checked for contrast (axe says "incomplete", not a
  // violation): the sidebar column's gradient once hid every text of every page from the check this way.
  const unchecked = results.incomplete
    .filter((r) => r.id === 'color-contrast')
    .flatMap((r) => r.nodes)
    .filter((n) => n.any.some((c) => /^bg(Gradient|Image)$/.test(String((c.data as { messageKey?: string } | null)?.messageKey))));
  if (unchecked.length) found.push(`color-contrast unchecked on ${unchecked.length} texts (gradient or image background) — ${where(unchecked)}`);
  return found;
}

/**
 * What every page of the site must pass, on a page that is open: no serious axe violations (WCAG 2 A/AA; not on the
 * language chooser `/`, which only redirects) and no horizontal scroll at 360 px (the viewport stays at 360 px).
 * site.spec.ts checks every page this way, except the lesson pages, which are checked by the tests that run their
 * cells (lessons.spec.ts, python-lessons.spec.ts) after the runs: one visit per page, outputs and charts included.
 */
export async function expectPageHealthy(page: Page, path: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  if (path !== '/') expect(await axeViolations(page), `${path}: axe (wcag2a, wcag2aa)`).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: `${path}: horizontal scroll at 360 px` })
    .toBeLessThanOrEqual(0);
  // axe ran at desktop width; at 360 px more boxes scroll (tables, formulas, code): each must take keyboard focus
  // itself or hold something that does (axe's scrollable-region-focusable)
  await expect.poll(() => page.evaluate(unreachableScrollers), { message: `${path}: boxes that scroll at 360 px but take no keyboard focus` }).toEqual([]);
}

/** In the page: elements that scroll (a box smaller than its content, overflow auto/scroll) with nothing focusable. */
function unreachableScrollers(): string[] {
  const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
  return [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((el) => {
      const cs = getComputedStyle(el);
      const x = /auto|scroll/.test(cs.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const y = /auto|scroll/.test(cs.overflowY) && el.scrollHeight > el.clientHeight + 1;
      return (x || y) && !el.matches(focusable) && !el.querySelector(focusable);
    })
    .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
}

const DIST = join(process.cwd(), 'dist');

/** Every page path in the built sitemap (needs `npm run build` first), sorted, e.g. "/zh/lessons/coach/". */
export function allPages(): string[] {
  let files: string[];
  try {
    files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  } catch {
    throw new Error('dist/ not found: run `npm run build` before the e2e tests');
  }
  if (files.length === 0) throw new Error('no dist/sitemap-*.xml: run `npm run build` before the e2e tests');
  const paths = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) paths.add(new URL(m[1]!).pathname);
  }
  return [...paths].sort();
}

export function lessonPages(lang?: 'zh' | 'en'): string[] {
  return allPages().filter((p) => /^\/(zh|en)\/lessons\/[^/]+\/$/.test(p) && (!lang || p.startsWith(`/${lang}/`)));
}

/**
 * Each lesson's cells run once per code language: the lessons alternate, PyTorch tabs on the zh page and TypeScript
 * cells on the en page for one lesson, the other way round for the next. So every lesson page of both languages runs
 * cells, and no program runs twice: the two language versions of a cell differ only in its comments
 * (src/site/cell-comments.ts keeps code and line numbers; its unit tests), and e2e/cell-comments.spec.ts runs the
 * same cell with each language's comments.
 */
export function lessonRuns(): { python: string; typescript: string }[] {
  return lessonPages('en').map((en, i) => {
    const zh = en.replace(/^\/en\//, '/zh/');
    return i % 2 === 0 ? { python: zh, typescript: en } : { python: en, typescript: zh };
  });
}

/**
 * Starts recording the page's longest main-thread long task. Long tasks are the page's own work (a timer's
 * lateness would also count CPU starvation by other processes), so a bound on them holds on a loaded machine.
 */
export async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}
