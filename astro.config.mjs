// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { transformerNotationHighlight, transformerMetaHighlight } from '@shikijs/transformers';
import { satteriKatex } from './src/plugins/satteri-katex.mjs';
import { pyodide } from './src/plugins/pyodide.mjs';
import { security } from './src/site/csp.mjs';

export default defineConfig({
  site: 'https://optimizer-coach.example.org',
  trailingSlash: 'always',
  // Content-Security-Policy of every page (src/site/csp.mjs)
  security,
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    processor: satteri({ features: { math: true }, mdastPlugins: [satteriKatex()] }),
    shikiConfig: {
      // the -default GitHub themes: every token colour meets WCAG AA (github-light's orange and github-dark's
      // comments do not)
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: 'light',
      transformers: [transformerNotationHighlight(), transformerMetaHighlight()],
    },
  },
  vite: {
    // The CodeMirror editor chunk (~520 kB min, ~165 kB gz) is loaded lazily when a cell comes into view.
    // Fonts stay files (never data: URIs): the policy allows fonts from the site only (font-src 'self').
    build: { chunkSizeWarningLimit: 800, assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined) },
    // Cell workers are ES modules, so the TypeScript cell worker can load the engine's extras chunk on demand
    // (src/engine/core.ts loadExtras; the default 'iife' format would inline it into the worker).
    worker: { format: 'es' },
  },
  integrations: [
    mdx(),
    pyodide(),
    sitemap({
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
      // test-only pages (e.g. /{lang}/dev/cells/) are not part of the public site
      filter: (page) => !/\/(zh|en)\/dev\//.test(new URL(page).pathname),
    }),
  ],
});
