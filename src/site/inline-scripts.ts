/**
 * The two scripts that must run before first paint, so they are inline (not bundled): the theme (every page) and
 * the language chooser's redirect (`/`). The Content-Security-Policy (astro.config.mjs `security.csp`) allows an
 * inline script only by its hash; `allowInline()` registers the hash of exactly the text the page renders.
 */
import { createHash } from 'node:crypto';
import { THEME_KEY } from './theme';

/** Theme before first paint (no flash): stored choice (localStorage THEME_KEY) or the OS preference. */
export const THEME_BOOT = `(function () {
  var d = document.documentElement, t = null;
  try { t = localStorage.getItem(${JSON.stringify(THEME_KEY)}); } catch (e) {}
  if (t !== 'light' && t !== 'dark') t = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  d.setAttribute('data-theme', t);
  d.classList.add('js');
})();`;

/** `/`: pick the first of the reader's languages we have; Chinese of any region reads the zh edition. */
export const CHOOSER_REDIRECT = `(function () {
  var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (var i = 0; i < langs.length; i++) {
    var l = String(langs[i]).toLowerCase();
    if (l.indexOf('zh') === 0) { location.replace('/zh/'); return; }
    if (l.indexOf('en') === 0) { location.replace('/en/'); return; }
  }
})();`;

export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

interface CspContext {
  csp?: { insertScriptHash(hash: `sha256-${string}`): void } | undefined;
}

/** Adds the script's hash to the page's policy (Astro.csp is undefined in dev, where no policy is emitted). */
export function allowInline(astro: CspContext, code: string): string {
  astro.csp?.insertScriptHash(scriptHash(code));
  return code;
}
