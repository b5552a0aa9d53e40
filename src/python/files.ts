/// <reference types="vite/client" />
/**
 * The Python sources shipped with the site: every `.py` file under src/python (the `torch` package and the
 * runner module `_oc_runner.py`), as `{ 'torch/__init__.py': source, … }`. Vite (site build, worker) and vitest
 * both resolve `import.meta.glob` with `?raw`, so the files are bundled as strings, not fetched.
 */
const raw = import.meta.glob('./**/*.py', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const pythonFiles: Record<string, string> = Object.fromEntries(
  Object.entries(raw).map(([path, source]) => [path.replace(/^\.\//, ''), source]),
);
