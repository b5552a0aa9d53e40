/**
 * Nothing lost, nothing claimed falsely (issue 14.4): with the browser's storage full, a cell edit, an exercise
 * pass and a progress import each tell the learner they were not saved; a second corruption of the progress
 * keeps the first backup, and the progress page restores a backup. Both languages.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './shared-context';
import { collectErrors } from './helpers';
import { openCell, type Lang } from './safety-helpers';

const S = {
  en: {
    editNotSaved: 'Your edits could not be saved in this browser',
    passNotSaved: 'this pass could not be saved in this browser',
    importNotSaved: 'The file was read (2 new passes), but it could not be saved',
    check: 'Check',
    restore: 'Restore backup 1',
    restored: 'Restored backup 1: 1 passes could be read, 1 of them were new.',
  },
  zh: {
    editNotSaved: '你的修改没能保存在这个浏览器里',
    passNotSaved: '这次通过没能保存在这个浏览器里',
    importNotSaved: '文件已读取（2 项新的通过记录），但没能保存',
    check: '检查',
    restore: '恢复备份 1',
    restored: '已恢复备份 1：读出 1 项通过记录，其中 1 项是新的。',
  },
} as const;

/** Fills this origin's localStorage until it refuses even small writes (Chromium: about 10 MB). */
async function fillStorage(page: Page): Promise<void> {
  const full = await page.evaluate(() => {
    let i = 0;
    for (let size = 1 << 20; size >= 8; ) {
      try {
        localStorage.setItem(`oc:fill:${i++}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
    try {
      localStorage.setItem('oc:fill:probe', 'xxxxxxxxxxxxxxxx');
      return false;
    } catch {
      return true;
    }
  });
  expect(full).toBe(true);
}

const EXPORT = JSON.stringify({ version: 1, passed: { 'cp-coach-roles': { at: '2026-01-01T00:00:00Z' }, 'sgd-vs-adam': { at: '2026-01-02T00:00:00Z' } } });

for (const lang of ['en', 'zh'] as const) {
  const s = S[lang];

  test(`${lang}: a cell edit that cannot be saved says so`, async ({ page }) => {
    const errors = collectErrors(page);
    const cell = await openCell(page, lang);
    await fillStorage(page);
    await cell.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nprint("a long enough edit to need space")');
    await expect(cell.locator('[data-role="note"]')).toContainText(s.editNotSaved);
    expect(errors()).toEqual([]);
  });

  test(`${lang}: an exercise pass that cannot be saved says so`, async ({ page }) => {
    await page.goto(`/${lang}/lessons/coach/`);
    await fillStorage(page);
    const cp = page.locator('oc-exercise[data-id="cp-coach-roles"]');
    await cp.locator('input[value="gradient"]').check();
    await cp.getByRole('button', { name: s.check, exact: true }).click();
    await expect(cp.locator('[role="status"]')).toHaveAttribute('data-verdict', 'pass');
    await expect(cp.getByRole('alert')).toContainText(s.passNotSaved);
  });

  test(`${lang}: an import that cannot be saved says so and claims nothing`, async ({ page }) => {
    await page.goto(`/${lang}/progress/`);
    await fillStorage(page);
    await page.locator('input[data-action="import"]').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(EXPORT) });
    await expect(page.locator('[data-progress-message]')).toContainText(s.importNotSaved);
    await expect(page.locator('[data-progress-item="cp-coach-roles"] [data-role="status"]')).toHaveAttribute('data-done', 'false');
  });

  test(`${lang}: a second corruption keeps the first backup, and the progress page restores it`, async ({ page }) => {
    const first = '{"version":1,"passed":{"cp-coach-roles":{"at":"2026-01-01T00:00:00Z"},"sgd-vs-ad';
    await page.goto(`/${lang}/progress/`);
    await page.evaluate((raw) => localStorage.setItem('oc:progress', raw), first);
    await page.goto(`/${lang}/lessons/coach/`); // the visit is a write: the damaged value is backed up first
    await page.evaluate(() => localStorage.setItem('oc:progress', '{second damage'));
    await page.goto(`/${lang}/lessons/advanced/`);
    const stored = await page.evaluate(() => [localStorage.getItem('oc:progress:backup'), localStorage.getItem('oc:progress:backup:2')]);
    expect(stored).toEqual([first, '{second damage']);
    await page.goto(`/${lang}/progress/`);
    const row = page.locator('[data-progress-item="cp-coach-roles"] [data-role="status"]');
    await expect(row).toHaveAttribute('data-done', 'false');
    await page.getByRole('button', { name: s.restore, exact: true }).click();
    await expect(page.locator('[data-progress-message]')).toHaveText(s.restored);
    await expect(row).toHaveAttribute('data-done', 'true');
    await page.reload();
    await expect(row).toHaveAttribute('data-done', 'true');
  });
}
