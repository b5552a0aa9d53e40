/**
 * The site as a whole, on the built pages listed in dist/sitemap (so new lessons are covered automatically):
 * every page answers 200 without console errors, has no serious axe violations and no horizontal scroll at 360 px
 * (lesson pages: in the tests that run their cells, see expectPageHealthy in helpers.ts);
 * language switch, theme toggle, search, language chooser, 404, KaTeX, sidebar contracts.
 */
import { expect, test } from '@playwright/test';
import { allPages, axeViolations, collectErrors, expectPageHealthy, lessonPages, lessonRuns } from './helpers';
import { test as shared } from './shared-context';

const pages = allPages();

test('the sitemap lists both languages of every page', () => {
  const zh = pages.filter((p) => p.startsWith('/zh/'));
  const en = pages.filter((p) => p.startsWith('/en/'));
  expect(zh.length).toBeGreaterThan(2);
  expect(zh.map((p) => p.replace(/^\/zh\//, ''))).toEqual(en.map((p) => p.replace(/^\/en\//, '')));
});

// One visit per page (the suite must stay fast as lessons are added): status, console errors, axe, 360 px. These
// only read, so they share the worker's browser context (e2e/shared-context.ts): chunks and fonts come from its cache.
// Lesson pages get the same checks (expectPageHealthy) in the tests that run their cells, after the runs.
const lessons = new Set(lessonPages());
for (const path of pages.filter((p) => !lessons.has(p))) {
  shared(`${path}: 200, no console errors, no serious axe violations, no horizontal scroll at 360 px`, async ({ page }) => {
    const errors = collectErrors(page);
    const res = await page.goto(path, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    await expectPageHealthy(page, path);
    expect(errors()).toEqual([]);
  });
}

test('every lesson page, zh and en, is checked once by a test that runs its cells', () => {
  const checked = lessonRuns().flatMap((r) => [r.python, r.typescript]);
  expect(new Set(checked)).toEqual(lessons);
});

// Dark theme: home and a lesson in both languages, one page per test (an axe run is the slow part).
for (const path of ['/zh/', '/en/', ...lessonPages('zh').slice(0, 1), ...lessonPages('en').slice(0, 1)]) {
  shared(`dark theme: ${path} has no serious axe violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path, { waitUntil: 'load' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page), path).toEqual([]);
  });
}

test.describe('language switch', () => {
  test('keeps the lesson and the section, zh → en → zh', async ({ page }) => {
    const lesson = lessonPages('zh')[0];
    expect(lesson, 'the site has at least one lesson').toBeDefined();
    const slugPath = lesson!.replace(/^\/zh\//, '');
    await page.goto(`${lesson}#s1`);
    const zhHeading = await page.locator('#s1').textContent();
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`/en/${slugPath}#s1$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h2#s1')).toBeVisible();
    expect(await page.locator('#s1').textContent()).not.toBe(zhHeading);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`/zh/${slugPath}#s1$`));
  });

  test('without a fragment, lands on the section being read', async ({ page }) => {
    const lesson = lessonPages('zh')[0];
    expect(lesson, 'the site has at least one lesson').toBeDefined();
    await page.goto(lesson!);
    await expect(page.locator('h2#s2')).toHaveCount(1);
    await page.evaluate(() => document.getElementById('s2')!.scrollIntoView({ block: 'start' }));
    // a real mouse click where the link is (locator.click() would first scroll the sticky header's link "into view")
    const box = (await page.locator('[data-lang-switch]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(new RegExp(`${lesson!.replace(/^\/zh\//, '/en/')}#s2$`));
  });

  test('on a phone, after scrolling back up to the switch, lands on the section last read', async ({ page }) => {
    const lesson = lessonPages('en')[0]!;
    await page.setViewportSize({ width: 360, height: 740 });
    // The switch remembers a section once scrolling has paused for 600 ms: a controlled clock makes the pause exact
    // (a real wait was too short when the machine was busy).
    await page.clock.install();
    await page.goto(lesson);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          addEventListener('scroll', () => resolve(), { once: true });
          document.getElementById('s2')!.scrollIntoView({ block: 'start' });
        }),
    );
    await page.clock.runFor(1_000); // reading
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`${lesson.replace(/^\/en\//, '/zh/')}#s2$`));
  });

  test('keeps a #cell= share fragment intact', async ({ page }) => {
    const lesson = lessonPages('en')[0];
    expect(lesson, 'the site has at least one lesson').toBeDefined();
    const hash = '#cell=demo-cell&code=N4Ig';
    await page.goto(`${lesson}${hash}`);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL(`${lesson!.replace(/^\/en\//, '/zh/')}${hash}`);
  });

  test('works without JavaScript as a plain link to the same page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/zh/glossary/');
    await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', '/en/glossary/');
    await context.close();
  });
});

