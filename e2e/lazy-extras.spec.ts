/**
 * The engine's extras chunk in the built site (src/engine/lazy.ts): the sealed TypeScript cell worker loads it
 * from the site itself, after sealing, only for a run whose code names a lazy name (here StepLR), and prints
 * PyTorch's numbers with it; a run without lazy names never requests it.
 */
import { expect, test, type Page } from '@playwright/test';
import { openCell, runCode } from './safety-helpers';
import { extrasLines, STEPLR } from '../src/runner/lazy-extras.fixture';
import { loadFixture } from '../tests/golden/compare';

const EXTRAS_RE = /\/_astro\/extras-[\w-]+\.js$/;

/** URLs of the extras chunk that the page or its workers requested, and whether each got a 200. */
function extrasRequests(page: Page): { url: string; status: number }[] {
  const got: { url: string; status: number }[] = [];
  page.context().on('response', (res) => {
    if (EXTRAS_RE.test(new URL(res.url()).pathname)) got.push({ url: res.url(), status: res.status() });
  });
  return got;
}

test('en: a run that names StepLR loads the extras chunk from the site and prints PyTorch\'s learning rates', async ({ page }) => {
  const requests = extrasRequests(page);
  const cell = await openCell(page, 'en');
  const want = extrasLines({
    sched: loadFixture<{ lr: number[][] }>('sched.json').cases['steplr']!.lr,
    data: [],
    lbfgs: [],
  }).sched;
  const r = await runCode(cell, STEPLR.ts, 20_000);
  expect(r.error).toBeUndefined();
  expect(r.logs).toEqual(want);
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.every((q) => q.status === 200 && new URL(q.url).origin === new URL(page.url()).origin)).toBe(true);
});

test('zh: a run without lazy names does not load the extras chunk', async ({ page }) => {
  const requests = extrasRequests(page);
  const cell = await openCell(page, 'zh');
  const r = await runCode(cell, 'const o = optim.Adam(nn.Linear(2, 1).parameters(), { lr: 0.001 })\nprint(o.defaults.lr)', 20_000);
  expect(r.error).toBeUndefined();
  expect(r.logs).toEqual(['0.001']);
  expect(requests).toEqual([]);
});
