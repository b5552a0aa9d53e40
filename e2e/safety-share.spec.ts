/**
 * Share links are safe to open (issue 14.3): a link never silently replaces code the reader edited (a dialog
 * asks, and "Restore my version" brings theirs back), damaged or oversized links give a message instead of an
 * error, and Share refuses to make a link that could not be opened. Both languages.
 */
import lz from 'lz-string';
import { test as fresh, type Page } from '@playwright/test';
import { expect, test } from './shared-context';
import { collectErrors } from './helpers';
import { type Lang } from './safety-helpers';

const S = {
  en: {
    confirm: 'This share link brings other code for this cell',
    load: 'Load shared code',
    keep: 'Keep my code',
    kept: 'You kept your code; the shared code was not loaded.',
    restore: 'Restore my version',
    restored: 'Your version is back in the editor.',
    badPayload: 'This share link is damaged (its code cannot be read)',
    badId: 'This share link is damaged (its cell name is not valid)',
    missing: 'This share link is for a code cell that is not on this page',
    tooLarge: 'This share link carries more than 200000 characters of code',
    tooLong: 'This code is too long to share as a link',
    share: 'Share',
  },
  zh: {
    confirm: '这个分享链接带来了这个代码单元的另一段代码',
    load: '载入分享的代码',
    keep: '保留我的代码',
    kept: '已保留你的代码，没有载入分享的代码。',
    restore: '恢复我的版本',
    restored: '你的版本已恢复到编辑器里。',
    badPayload: '这个分享链接已损坏（里面的代码无法读取）',
    badId: '这个分享链接已损坏（代码单元的名字无效）',
    missing: '这个分享链接指向的代码单元不在本页',
    tooLarge: '这个分享链接里的代码超过 200000 个字符',
    tooLong: '这段代码太长，无法生成分享链接',
    share: '分享',
  },
} as const;

const url = (lang: Lang, hash: string) => `/${lang}/dev/cells/${hash}`;
const link = (id: string, code: string) => `#cell=${id}&code=${lz.compressToEncodedURIComponent(code)}`;
const cellOf = (page: Page, id = 'e2e-basic') => page.locator(`[data-cell-id="${id}"]`);

/** Opens the page once to store an edit of e2e-basic, as if the reader had typed it earlier. */
async function withEdit(page: Page, lang: Lang, code: string): Promise<void> {
  await page.goto(url(lang, ''));
  await page.evaluate((c) => localStorage.setItem('oc:cell:e2e-basic', c), code);
  await page.goto('about:blank');
}

for (const lang of ['en', 'zh'] as const) {
  const s = S[lang];

  test(`${lang}: a share link asks before replacing edited code, and the reader's version can be restored`, async ({ page }) => {
    const errors = collectErrors(page);
    await withEdit(page, lang, 'print("mine")');
    await page.goto(url(lang, link('e2e-basic', 'print("shared")')));
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(s.confirm);
    await dialog.getByRole('button', { name: s.load }).click();
    const cell = cellOf(page);
    await expect(cell.locator('.cm-content')).toContainText('print("shared")');
    await expect(cell.locator('[data-role="output"]')).toHaveAttribute('data-state', 'idle');
    expect(await page.evaluate(() => localStorage.getItem('oc:cell:e2e-basic:mine'))).toBe('print("mine")');
    await cell.getByRole('button', { name: s.restore }).click();
    await expect(cell.locator('.cm-content')).toContainText('print("mine")');
    await expect(cell.locator('[data-role="note"]')).toHaveText(s.restored);
    expect(await page.evaluate(() => localStorage.getItem('oc:cell:e2e-basic'))).toBe('print("mine")');
    expect(errors()).toEqual([]);
  });

  test(`${lang}: keeping my code leaves it untouched`, async ({ page }) => {
    await withEdit(page, lang, 'print("mine")');
    await page.goto(url(lang, link('e2e-basic', 'print("shared")')));
    await page.getByRole('dialog').getByRole('button', { name: s.keep }).click();
    const cell = cellOf(page);
    await expect(cell.locator('[data-role="note"]')).toHaveText(s.kept);
    await expect(cell.locator('.cm-content')).toContainText('print("mine")');
    expect(await page.evaluate(() => localStorage.getItem('oc:cell:e2e-basic'))).toBe('print("mine")');
  });

  test(`${lang}: damaged, oversized and misdirected links give a message, never an error`, async ({ page }) => {
    const errors = collectErrors(page);
    const bomb = lz.compressToEncodedURIComponent('x'.repeat(200_001));
    const cases: [string, string, string][] = [
      ['#cell=e2e-basic&code=%%%not-lz', 'e2e-basic', s.badPayload],
      [`#cell=e2e-basic&code=${bomb}`, 'e2e-basic', s.tooLarge],
      ['#cell=%E0%A4%A&code=abc', 'e2e-basic', s.badId],
      ['#cell=<img src=x>&code=abc', 'e2e-basic', s.badId],
      [link('no-such-cell', 'print(1)'), 'e2e-basic', s.missing],
    ];
    for (const [hash, id, message] of cases) {
      await page.goto('about:blank');
      await page.goto(url(lang, hash));
      await expect(cellOf(page, id).locator('[data-role="note"]'), hash).toContainText(message);
      await expect(cellOf(page, id).locator('.cm-content')).not.toContainText('xxxxxxxx');
    }
    expect(errors()).toEqual([]);
  });

  // its own context: the clipboard permission is granted to a context
  fresh(`${lang}: Share refuses to make a link the browser could not open`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(url(lang, ''));
    const cell = cellOf(page);
    await cell.scrollIntoViewIfNeeded();
    await expect(cell.locator('.cm-editor')).toBeVisible();
    await cell.evaluate((el) => (el as HTMLElement & { setCode(c: string): void }).setCode(`// ${'x'.repeat(200_001)}`));
    await cell.getByRole('button', { name: s.share, exact: true }).click();
    await expect(cell.locator('[data-role="note"]')).toContainText(s.tooLong);
    await expect(cell).not.toHaveAttribute('data-share-url');
  });
}
