/**
 * The interactive labs (src/components/labs, /{lang}/labs/<id>/): each lab loads, its controls change the result,
 * its state round-trips through the URL (#lab=…), Reset restores the defaults, there are no console errors and axe
 * finds nothing serious. Also: the labs index, a lab inside a lesson, keyboard operation and prefers-reduced-motion.
 *
 * Each lab's journey runs on both languages' pages.
 */
import { test as fresh, type Locator, type Page } from '@playwright/test';
import { expect, test } from './shared-context';
import { axeViolations, collectErrors } from './helpers';

const LANGS = ['zh', 'en'] as const;
type Lang = (typeof LANGS)[number];

async function openLab(page: Page, lang: Lang, id: string, hash = ''): Promise<Locator> {
  await page.goto(`/${lang}/labs/${id}/${hash}`);
  const lab = page.locator(`oc-lab[data-lab="${id}"]`);
  await expect(lab).toHaveAttribute('data-ready', 'true');
  return lab;
}

/** The element a lab module mounts into; labs expose their current numbers as data-* attributes on it. */
const body = (lab: Locator) => lab.locator('[data-role="lab-body"]');

/** The lab's URL state as an object (without "lab"). */
async function labHash(page: Page): Promise<Record<string, string>> {
  const hash = await page.evaluate(() => location.hash);
  return Object.fromEntries(new URLSearchParams(hash.slice(1)));
}

async function clean(page: Page, errors: () => string[]): Promise<void> {
  expect(errors()).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
}

