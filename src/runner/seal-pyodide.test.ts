import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neutralize } from './sandbox';

// Pyodide loads its files first, then the worker seals the scope: after that, Python must still run (it needs
// WebAssembly and the modules it already has, not fetch). (Under Node, packages load from disk, so that
// fetching them is blocked is shown in the browser by e2e/safety-worker.spec.ts, not here.)
describe('seal after Pyodide has loaded (Node, the same package the site serves)', () => {
  it('Python still runs with fetch and navigator gone', async () => {
    const require = createRequire(import.meta.url);
    const indexURL = dirname(require.resolve('pyodide/package.json')) + '/';
    const { loadPyodide } = (await import('pyodide')) as typeof import('pyodide');
    const py = await loadPyodide({ indexURL });
    // seal() minus its timer wrapping, which would break vitest's own timers in this Node process
    const blocked = neutralize(globalThis);
    expect(blocked).toEqual(expect.arrayContaining(['fetch', 'navigator']));
    expect(py.runPython('import math\nsum(i * i for i in range(10)) + math.floor(2.5)')).toBe(287);
    expect(py.runPython('import json\njson.dumps({"a": [1, 2]})')).toBe('{"a": [1, 2]}');
  }, 120_000);
});