test.describe('theme', () => {
  test('follows the OS until toggled, and the toggle persists across reloads', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/en/');
    const html = page.locator('html');
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => localStorage.getItem('oc:theme'))).toBe('dark');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.goto('/zh/');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: '深色模式' }).click();
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'light');
  });

  test('starts dark when the OS prefers dark and nothing is stored', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/zh/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('search', () => {
  for (const [lang, query, label] of [
    ['zh', '梯度', '搜索课程'],
    ['en', 'gradient', 'Search the course'],
  ] as const) {
    test(`finds a lesson by a ${lang === 'zh' ? 'Chinese' : 'English'} word, in the page language only`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      const box = page.getByRole('searchbox', { name: label });
      await box.focus();
      await box.fill(query);
      const results = page.locator('.search-results a');
      await expect(results.first()).toBeVisible();
      const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.some((h) => h.startsWith(`/${lang}/lessons/`))).toBe(true);
      for (const h of hrefs) expect(h.startsWith(`/${lang}/`), h).toBe(true);
      await expect(page.locator('.search-status')).toContainText(query);
      // keyboard: ↓ moves into the results, Esc clears and returns to the box
      await box.press('ArrowDown');
      await expect(results.first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(box).toBeFocused();
      await expect(box).toHaveValue('');
    });
  }
});

test.describe('language chooser at /', () => {
  for (const [locale, target] of [
    ['zh-CN', '/zh/'],
    ['en-US', '/en/'],
    ['zh-TW', '/zh/'],
  ] as const) {
    test(`sends a ${locale} reader to ${target}`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      await context.close();
    });
  }
  test('offers plain links without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('link', { name: '中文' })).toHaveAttribute('href', '/zh/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await context.close();
  });
});

