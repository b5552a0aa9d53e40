/**
 * A tensor used with a JavaScript operator (`w + w`, `w * 3`, `(w - 3) ** 2`) throws the engine's TypeError
 * "unsupported operand type(s) for a JavaScript operator: 'Tensor' …". This module finds the expression on the
 * learner's error line and writes it with tensor methods (`w.add(w)`, `w.mul(3)`, `w.sub(3).pow(2)`) for the
 * coach tip. Pure logic: a small tokenizer and a precedence-climbing parser over one line.
 *
 * Rules: `a op b` → `a.method(b)`; a number literal on the left of `+`/`*` or a comparison swaps sides
 * (`2 * w` → `w.mul(2)`, `3 < w` → `w.gt(3)`), of `-`/`/`/`**` uses the functional form (`1 - x` → `torch.sub(1, x)`);
 * `-w` → `w.neg()`. The variables' types are unknown, so `lr * g` becomes `lr.mul(g)`: a hint, not a proof.
 */

/** The engine's message (tensor-base.ts OPERATOR_MESSAGE starts with this). */
export const OPERATOR_ERROR_RE = /unsupported operand type\(s\) for a JavaScript operator: 'Tensor'/;

const METHOD: Record<string, string> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '**': 'pow',
  '<': 'lt', '>': 'gt', '<=': 'le', '>=': 'ge', '==': 'eq', '===': 'eq', '!=': 'ne', '!==': 'ne',
};
const PREC: Record<string, number> = {
  '==': 1, '===': 1, '!=': 1, '!==': 1, '<': 2, '>': 2, '<=': 2, '>=': 2, '+': 3, '-': 3, '*': 4, '/': 4, '**': 5,
};
const FLIP: Record<string, string> = { lt: 'gt', gt: 'lt', le: 'ge', ge: 'le', eq: 'eq', ne: 'ne' };
const KEYWORDS = new Set(['return', 'const', 'let', 'var', 'if', 'else', 'while', 'for', 'of', 'in', 'new', 'typeof', 'await', 'yield', 'throw', 'case', 'do']);
const PUNCT = ['===', '!==', '**=', '...', '**', '==', '!=', '<=', '>=', '&&', '||', '??', '=>', '+=', '-=', '*=', '/=', '++', '--', '?.'];

interface Tok { t: 'num' | 'id' | 'str' | 'p'; s: string; start: number; end: number }
type Node =
  | { k: 'num' | 'atom'; s: string; start: number; end: number }
  | { k: 'paren' | 'neg'; e: Node; start: number; end: number }
  | { k: 'bin'; op: string; l: Node; r: Node; start: number; end: number };

function tokenize(line: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (line.startsWith('//', i)) break;
    const m = /^(?:\d[\d_]*\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/.exec(line.slice(i))
      ?? null;
    if (m && /[\d.]/.test(c) && !(c === '.' && !/\d/.test(line[i + 1] ?? ''))) {
      out.push({ t: 'num', s: m[0], start: i, end: i + m[0].length });
      i += m[0].length;
      continue;
    }
    const id = /^[A-Za-z_$][\w$]*/.exec(line.slice(i));
    if (id) { out.push({ t: 'id', s: id[0], start: i, end: i + id[0].length }); i += id[0].length; continue; }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < line.length && line[j] !== c) j += line[j] === '\\' ? 2 : 1;
      out.push({ t: 'str', s: line.slice(i, j + 1), start: i, end: j + 1 });
      i = j + 1;
      continue;
    }
    const p = PUNCT.find((q) => line.startsWith(q, i)) ?? c;
    out.push({ t: 'p', s: p, start: i, end: i + p.length });
    i += p.length;
  }
  return out;
}

class Parser {
  i: number;
  constructor(readonly toks: Tok[], start: number) { this.i = start; }
  peek(): Tok | undefined { return this.toks[this.i]; }

  expr(minPrec: number): Node | null {
    let l = this.unary();
    if (!l) return null;
    for (;;) {
      const op = this.peek();
      if (!op || op.t !== 'p' || !(op.s in PREC) || PREC[op.s]! < minPrec) return l;
      this.i++;
      const r = this.expr(op.s === '**' ? PREC[op.s]! : PREC[op.s]! + 1);
      if (!r) return null;
      l = { k: 'bin', op: op.s, l, r, start: l.start, end: r.end };
    }
  }

  unary(): Node | null {
    const t = this.peek();
    if (t && t.t === 'p' && t.s === '-') {
      this.i++;
      const e = this.unary();
      return e ? { k: 'neg', e, start: t.start, end: e.end } : null;
    }
    return this.primary();
  }

