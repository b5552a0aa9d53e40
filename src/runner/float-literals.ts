/**
 * Float literals in cells. JavaScript has one number type, so the engine cannot tell `3.0` from `3`; Python can,
 * and `torch.tensor([3.0])` / `torch.tensor(2.0)` / `torch.full([2], 1.0)` make float tensors there. The runner
 * sees the learner's source, so it passes that fact on:
 *
 *   RULE: a call `torch.tensor(…)` or `torch.full(…)` whose arguments contain a number literal written with a
 *   decimal point or an exponent (`3.0`, `.5`, `2.`, `1e-3`) gets the engine's float-literal marker as an extra
 *   first argument: `torch.tensor(Symbol.for("torch.float_literals"), [3.0])`. The engine then makes a
 *   floating tensor (the default dtype) where it would have inferred int64 — as Python does when any element is
 *   a float. An explicit `dtype` still wins; literals inside strings, comments and template literals do not
 *   count; values computed at run time (`torch.tensor([x])`) follow the engine's usual rule (integral → int64).
 *
 * Runs on the type-stripped JavaScript; each insertion shifts the column map so errors still point at the
 * learner's columns.
 */

/** The marker the engine recognises (`FLOAT_LITERALS` in src/engine/ops/create.ts). */
export const FLOAT_MARKER = 'Symbol.for("torch.float_literals"), ';

const CALL_RE = /(?<![\w$.])torch\s*\.\s*(?:tensor|full)\s*\(/g;
const FLOAT_RE = /(?<![\w$.])(?:\d[\d_]*\.\d*|\.\d+|\d[\d_]*(?:\.\d*)?[eE][+-]?\d+)(?![\w$])/;

/** The code with string, template and comment contents blanked (same length, newlines kept). */
function maskNonCode(js: string): string {
  const out = js.split('');
  const blank = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let i = 0;
  while (i < js.length) {
    const c = js[i]!;
    if (c === '/' && js[i + 1] === '/') {
      const e = js.indexOf('\n', i);
      const end = e < 0 ? js.length : e;
      blank(i, end);
      i = end;
    } else if (c === '/' && js[i + 1] === '*') {
      const e = js.indexOf('*/', i + 2);
      const end = e < 0 ? js.length : e + 2;
      blank(i, end);
      i = end;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < js.length && js[j] !== c && !(c !== '`' && js[j] === '\n')) j += js[j] === '\\' ? 2 : 1;
      blank(i + 1, Math.min(j, js.length));
      i = j + 1;
    } else i++;
  }
  return out.join('');
}

/** Index of the bracket closing the one at `open`, in masked code. */
function closing(masked: string, open: number): number {
  let depth = 0;
  for (let k = open; k < masked.length; k++) {
    const c = masked[k];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && --depth === 0) return k;
  }
  return masked.length;
}

/**
 * Inserts the float-literal marker into qualifying calls (see the rule above) and shifts `columns` (per line:
 * sorted [generatedColumn, originalColumn] pairs, 0-based, as in transpile.ts) to match. Returns the new code.
 */
export function markFloatLiterals(js: string, columns: [number, number][][]): string {
  const masked = maskNonCode(js);
  const at: number[] = [];
  for (const m of masked.matchAll(CALL_RE)) {
    const open = m.index + m[0].length - 1;
    if (FLOAT_RE.test(masked.slice(open + 1, closing(masked, open)))) at.push(open + 1);
  }
  if (at.length === 0) return js;
  let out = js;
  for (let n = at.length - 1; n >= 0; n--) {
    const pos = at[n]!;
    out = out.slice(0, pos) + FLOAT_MARKER + out.slice(pos);
    const lineStart = js.lastIndexOf('\n', pos - 1) + 1;
    const line = js.slice(0, lineStart).split('\n').length - 1;
    shiftColumns(columns, line, pos - lineStart, FLOAT_MARKER.length);
  }
  return out;
}

/** Moves the mappings at or after generated column `col` of `line` right by `k` (the insertion maps to `col`). */
function shiftColumns(columns: [number, number][][], line: number, col: number, k: number): void {
  const segs = columns[line];
  if (!segs) return;
  let before: [number, number] | undefined;
  for (const s of segs) if (s[0] <= col) before = s;
  const orig = before ? before[1] + (col - before[0]) : col;
  for (const s of segs) if (s[0] >= col) s[0] += k;
  segs.push([col, orig]);
  segs.sort((a, b) => a[0] - b[0]);
}
