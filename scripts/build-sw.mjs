/**
 * The service worker (offline reading), built by Workbox's generateSW over the finished dist/ — after
 * `astro build` and pagefind, so it sees every page, chunk and search file. Run by `npm run build` (postbuild).
 *
 * - Precache: every page (HTML of both languages, so a lesson never opened before reads offline), every Vite chunk
 *   and stylesheet, the KaTeX woff2 fonts, icons and manifests, and pagefind's search files. Workbox stores each
 *   with a revision (a content hash; Vite's `/_astro/` names are hashed already), so one deploy's files are one set:
 *   a page is always served with the chunks of its own build, and a new set replaces the old one only when the
 *   new worker activates — after the reader accepts the update prompt (src/components/site/UpdatePrompt.astro).
 * - Runtime cache: Pyodide (`/pyodide/<version>/…`, ~14 MB, copied at build time by the Python-cells part) is
 *   cached on first use (CacheFirst; its URL carries its version), never precached.
 * - Left out: test-only pages (`/{lang}/dev/`), KaTeX's ttf/woff (browsers that run the site use woff2), and the
 *   pagefind UI bundles the site does not use.
 */
import { generateSW } from 'workbox-build';
import { existsSync } from 'node:fs';

const dist = 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error('build-sw: dist/index.html not found; run `astro build` first');
  process.exit(1);
}

/** Precache limits: fail the build rather than silently leave a big file out of the offline set. */
const MAX_FILE = 4 * 1024 * 1024;
const MAX_TOTAL = 20 * 1024 * 1024;

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,mjs,css,woff2,svg,png,webmanifest,json,pagefind,pf_meta,pf_index,pf_fragment}'],
  globIgnores: [
    'sw.js',
    'workbox-*.js',
    '*/dev/**',
    'pyodide/**',
    'pagefind/pagefind-ui.*',
    'pagefind/pagefind-modular-ui.*',
    'pagefind/pagefind-component-ui.*',
  ],
  swDest: `${dist}/sw.js`,
  // Hashed Vite chunks need no revision; Workbox hashes everything else.
  dontCacheBustURLsMatching: /^\/?_astro\//,
  maximumFileSizeToCacheInBytes: MAX_FILE,
  // /zh/lessons/coach/ is served from the precached /zh/lessons/coach/index.html.
  directoryIndex: 'index.html',
  // pagefind asks for pagefind-entry.json?ts=<now> (a cache-buster); the precached copy is the right one
  ignoreURLParametersMatching: [/^ts$/, /^utm_/],
  // The reader decides when a new version takes over (the update prompt posts SKIP_WAITING); the first install
  // takes control at once, so the very first visit is enough to read offline afterwards.
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  sourcemap: false,
  mode: 'production',
  runtimeCaching: [
    {
      urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/pyodide/'),
      handler: 'CacheFirst',
      options: {
        cacheName: 'oc-pyodide',
        cacheableResponse: { statuses: [200] },
        // one Pyodide version at a time is ~30 files; older versions expire as new ones are used
        expiration: { maxEntries: 80 },
      },
    },
  ],
});

for (const w of warnings) console.warn(`build-sw: ${w}`);
if (size > MAX_TOTAL) {
  console.error(`build-sw: the precache is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_TOTAL / 1048576} MB limit`);
  process.exit(1);
}
console.log(`build-sw: dist/sw.js precaches ${count} files, ${(size / 1048576).toFixed(2)} MB`);
