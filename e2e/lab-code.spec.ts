/**
 * The pitfalls lab shows the loop it runs in the reader's code language (the site-wide tab choice, `oc:tab`) with
 * the mistake comments in the page language: PyTorch with Chinese comments, TypeScript with English ones.
 */
import { expect, test } from './shared-context';
import { collectErrors } from './helpers';

test('pitfalls lab code: PyTorch + zh comments for a PyTorch reader, TypeScript + en comments for a TypeScript reader', async ({ page }) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    if (location.pathname.startsWith('/zh/')) localStorage.setItem('oc:tab', 'py');
    else localStorage.setItem('oc:tab', 'ts');
  });
  await page.goto('/zh/labs/pitfalls/#lab=pitfalls&o=adamw&z=1&s=0&a=1');
  const zh = page.locator('oc-lab[data-lab="pitfalls"] .oc-lab__code code');
  await expect(zh).toContainText('optimizer = optim.Adam(model.parameters(), lr=0.1, weight_decay=0.1)  # ✗ Adam 加 weight_decay 是 L2 正则，不是 AdamW');
  await expect(zh).toContainText('# optimizer.zero_grad()   # ✗ 忘了清空：梯度越积越多');
  await expect(zh).toContainText('for step in range(40):');

  await page.goto('/en/labs/pitfalls/#lab=pitfalls&o=adamw&z=0&s=1&a=0');
  const en = page.locator('oc-lab[data-lab="pitfalls"] .oc-lab__code code');
  await expect(en).toContainText('scheduler.step()   // ✗ too early');
  await expect(en).toContainText('const optimizer = optim.AdamW(model.parameters(), { lr: 0.1, weight_decay: 0.1 })');
  await expect(en).not.toContainText('忘');
  expect(errors()).toEqual([]);
});

test('a lab on a lesson page follows the reader picking the PyTorch tab in a cell', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/en/lessons/optimizer-family/');
  // the lab mounts when it comes into view
  await page.locator('oc-lab[data-lab="race"]').scrollIntoViewIfNeeded();
  const code = page.locator('oc-lab[data-lab="race"] .oc-lab__code code');
  await expect(code).toContainText('const optimizer = optim.');
  await page.locator('oc-cell').first().getByRole('tab', { name: 'PyTorch' }).click();
  await expect(code).toContainText('from torch import optim');
  await expect(code).toContainText('x = torch.tensor(-1.5, requires_grad=True)');
  await expect(code).toContainText('for step in range(');
  await expect(code).not.toContainText('const ');
  expect(errors()).toEqual([]);
});
