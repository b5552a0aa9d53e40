/**
 * Helpers for the safety specs (e2e/safety-*.spec.ts): a local HTTP listener on 127.0.0.1 that records every
 * request it receives (the proof that nothing left the page), and running code in a cell of the test page.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export interface Listener {
  origin: string;
  /** paths requested so far, from the listener's own log */
  hits: string[];
  /**
   * requests to the listener's origin that got a response, in Playwright's view (incl. workers); a request the
   * Content-Security-Policy blocks is reported by Playwright too, but fails without leaving the browser
   */
  seen: string[];
  close(): Promise<void>;
}

/** Starts a listener that answers everything with a tiny script (so a successful import would really run). */
export async function listen(context: BrowserContext): Promise<Listener> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('content-type', 'text/javascript');
    res.end('globalThis.__leaked = true; export default 1;');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const seen: string[] = [];
  context.on('response', (res) => {
    if (res.url().startsWith(origin)) seen.push(res.url());
  });
  // the listener must really receive requests: one from Node proves it is up and recording
  await fetch(`${origin}/control`);
  expect(hits).toEqual(['/control']);
  hits.length = 0;
  return { origin, hits, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export type Lang = 'zh' | 'en';
export const RUN = { zh: '运行', en: 'Run' } as const;

export async function openCell(page: Page, lang: Lang, id = 'e2e-basic'): Promise<Locator> {
  await page.goto(`/${lang}/dev/cells/`);
  const cell = page.locator(`[data-cell-id="${id}"]`);
  await cell.scrollIntoViewIfNeeded();
  await expect(cell.locator('.cm-editor')).toBeVisible();
  return cell;
}

export interface RunOutcome {
  status: string;
  error?: { name: string; message: string };
  logs: string[];
}

/** Runs code in the cell like the Run button and returns the RunResult's essentials. */
export async function runCode(cell: Locator, code: string, budgetMs = 8000): Promise<RunOutcome> {
  return cell.evaluate(async (el, [c, b]) => {
    const cellEl = el as HTMLElement & { setCode(c: string): void; run(o: { budgetMs?: number }): Promise<RunOutcome> };
    cellEl.setCode(c as string);
    const r = await cellEl.run({ budgetMs: b as number });
    return { status: r.status, error: r.error && { name: r.error.name, message: r.error.message }, logs: r.logs };
  }, [code, budgetMs] as const);
}

export const output = (cell: Locator) => cell.locator('[data-role="output"]');
