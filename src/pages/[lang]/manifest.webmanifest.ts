/** /{lang}/manifest.webmanifest: the web app manifest of one language (src/site/manifest.ts). */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '@/i18n/define';
import { webManifest } from '@/site/manifest';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(webManifest(params.lang as Lang), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
