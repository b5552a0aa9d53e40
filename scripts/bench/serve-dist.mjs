/**
 * A minimal static server for the built site in dist/, for the browser benchmarks (astro preview allows only one
 * instance per project, which the e2e suite may hold). `await serveDist(port)` → http.Server; close it when done.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.xml': 'application/xml', '.wasm': 'application/wasm',
  '.mjs': 'text/javascript', '.zip': 'application/zip',
};
/** Versioned or content-hashed paths are cached forever, as a production host should serve them. */
const IMMUTABLE = /^\/(?:_astro|pyodide)\//;

export function serveDist(port) {
  if (!existsSync(DIST)) throw new Error('dist/ not found: run `npm run build` first');
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, `http://127.0.0.1:${port}`).pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const headers = { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' };
    if (IMMUTABLE.test(path)) headers['cache-control'] = 'public, max-age=31536000, immutable';
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
