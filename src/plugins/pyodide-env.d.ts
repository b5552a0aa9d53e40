/** The virtual module made by src/plugins/pyodide.mjs: where the site serves Pyodide and its files' sizes. */
declare module 'virtual:oc-pyodide' {
  export const PYODIDE: {
    version: string;
    /** versioned base URL, e.g. /pyodide/314.0.8/ */
    base: string;
    /** file name → size in bytes */
    files: Record<string, number>;
  };
}