for (const lang of LANGS) {
  test(`${lang}: labs index lists and links every lab`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`/${lang}/labs/`);
    for (const id of ['race', 'inside', 'schedules', 'lr', 'pitfalls', 'param-groups']) {
      await expect(page.locator(`[data-lab-item="${id}"] a`)).toHaveAttribute('href', `/${lang}/labs/${id}/`);
      // the sidebar names each lab exactly as its card (and its page title) does
      const title = (await page.locator(`[data-lab-item="${id}"] a`).innerText()).trim();
      await expect(page.locator(`#sidebar a[href="/${lang}/labs/${id}/"]`)).toHaveText(title);
    }
    await clean(page, errors);
  });

  test(`${lang}: learning-rate lab — slider, verdicts, URL round trip, reset`, async ({ page }) => {
    const errors = collectErrors(page);
    const lab = await openLab(page, lang, 'lr');
    const coach = lab.locator('[data-role="coach"]');
    await lab.locator('[data-action="try-3"]').click();
    await expect(coach).toHaveAttribute('data-verdict', 'diverged');
    await expect(coach).toContainText('NaN');
    await lab.locator('[data-action="try-0.5"]').click();
    await expect(coach).toHaveAttribute('data-verdict', 'converged');
    // keyboard: the slider moves with the arrow keys and shows its value
    const slider = lab.locator('input[data-control="lr"]');
    await slider.focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowLeft');
    const shown = await lab.locator('output').first().textContent();
    expect(Number(shown)).toBeLessThan(0.5);
    expect((await labHash(page)).lr).toBe(shown);
    await lab.locator('[data-action="try-0.95"]').click();
    await expect(coach).toHaveAttribute('data-verdict', 'oscillating');
    const table = await lab.locator('[data-role="summary"]').textContent();
    await page.reload();
    const again = page.locator('oc-lab[data-lab="lr"]');
    await expect(again).toHaveAttribute('data-ready', 'true');
    await expect(again.locator('[data-role="coach"]')).toHaveAttribute('data-verdict', 'oscillating');
    expect(await again.locator('[data-role="summary"]').textContent()).toBe(table);
    await again.locator('[data-action="reset"]').click();
    await expect(again.locator('output').first()).toHaveText('0.05');
    expect(await page.evaluate(() => location.hash)).toBe('');
    await clean(page, errors);
  });

  test(`${lang}: optimizer race — surface, optimizers, start marker by keyboard, URL round trip`, async ({ page }) => {
    const errors = collectErrors(page);
    const lab = await openLab(page, lang, 'race');
    const rows = lab.locator('[data-role="summary"] tbody tr');
    await expect(rows).toHaveCount(7);
    await lab.locator('select[data-control="surface"]').selectOption('bowl');
    await expect.poll(async () => (await labHash(page)).s).toBe('bowl');
    await lab.locator('input[data-control="opt-sgd"]').uncheck();
    await expect(rows).toHaveCount(6);
    // own learning rates (default) vs one shared learning rate
    await expect(lab.locator('input[data-control="lr"]')).toBeHidden();
    await expect(rows.nth(0).locator('td').first()).toHaveText('0.05');
    await lab.locator('input[data-control="own-lr"]').uncheck();
    await expect(lab.locator('input[data-control="scale"]')).toBeHidden();
    await expect(lab.locator('input[data-control="lr"]')).toBeVisible();
    await expect(rows.nth(0).locator('td').first()).toHaveText('0.1');
    await lab.locator('input[data-control="own-lr"]').check();
    const before = await lab.locator('[data-role="summary"]').textContent();
    const marker = lab.locator('[data-role="start"]');
    await marker.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await labHash(page)).x).not.toBe('-4.5');
    await page.locator('[data-action="step"]').click(); // pause wherever the race is, then show the end
    await lab.locator('[data-action="rewind"]').click();
    await expect(lab.locator('[data-role="step"]')).toContainText('0');
    const h = await labHash(page);
    expect(h.o).toBe('momentum,nesterov,adam,adamw,rmsprop,adagrad');
    expect(h.x).toBe('-4.3');
    expect(h.y).toBe('2.1');
    // the race's code follows the start, also when it is picked by a click on the map (which animates the race)
    const code = lab.locator('details.oc-lab__code');
    await expect(code).toContainText('torch.tensor(-4.3');
    const map = lab.locator('canvas[data-role="race-map"]');
    const size = (await map.boundingBox())!;
    // away from the start marker (a button over the canvas near the current start)
    await map.click({ position: { x: size.width * 0.7, y: size.height * 0.7 } });
    await expect.poll(async () => (await labHash(page)).x).not.toBe('-4.3');
    await expect(code).toContainText(`torch.tensor(${(await labHash(page)).x}`);
    // the race's text changes with the settings
    await page.reload();
    const again = page.locator('oc-lab[data-lab="race"]');
    await expect(again).toHaveAttribute('data-ready', 'true');
    await expect(again.locator('select[data-control="surface"]')).toHaveValue('bowl');
    await expect(again.locator('input[data-control="opt-sgd"]')).not.toBeChecked();
    await expect(again.locator('[data-role="summary"] tbody tr')).toHaveCount(6);
    expect(await again.locator('[data-role="summary"]').textContent()).not.toBe(before);
    await clean(page, errors);
  });

  test(`${lang}: schedule explorer — scheduler, options, live code, URL round trip`, async ({ page }) => {
    const errors = collectErrors(page);
    const lab = await openLab(page, lang, 'schedules');
    await expect(lab.locator('[data-role="code-py"]')).toContainText('StepLR(optimizer, step_size=10, gamma=0.5)');
    await lab.locator('select[data-control="scheduler"]').selectOption('cosine');
    await expect(lab.locator('[data-role="code-ts"]')).toContainText('CosineAnnealingLR(optimizer, { T_max: 40, eta_min: 0 })');
    const tmax = lab.locator('input[data-control="T_max"]');
    await tmax.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await expect(lab.locator('[data-role="code-py"]')).toContainText('T_max=35');
    const last = await body(lab).getAttribute('data-lr-last');
    expect(Number(last)).toBeGreaterThan(0);
    await lab.locator('select[data-control="scheduler"]').selectOption('plateau');
    await expect(lab.locator('[data-role="code-py"]')).toContainText('scheduler.step(val_loss)');
    await lab.locator('select[data-control="scheduler"]').selectOption('cosine');
    await tmax.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    expect(await labHash(page)).toMatchObject({ k: 'cosine', T_max: '35' });
    await page.reload();
    const again = page.locator('oc-lab[data-lab="schedules"]');
    await expect(again).toHaveAttribute('data-ready', 'true');
    await expect(again.locator('select[data-control="scheduler"]')).toHaveValue('cosine');
    await expect(again.locator('[data-role="code-py"]')).toContainText('T_max=35');
    expect(await body(again).getAttribute('data-lr-last')).toBe(last);
    await clean(page, errors);
  });

  test(`${lang}: inside the optimizer — step, state, equation, URL replays the steps`, async ({ page }) => {
    const errors = collectErrors(page);
    const lab = await openLab(page, lang, 'inside');
    await expect(lab.locator('[data-role="equation"] li')).toHaveCount(0);
    await lab.locator('[data-action="step"]').click();
    await lab.locator('[data-action="step"]').click();
    await expect(body(lab)).toHaveAttribute('data-step', '2');
    await expect(lab.locator('[data-role="equation"] li[data-term="exp_avg"]')).toBeVisible();
    await expect(lab.locator('[data-role="summary"]')).toContainText('exp_avg_sq');
    const value = await body(lab).getAttribute('data-value');
    await expect(lab.locator('[data-role="engine"]')).toContainText(String(Number(Number(value).toPrecision(6))));
    await lab.locator('select[data-control="optimizer"]').selectOption('momentum');
    await lab.locator('[data-action="step10"]').click();
    await expect(lab.locator('[data-role="equation"] li[data-term="momentum_buffer"]')).toBeVisible();
    const v = await body(lab).getAttribute('data-value');
    expect((await labHash(page)).t).toBe('10');
    await page.reload();
    const again = page.locator('oc-lab[data-lab="inside"]');
    await expect(again).toHaveAttribute('data-ready', 'true');
    await expect(body(again)).toHaveAttribute('data-step', '10');
    expect(await body(again).getAttribute('data-value')).toBe(v);
    await clean(page, errors);
  });

  test(`${lang}: pitfalls — switches change the gradient norm and the coach; URL round trip`, async ({ page }) => {
    const errors = collectErrors(page);
    const lab = await openLab(page, lang, 'pitfalls');
    const good = Number(await body(lab).getAttribute('data-grad-last'));
    expect(good).toBeGreaterThan(0);
    await lab.locator('input[data-control="forgetZeroGrad"]').check();
    await expect.poll(async () => Number(await body(lab).getAttribute('data-grad-last'))).toBeGreaterThan(10 * good);
    await lab.locator('input[data-control="schedulerFirst"]').check();
    await expect(lab.locator('[data-role="coach"] li')).toHaveCount(2);
    await expect(lab.locator('[data-role="coach"]')).toContainText('lr_scheduler.step()');
    await lab.locator('select[data-control="optimizer"]').selectOption('sgd');
    await expect(lab.locator('input[data-control="adamWeightDecay"]')).toBeDisabled();
    expect(await labHash(page)).toMatchObject({ o: 'sgd', z: '1', s: '1', a: '0' });
    await page.reload();
    const again = page.locator('oc-lab[data-lab="pitfalls"]');
    await expect(again).toHaveAttribute('data-ready', 'true');
    await expect(again.locator('input[data-control="forgetZeroGrad"]')).toBeChecked();
    await expect(again.locator('select[data-control="optimizer"]')).toHaveValue('sgd');
    await again.locator('[data-action="reset"]').click();
    await expect(again.locator('input[data-control="forgetZeroGrad"]')).not.toBeChecked();
    await clean(page, errors);
  });

  test(`${lang}: parameter groups — per-group settings change the groups; URL round trip`, async ({ page }) => {
    const errors = collectErrors(page);
    const lab = await openLab(page, lang, 'param-groups');
    const rows = lab.locator('[data-role="summary"] tbody tr');
    await expect(rows).toHaveCount(3);
    const loss = await body(lab).getAttribute('data-loss');
    expect(Number(loss)).toBeGreaterThan(0);
    await lab.locator('input[data-control="split"]').uncheck();
    await expect(rows).toHaveCount(2);
    const lr = lab.locator('input[data-control="head-lr"]');
    await lr.focus();
    for (let i = 0; i < 50; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => body(lab).getAttribute('data-loss')).not.toBe(loss);
    const h = await labHash(page);
    expect(h.sb).toBe('0');
    expect(Number(h.hl)).toBeGreaterThan(0.01);
    await page.reload();
    const again = page.locator('oc-lab[data-lab="param-groups"]');
    await expect(again).toHaveAttribute('data-ready', 'true');
    await expect(again.locator('[data-role="summary"] tbody tr')).toHaveCount(2);
    await expect(again.locator('pre code')).toContainText(`lr: ${h.hl}`);
    await clean(page, errors);
  });
}

