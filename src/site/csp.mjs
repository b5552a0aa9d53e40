// @ts-check
/**
 * The Content-Security-Policy of every page (astro.config.mjs `security.csp`). Astro emits it as a <meta> in each
 * page's <head>, with the hashes of its own bundled and inlined scripts and styles; the two inline scripts we
 * write by hand add theirs through src/site/inline-scripts.ts. A meta policy cannot carry `frame-ancestors`,
 * `report-uri` or `sandbox` (browsers ignore them there): those need HTTP headers from the host.
 *
 * Why each source is there:
 * - script-src 'self': the site's own chunks. 'unsafe-eval': the cell worker runs learner code with
 *   `new Function` (src/runner/core.ts); the blob: worker inherits this policy, so it cannot be narrower for the
 *   page than for the worker. 'wasm-unsafe-eval': pagefind's search and Pyodide compile WebAssembly.
 * - worker-src 'self' blob:: the cell runner starts from a tiny blob: module (src/runner/client.ts), which makes
 *   the worker inherit this policy (no request to another origin); pagefind and the service worker are same-origin.
 * - connect-src 'self': pagefind's index, lazily loaded chunks, Pyodide's files; nothing leaves the origin.
 * - style-src 'self' 'unsafe-inline': shiki's dual themes and KaTeX write colours and sizes in style=""
 *   attributes, and CodeMirror adds its theme as a <style> element at run time (no hash can be known ahead).
 *   Styles cannot run code, and what a style could fetch is limited by img-src and font-src.
 * - img-src 'self' data:, font-src 'self', object-src 'none', base-uri 'none', form-action 'self',
 *   manifest-src 'self', default-src 'self' for everything else.
 *
 * @type {import('astro').AstroUserConfig['security']}
 */
export const security = {
  csp: {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      "connect-src 'self'",
      "worker-src 'self' blob:",
      "img-src 'self' data:",
      "font-src 'self'",
      "manifest-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ],
    scriptDirective: { resources: ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"] },
    styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
  },
};
