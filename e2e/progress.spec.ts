/**
 * Progress (src/progress): kept in localStorage `oc:progress`; export → reset → import restores it; damaged or
 * foreign data shows a notice, keeps valid entries and is backed up before anything overwrites it.
 */
import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './shared-context';
import { collectErrors } from './helpers';

async function passCoachQuiz(page: Page, lang: 'zh' | 'en') {
  await page.goto(`/${lang}/lessons/coach/`);
  const cp = page.locator('oc-exercise[data-id="cp-coach-roles"]');
  await cp.locator('input[value="gradient"]').check();
  await cp.getByRole('button', { name: lang === 'zh' ? '检查' : 'Check', exact: true }).click();
  await expect(cp.locator('[role="status"]')).toHaveAttribute('data-verdict', 'pass');
}

const row = (page: Page, id: string) => page.locator(`[data-progress-item="${id}"] [data-role="status"]`);

test('export → reset → import restores progress; the progress page lists it and offers resume', async ({ page }, info) => {
  page.on('dialog', (d) => void d.accept());
  await passCoachQuiz(page, 'en');
  await page.goto('/en/progress/');
  await expect(row(page, 'cp-coach-roles')).toHaveAttribute('data-done', 'true');
  await expect(page.locator('#resume a')).toHaveAttribute('href', '/en/lessons/coach/');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  const file = info.outputPath('progress.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1, passed: { 'cp-coach-roles': {} } });

  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.locator('[data-progress-message]')).toHaveText('Progress reset.');
  await expect(row(page, 'cp-coach-roles')).toHaveAttribute('data-done', 'false');
  await expect(page.locator('#sidebar a[data-lesson="coach"] .tick')).not.toHaveClass(/is-done/);

  await page.getByLabel('Import progress').setInputFiles(file);
  await expect(row(page, 'cp-coach-roles')).toHaveAttribute('data-done', 'true');
  await expect(page.locator('[data-progress-message]')).toHaveText('Import done. New passes added: 1.');
  await expect(page.locator('#sidebar a[data-lesson="coach"] .tick')).toHaveClass(/is-done/);

  await page.getByLabel('Import progress').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect(page.locator('[data-progress-message]')).toContainText('Nothing was changed');
  await expect(row(page, 'cp-coach-roles')).toHaveAttribute('data-done', 'true');
});

test('zh: corrupted storage shows a notice, does not crash, and is backed up before it is overwritten', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/zh/progress/');
  await page.evaluate(() => localStorage.setItem('oc:progress', '{"version":1,"passed":{oops'));
  await page.goto('/zh/lessons/coach/');
  await expect(page.getByRole('alert')).toContainText('已损坏');
  expect(await page.evaluate(() => localStorage.getItem('oc:progress:backup'))).toBe('{"version":1,"passed":{oops');
  await passCoachQuiz(page, 'zh');
  expect(errors()).toEqual([]);
});

test('en: a partly damaged store keeps its valid entries and says what it ignored', async ({ page }) => {
  await page.goto('/en/progress/');
  await page.evaluate(() =>
    localStorage.setItem(
      'oc:progress',
      JSON.stringify({ version: 1, passed: { 'cp-coach-roles': { at: '2026-01-01T00:00:00Z' }, 'NOT AN ID': true, 'cp-ready': { at: 'never' } } }),
    ),
  );
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('2 damaged entries');
  await expect(row(page, 'cp-coach-roles')).toHaveAttribute('data-done', 'true');
  await expect(row(page, 'cp-ready')).toHaveAttribute('data-done', 'false');
  await expect(page.locator('#sidebar a[data-lesson="coach"] .tick')).toHaveClass(/is-done/);
});
