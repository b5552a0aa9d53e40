/**
 * The web app manifest of one language (served at /{lang}/manifest.webmanifest, linked from every page of that
 * language by Base.astro). One manifest per language so an installed app carries the reader's language in its
 * name and opens on that language's home page; both share one `id` and `scope`, so it is one app, installed once.
 */
import type { Lang } from '../i18n/define';
import { siteT } from './i18n';
import { HTML_LANG, localePath } from './lang';

/** The brand blue of the favicon and the light theme's accent; the light theme's page background. */
export const THEME_COLOR = '#1f5fbf';
export const BACKGROUND_COLOR = '#ffffff';

export function manifestPath(lang: Lang): string {
  return `/${lang}/manifest.webmanifest`;
}

export function webManifest(lang: Lang) {
  const t = siteT(lang);
  return {
    id: '/',
    name: `${t('site.title')} · ${t('site.tagline')}`,
    short_name: t('site.title'),
    description: t('site.description'),
    lang: HTML_LANG[lang],
    dir: 'ltr',
    start_url: localePath(lang, ''),
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ['education'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
