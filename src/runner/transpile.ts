/**
 * TypeScript → JavaScript for learner cells, keeping line numbers 1:1.
 *
 * - sucrase strips the types (lines are preserved; columns shift where annotations were removed, so a
 *   token-level source map is kept to map columns back, see `mapColumn`).
 * - ES `import` statements from "torch" (and "torch/nn", "torch/optim", "torch/nn/functional",
 *   "torch/optim/lr_scheduler") are rewritten in place into `const … = __import("torch")` on the same lines,
 *   so `import { torch, nn, optim } from "torch"`, `import torch from "torch"` and
 *   `import * as torch from "torch"` all work, like Python's `import torch`.
 */
import { transform } from 'sucrase';
import { parse } from 'sucrase/dist/esm/parser/index.js';
import { TokenType } from 'sucrase/dist/esm/parser/tokenizer/types.js';
import { markFloatLiterals } from './float-literals';

export class CellSyntaxError extends Error {
  override name = 'SyntaxError';
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

export interface Transpiled {
  /** JavaScript with the same line numbers as the TypeScript source. */
  js: string;
  /** Per generated line: sorted [generatedColumn, originalColumn] pairs (0-based), from sucrase's source map. */
  columns: [number, number][][];
}

// `import <clause> from "<spec>";` possibly spanning several lines. The clause has no quotes or semicolons.
const IMPORT_RE = /(^|[\n;])([ \t]*)import\s+([^'";]*?)\s*from\s*(["'])([^'"]+)\4[ \t]*;?/g;
// A bare `import "x";`
const BARE_IMPORT_RE = /(^|[\n;])([ \t]*)import\s*(["'])([^'"]+)\3[ \t]*;?/g;

/** Rewrites one import clause into a declaration that keeps the clause's newlines. */
function rewriteClause(clause: string, spec: string): string {
  const src = `__import(${JSON.stringify(spec)})`;
  const trimmed = clause.trim();
  const parts: string[] = [];
  // default import: `t` or `t, {…}` or `t, * as ns`
  const def = /^([A-Za-z_$][\w$]*)\s*(,|$)/.exec(trimmed);
  let rest = trimmed;
  if (def) {
    parts.push(`${def[1]} = ${src}.default`);
    rest = trimmed.slice(def[0].length).trim();
  }
  const ns = /^\*\s*as\s+([A-Za-z_$][\w$]*)$/.exec(rest);
  if (ns) parts.push(`${ns[1]} = ${src}`);
  const named = /^\{([\s\S]*)\}$/.exec(rest);
  if (named) {
    const inner = named[1]!
      .split(',')
      .map((s) => s.replace(/^(\s*)as\s+/, '$1'))
      .map((s) => s.replace(/^(\s*)([\w$]+)\s+as\s+([\w$]+)/, '$1$2: $3'))
      .join(',');
    parts.push(`{${inner}} = ${src}`);
  }
  if (parts.length === 0) throw new CellSyntaxError(`Cannot read this import: import ${trimmed} from "${spec}"`);
  const nl = (clause.match(/\n/g) ?? []).length;
  const decl = `const ${parts.join(', ')};`;
  // keep the newline count of the original clause so later lines do not move
  return nl > 0 && !decl.includes('\n') ? decl + '\n'.repeat(nl) : decl;
}

/**
 * Where the `import` keyword really is in (type-stripped) JavaScript, from sucrase's tokenizer, so strings,
 * comments and template literals are never touched: `static` holds the starts of import statements, `dynamic`
 * the [start, end] of each `import` that is called, whatever lies between it and its `(` (comments, newlines).
 */
function importTokens(js: string): { static: Set<number>; dynamic: [number, number][] } {
  const tokens = parse(js, false, false, false).tokens;
  const found = { static: new Set<number>(), dynamic: [] as [number, number][] };
  tokens.forEach((t, i) => {
    if (t.type !== TokenType._import) return;
    const next = tokens[i + 1]?.type;
    if (next === TokenType.parenL) found.dynamic.push([t.start, t.end]);
    else if (next !== TokenType.dot) found.static.add(t.start);
  });
  return found;
}

/** Rewrites ES imports in (already type-stripped) JavaScript into `__import()` calls on the same lines. */
export function rewriteImports(js: string): string {
  // dynamic import() could load code from anywhere: cells get a function that refuses instead
  const { dynamic } = importTokens(js);
  for (const [start, end] of dynamic.reverse()) js = js.slice(0, start) + '__dynamicImport' + js.slice(end);
  const at = (pre: string, ws: string, offset: number, starts: Set<number>) => starts.has(offset + pre.length + ws.length);
  const stat = importTokens(js).static;
  js = js.replace(IMPORT_RE, (m, pre: string, ws: string, clause: string, _q, spec: string, offset: number) =>
    at(pre, ws, offset, stat) ? pre + ws + rewriteClause(clause, spec) : m,
  );
  const bare = importTokens(js).static;
  return js.replace(BARE_IMPORT_RE, (m, pre: string, ws: string, _q, spec: string, offset: number) =>
    at(pre, ws, offset, bare) ? `${pre}${ws}__import(${JSON.stringify(spec)});` : m,
  );
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a source map `mappings` string into per-line [genCol, origCol] pairs. */
export function decodeColumns(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let origCol = 0;
  for (const lineStr of mappings.split(';')) {
    const segs: [number, number][] = [];
    let genCol = 0;
    for (const seg of lineStr.split(',')) {
      if (!seg) continue;
      const vals: number[] = [];
      let shift = 0;
      let value = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          const neg = value & 1;
          value >>>= 1;
          vals.push(neg ? -value : value);
          value = 0;
          shift = 0;
        }
      }
      genCol += vals[0] ?? 0;
      if (vals.length >= 4) {
        origCol += vals[3]!;
        segs.push([genCol, origCol]);
      }
    }
    lines.push(segs);
  }
  return lines;
}

/** Maps a 1-based (line, column) of the generated JS back to the 1-based column in the TypeScript source. */
export function mapColumn(t: Transpiled, line: number, column: number): number {
  const segs = t.columns[line - 1];
  if (!segs || segs.length === 0) return column;
  const gen = column - 1;
  let best: [number, number] | undefined;
  for (const s of segs) if (s[0] <= gen) best = s;
  if (!best) return column;
  return best[1] + (gen - best[0]) + 1;
}

/** Transpiles a cell. Throws CellSyntaxError with the learner's line/column (1-based) on a syntax error. */
export function transpile(code: string): Transpiled {
  let out: ReturnType<typeof transform>;
  try {
    out = transform(code, {
      transforms: ['typescript'],
      disableESTransforms: true,
      keepUnusedImports: true,
      filePath: 'cell.ts',
      sourceMapOptions: { compiledFilename: 'cell.js' },
    });
  } catch (e) {
    const err = e as Error & { loc?: { line: number; column: number } };
    const message = err.message.replace(/^Error transforming [^:]*: /, '').replace(/\s*\(\d+:\d+\)\s*$/, '');
    throw new CellSyntaxError(message, err.loc?.line, err.loc?.column);
  }
  // sucrase does not map the import rewrite, but it happens after mapping and keeps lines: columns on import
  // lines are approximate, which is fine (errors there are about the module name, not a column).
  const columns = decodeColumns(out.sourceMap?.mappings ?? '');
  const js = markFloatLiterals(rewriteImports(out.code), columns);
  return { js, columns };
}
