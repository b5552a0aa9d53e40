/** Language helpers for pages and components (UI strings themselves live in src/i18n). */
import type { Lang } from '../i18n/define';

/** `<html lang>` values; pagefind indexes zh pages as "zh-cn". */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Astro.currentLocale → Lang. Components inside MDX use this: `langOf(Astro.currentLocale)`. */
export function langOf(locale: string | undefined): Lang {
  return locale === 'en' ? 'en' : 'zh';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/**
 * The URL of a page in a language: `localePath('en', 'lessons/coach/')` → "/en/lessons/coach/".
 * `path` is the route without the language prefix; '' is the home page. The site uses trailing slashes.
 */
export function localePath(lang: Lang, path: string): string {
  const clean = path.replace(/^\/+/, '');
  if (clean === '') return `/${lang}/`;
  return `/${lang}/${clean.endsWith('/') || clean.includes('#') ? clean : `${clean}/`}`;
}

/** The route without its language prefix: "/zh/lessons/coach/" → "lessons/coach/". */
export function stripLang(pathname: string): string {
  return pathname.replace(/^\/(zh|en)(\/|$)/, '').replace(/^\/+/, '');
}