  primary(): Node | null {
    const t = this.peek();
    if (!t) return null;
    if (t.t === 'num') { this.i++; return { k: 'num', s: t.s, start: t.start, end: t.end }; }
    if (t.t === 'p' && t.s === '(') {
      this.i++;
      const e = this.expr(0);
      const close = this.peek();
      if (!e || !close || close.s !== ')') return null;
      this.i++;
      return { k: 'paren', e, start: t.start, end: close.end };
    }
    if (t.t !== 'id' || KEYWORDS.has(t.s)) return null;
    // identifier chain: a.b.c, calls and indexing, kept as written
    this.i++;
    let end = t.end;
    for (;;) {
      const n = this.peek();
      if (n && n.t === 'p' && (n.s === '.' || n.s === '?.') && this.toks[this.i + 1]?.t === 'id') {
        end = this.toks[this.i + 1]!.end;
        this.i += 2;
      } else if (n && n.t === 'p' && (n.s === '(' || n.s === '[')) {
        const close = this.skipGroup();
        if (close === null) return null;
        end = close;
      } else break;
    }
    return { k: 'atom', s: '', start: t.start, end };
  }

  /** Skips a balanced (…) or […] group; returns its end offset. */
  skipGroup(): number | null {
    let depth = 0;
    for (; this.i < this.toks.length; this.i++) {
      const s = this.toks[this.i]!.s;
      if (s === '(' || s === '[' || s === '{') depth++;
      if (s === ')' || s === ']' || s === '}') depth--;
      if (depth === 0) return this.toks[this.i++]!.end;
    }
    return null;
  }
}

const hasOperator = (n: Node): boolean =>
  n.k === 'bin' || (n.k === 'neg' && n.e.k !== 'num') || ((n.k === 'paren' || n.k === 'neg') && hasOperator(n.e));
const isNumber = (n: Node): boolean => n.k === 'num' || (n.k === 'neg' && isNumber(n.e)) || (n.k === 'paren' && isNumber(n.e));

function print(n: Node, line: string): string {
  switch (n.k) {
    case 'num':
    case 'atom':
      return line.slice(n.start, n.end);
    case 'paren':
      return n.e.k === 'bin' || n.e.k === 'neg' ? print(n.e, line) : line.slice(n.start, n.end);
    case 'neg':
      return isNumber(n.e) ? `-${print(n.e, line)}` : `${print(n.e, line)}.neg()`;
    case 'bin': {
      const m = METHOD[n.op]!;
      const l = print(n.l, line);
      const r = print(n.r, line);
      if (isNumber(n.l) && !isNumber(n.r)) {
        if (m === 'add' || m === 'mul') return `${r}.${m}(${l})`;
        if (m in FLIP) return `${r}.${FLIP[m]}(${l})`;
        return `torch.${m}(${l}, ${r})`;
      }
      return `${l}.${m}(${r})`;
    }
  }
}

/**
 * The operator expression on `line` (1-based) of `code` that contains `column` (1-based; the first one when
 * no column is known), written with tensor methods. Undefined when the line has none.
 */
export function operatorRewrite(code: string, line: number, column?: number): { expression: string; suggestion: string } | undefined {
  const text = code.split(/\r\n|\r|\n/)[line - 1];
  if (text === undefined) return undefined;
  const toks = tokenize(text);
  let first: Node | undefined;
  for (let i = 0; i < toks.length; i++) {
    const prev = toks[i - 1];
    if (prev && prev.t === 'p' && (prev.s === '.' || prev.s === '?.')) continue;
    const n = new Parser(toks, i).expr(0);
    if (!n || !hasOperator(n)) continue;
    const e = n.k === 'paren' ? n.e : n;
    const hit = column === undefined || (column - 1 >= n.start && column - 1 < n.end);
    if (hit) return { expression: text.slice(e.start, e.end), suggestion: print(e, text) };
    first ??= e;
  }
  return first ? { expression: text.slice(first.start, first.end), suggestion: print(first, text) } : undefined;
}

/** The coach tip for the engine's operator TypeError: the rewritten expression when the line has one. */
export function operatorTip(
  code: string | undefined,
  line: number | undefined,
  column: number | undefined,
): { id: 'tensorOperator'; params: { expression: string; suggestion: string } } | { id: 'tensorOperatorAny' } {
  const r = code !== undefined && line !== undefined ? operatorRewrite(code, line, column) : undefined;
  return r ? { id: 'tensorOperator', params: r } : { id: 'tensorOperatorAny' };
}