test('a lab inside a lesson loads when scrolled into view and links its own page', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/zh/lessons/pitfalls/');
  const lab = page.locator('oc-lab[data-lab="lr"]');
  await expect(lab).not.toHaveAttribute('data-ready', 'true');
  await lab.scrollIntoViewIfNeeded();
  await expect(lab).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('section[data-lab-id="lr"] a.oc-lab__full')).toHaveAttribute('href', '/zh/labs/lr/');
  expect(errors()).toEqual([]);
});

test('a shared lab link opens the lab in the lesson with that state', async ({ page }) => {
  await page.goto('/en/lessons/optimizer-family/#lab=race&s=saddle&o=sgd,adam');
  const lab = page.locator('oc-lab[data-lab="race"]');
  await expect(lab).toHaveAttribute('data-ready', 'true');
  await expect(lab.locator('select[data-control="surface"]')).toHaveValue('saddle');
  await expect(lab.locator('[data-role="summary"] tbody tr')).toHaveCount(2);
});

// its own context: the reader's reduced-motion preference is a context option
fresh.describe('reduced motion', () => {
  fresh.use({ reducedMotion: 'reduce' });
  fresh('the race jumps to its end instead of animating', async ({ page }) => {
    const lab = await openLab(page, 'en', 'race');
    await lab.locator('[data-action="rewind"]').click();
    await expect(lab.locator('[data-role="step"]')).toHaveText('Step 0 / 300');
    await lab.locator('[data-action="play"]').click();
    await expect(lab.locator('[data-role="step"]')).toHaveText('Step 300 / 300');
  });
});

// Speed budgets (race recompute < 100 ms, animation frames < 50 ms) are measured by `npm run bench`
// (scripts/bench/labs.mjs), not here: timing assertions flake on a loaded machine.
