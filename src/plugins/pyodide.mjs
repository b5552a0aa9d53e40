// Serves Pyodide (the npm `pyodide` package) from the site's own origin under a versioned path,
// /pyodide/<version>/, so its files can be cached forever and a new version never mixes with an old one.
// - build: copies the runtime files into dist/pyodide/<version>/ (Vite never sees or bundles the wasm);
// - dev: serves the same files from node_modules through a tiny middleware;
// - both: a virtual module `virtual:oc-pyodide` tells the Python cell worker where the files are and how big
//   they are (the loading progress bar counts bytes against these sizes).
import { createReadStream, statSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the page needs of Pyodide; nothing else is copied (no console, no maps, no CDN fallbacks). */
export const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
const VIRTUAL = 'virtual:oc-pyodide';
const TYPES = { '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.zip': 'application/zip', '.json': 'application/json' };

function pyodideDir() {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pyodide/package.json'));
}

/** Version, base URL and file sizes of the installed Pyodide. */
export function pyodideInfo() {
  const dir = pyodideDir();
  const require = createRequire(import.meta.url);
  const { version } = require('pyodide/package.json');
  const files = Object.fromEntries(PYODIDE_FILES.map((f) => [f, statSync(join(dir, f)).size]));
  return { dir, version, base: `/pyodide/${version}/`, files };
}

/** @returns {import('astro').AstroIntegration} */
export function pyodide() {
  const info = pyodideInfo();
  const manifest = { version: info.version, base: info.base, files: info.files };
  /** @returns {import('vite').Plugin} */
  const vitePlugin = () => ({
    name: 'oc-pyodide',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load: (id) => (id === `\0${VIRTUAL}` ? `export const PYODIDE = ${JSON.stringify(manifest)};` : undefined),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (!path.startsWith(info.base)) return next();
        const name = path.slice(info.base.length);
        if (!PYODIDE_FILES.includes(name)) return next();
        const ext = name.slice(name.lastIndexOf('.'));
        res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
        res.setHeader('Content-Length', String(info.files[name]));
        createReadStream(join(info.dir, name)).pipe(res);
      });
    },
  });
  return {
    name: 'oc-pyodide',
    hooks: {
      // worker bundles have their own plugin list: the Python cell worker imports the virtual module
      'astro:config:setup': ({ updateConfig }) =>
        updateConfig({ vite: { plugins: [vitePlugin()], worker: { plugins: () => [vitePlugin()] } } }),
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'pyodide', info.version);
        await mkdir(out, { recursive: true });
        await Promise.all(PYODIDE_FILES.map((f) => copyFile(join(info.dir, f), join(out, f))));
        logger.info(`Pyodide ${info.version} copied to ${info.base}`);
      },
    },
  };
}
