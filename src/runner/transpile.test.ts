import { describe, expect, it } from 'vitest';
import { CellSyntaxError, mapColumn, rewriteImports, transpile } from './transpile';

describe('transpile', () => {
  it('strips types and keeps line numbers', () => {
    const src = 'const a: number = 1;\ninterface P { x: number }\nenum E { A, B }\nconst b = a as any;\nthrow b;';
    const { js } = transpile(src);
    expect(js.split('\n').length).toBe(src.split('\n').length);
    expect(js.split('\n')[4]).toContain('throw b');
    expect(js).not.toContain(': number');
  });

  it('rewrites every import form from "torch" on the same line', () => {
    const src = [
      'import { torch, nn as N } from "torch";',
      'import torch2 from "torch";',
      "import * as T from 'torch'",
      'import {',
      '  optim,',
      '} from "torch/optim";',
      'import type { Foo } from "torch";',
      'import t3, { F } from "torch";',
      'x();',
    ].join('\n');
    const { js } = transpile(src);
    const lines = js.split('\n');
    expect(lines[0]).toBe('const { torch, nn: N } = __import("torch");');
    expect(lines[1]).toBe('const torch2 = __import("torch").default;');
    expect(lines[2]).toBe('const T = __import("torch");');
    expect(lines.slice(3, 6).join('\n')).toBe('const {\n  optim,\n} = __import("torch/optim");');
    expect(lines[6]).not.toContain('import');
    expect(lines[7]).toBe('const t3 = __import("torch").default, { F } = __import("torch");');
    expect(lines[8]).toBe('x();');
  });

  it('leaves the word import inside other code alone', () => {
    expect(rewriteImports('print("a import b from c")')).toBe('print("a import b from c")');
  });

  it('rewrites every called import, whatever is between import and (', () => {
    const js = transpile('await import("https://x.org/a.js");\nimport/**/("u");\nconst p = import\n("v");').js;
    expect(js).not.toMatch(/(^|[^_\w])import\b/);
    expect(js.match(/__dynamicImport/g)).toHaveLength(3);
    expect(js.split('\n')).toHaveLength(4);
  });

  it('never touches import( inside strings, comments or template literals', () => {
    const src = [
      'print("call import(x)")',
      "print('a;import x from \"torch\"')",
      'print(`import("t") ${1 + 1} import(u)`) // import(c)',
      '/* import(d) */ const s = "import y from \'torch\'"',
    ].join('\n');
    const { js } = transpile(src);
    expect(js).toBe(src);
  });

  it('reports syntax errors with the learner line and column', () => {
    let err: unknown;
    try {
      transpile('const ok = 1;\nlet a = ;');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CellSyntaxError);
    expect((err as CellSyntaxError).line).toBe(2);
    expect((err as CellSyntaxError).column).toBe(9);
    expect((err as CellSyntaxError).message).toBe('Unexpected token');
  });

  it('maps columns shifted by removed type annotations back to the source', () => {
    const src = 'const o: any = null; o.boom();';
    const t = transpile(src);
    const genCol = t.js.indexOf('o.boom') + 1;
    expect(genCol).toBeLessThan(src.indexOf('o.boom') + 1);
    expect(mapColumn(t, 1, genCol)).toBe(src.indexOf('o.boom') + 1);
  });
});
