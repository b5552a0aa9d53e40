/**
 * NODE ONLY (tests, scripts): loads Pyodide from node_modules and installs the torch package.
 * Browser code loads Pyodide from the site's own origin instead (the cell worker).
 */
import path from 'node:path';
import { loadPyodide } from 'pyodide';
import { installTorch, type PyodideLike } from './execute-python';

export async function loadPythonForNode(): Promise<PyodideLike> {
  const pyodide = await loadPyodide({ indexURL: path.resolve('node_modules/pyodide') + path.sep });
  installTorch(pyodide as unknown as PyodideLike);
  return pyodide as unknown as PyodideLike;
}