test('an unknown URL answers 404 with a page in both languages and no serious axe violations', async ({ page }) => {
  const res = await page.goto('/en/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('lessons load the KaTeX stylesheet; the home page has no formula', async ({ page }) => {
  let checked = 0;
  for (const path of lessonPages('zh')) {
    await page.goto(path);
    const math = page.locator('.katex').first();
    if ((await math.count()) === 0) continue;
    // katex.min.css hides the MathML copy and shows the HTML rendering
    const mathml = await math.locator('.katex-mathml').evaluate((el) => getComputedStyle(el).position);
    expect(mathml).toBe('absolute');
    checked += 1;
    break;
  }
  expect(checked, 'at least one lesson renders a formula').toBe(1);
  await page.goto('/zh/');
  await expect(page.locator('.katex')).toHaveCount(0);
});

test.describe('layout contracts', () => {
  test('every page carries the page context and a Content-Security-Policy without inline-script escape hatches', async ({ page }) => {
    for (const [path, kind] of [['/zh/lessons/coach/', 'lesson'], ['/en/exercises/sgd-vs-adam/', 'exercise'], ['/en/labs/race/', 'lab'], ['/en/no-such-page/', 'not-found']] as const) {
      await page.goto(path);
      const ctx = JSON.parse((await page.locator('script#oc-page').textContent()) ?? '{}') as { lang: string; kind: string; checkpoint?: string };
      expect(ctx.kind, path).toBe(kind);
      expect(ctx.lang, path).toBe(path.startsWith('/en/') && kind !== 'not-found' ? 'en' : 'zh');
      if (kind === 'lesson') expect(ctx.checkpoint).toMatch(/^cp-/);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp, path).toMatch(/script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      for (const d of ["object-src 'none'", "base-uri 'none'", "connect-src 'self'", "worker-src 'self' blob:", "font-src 'self'", "img-src 'self' data:"]) expect(csp).toContain(d);
    }
  });

  test('the sidebar lists every lesson in order with ticks and marks the current one', async ({ page }) => {
    for (const lang of ['zh', 'en'] as const) {
      const lessons = lessonPages(lang);
      expect(lessons.length, 'the site has lessons').toBeGreaterThan(0);
      const current = lessons[lessons.length - 1]!;
      await page.goto(current);
      const links = page.locator('#sidebar a[data-lesson]');
      await expect(links).toHaveCount(lessons.length);
      const slug = current.split('/')[3]!;
      const active = page.locator('#sidebar a[aria-current="page"]');
      await expect(active).toHaveCount(1);
      await expect(active).toHaveAttribute('data-lesson', slug);
      await expect(active.locator(`span.tick[data-tick-for="${slug}"]`)).toHaveCount(1);
      // every lesson link works
      for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) {
        expect(lessons).toContain(href);
      }
    }
  });

  test('the home page sums lesson minutes and holds a hidden resume slot', async ({ page }) => {
    await page.goto('/zh/');
    await expect(page.locator('#resume[data-resume]')).toBeHidden();
    const cards = page.locator('.lesson-card');
    expect(await cards.count()).toBe(lessonPages('zh').length);
    await expect(page.locator('[data-total-minutes]')).toContainText('分钟');
  });

  test('at 360 px the sidebar hides behind a menu button that opens and closes it', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/en/glossary/');
    const nav = page.locator('#sidebar');
    const button = page.getByRole('button', { name: 'Contents' });
    await expect(nav).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(button).toBeFocused();
  });

  for (const [lang, other, theme] of [
    ['en', '中文', 'Dark mode'],
    ['zh', 'English', '深色模式'],
  ] as const) {
    test(`${lang}: at 320 and 360 px menu, title, language and theme buttons share one header row`, async ({ page }) => {
      for (const width of [320, 360]) {
        await page.setViewportSize({ width, height: 740 });
        await page.goto(`/${lang}/lessons/coach/`);
        const langSwitch = page.getByRole('link', { name: other });
        const toggle = page.getByRole('button', { name: theme });
        await expect(langSwitch).toBeVisible();
        await expect(toggle).toBeVisible();
        const tops = await Promise.all(
          ['.menu-button', '.brand', '.lang-switch', '.theme-toggle'].map(async (sel) => {
            const box = (await page.locator(sel).boundingBox())!;
            return box.y + box.height / 2;
          }),
        );
        for (const top of tops) expect(Math.abs(top - tops[0]!), `header row at ${width} px`).toBeLessThan(6);
        const right = await page.evaluate(() => document.querySelector('.theme-toggle')!.getBoundingClientRect().right);
        expect(right).toBeLessThanOrEqual(width);
      }
    });
  }

  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/zh/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    await expect(skip).toBeFocused();
    await skip.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  test('the glossary maps terms both ways', async ({ page }) => {
    await page.goto('/zh/glossary/');
    await expect(page.locator('tr#learning-rate th')).toHaveText('学习率');
    await expect(page.locator('tr#learning-rate td').first()).toHaveText('learning rate');
    await page.goto('/en/glossary/');
    await expect(page.locator('tr#weight-decay th')).toHaveText('weight decay');
    await expect(page.locator('tr#weight-decay td').first()).toHaveText('权重衰减');
  });

  test('Chinese pages use loose leading and no italics; English keeps italics', async ({ page }) => {
    const probe = () => {
      const em = document.createElement('em');
      em.textContent = 'x';
      document.querySelector('main')!.append(em);
      const body = getComputedStyle(document.body);
      return { ratio: parseFloat(body.lineHeight) / parseFloat(body.fontSize), em: getComputedStyle(em).fontStyle };
    };
    await page.goto('/zh/');
    const zh = await page.evaluate(probe);
    expect(zh.ratio).toBeCloseTo(1.75, 2);
    expect(zh.em).toBe('normal');
    await page.goto('/en/');
    expect((await page.evaluate(probe)).em).toBe('italic');
  });

  test('printing shows the article without the site chrome', async ({ page }) => {
    await page.goto(lessonPages('zh')[0]!);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', '#sidebar', '.site-footer', '.pager']) await expect(page.locator(sel)).toBeHidden();
    await expect(page.locator('article h1')).toBeVisible();
  });

  test('pages carry lang, canonical and hreflang alternates', async ({ page }) => {
    await page.goto('/zh/glossary/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/zh\/glossary\/$/);
    await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', /\/en\/glossary\/$/);
    await expect(page.locator('link[rel=alternate][hreflang=zh-CN]')).toHaveAttribute('href', /\/zh\/glossary\/$/);
  });
});
