/**
 * Python habits that break a TypeScript cell, recognised from the error and the learner's source:
 * `# comments` (whole-line or trailing), `lr=0.01` keyword arguments, wrongly-cased names such as `optim.adam`,
 * `True`/`False`/`None`, `import torch`, `for … in range(…)`, f-strings, full-width punctuation and misspelt
 * member names (`zero_grd`, `w.gard`). Pure logic; the engine's namespaces are passed in by the caller.
 */

export interface At {
  /** 1-based line and column in the learner's code */
  line: number;
  column: number;
}

/**
 * The code of each line with string literals and `//`, `/* … *\/` comments blanked out (same length), so that a
 * search for Python syntax or full-width punctuation finds only code. A simple scanner: good enough for the hints.
 */
export function codeOnly(code: string): string[] {
  const out: string[] = [];
  let quote: string | null = null;
  let block = false;
  for (const line of code.split(/\r\n|\r|\n/)) {
    let s = '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (block) {
        if (c === '*' && line[i + 1] === '/') { block = false; s += '  '; i++; } else s += ' ';
      } else if (quote) {
        if (c === '\\') { s += '  '; i++; } else { if (c === quote) quote = null; s += ' '; }
      } else if (c === '/' && line[i + 1] === '/') { s += ' '.repeat(line.length - i); break; }
      else if (c === '/' && line[i + 1] === '*') { block = true; s += '  '; i++; }
      else if (c === '"' || c === "'" || c === '`') { quote = c; s += ' '; }
      else s += c;
    }
    if (quote !== '`') quote = null; // ' and " strings end with the line
    out.push(s);
  }
  return out;
}

/**
 * The first Python `#` comment: a line whose code starts with `#`, or a `#` after code that follows white space
 * (`x = 1  # note`). `#private` class fields (`#x`, `this.#x`) are legal TypeScript and do not count.
 * Returns its position and the comment's text (for the tip's example).
 */
export function pythonCommentAt(code: string): (At & { text: string }) | undefined {
  const lines = code.split(/\r\n|\r|\n/);
  const bare = codeOnly(code);
  for (let i = 0; i < bare.length; i++) {
    const m = /(^|\s)#(?=\s|$)/.exec(bare[i]!);
    if (!m) continue;
    const column = m.index + m[1]!.length + 1;
    return { line: i + 1, column, text: lines[i]!.slice(column).trim() };
  }
  return undefined;
}

/** Full-width punctuation that Chinese keyboards type (（）：，；。“”‘’【】！？), outside strings and comments. */
export function fullWidthAt(code: string): (At & { char: string }) | undefined {
  const bare = codeOnly(code);
  for (let i = 0; i < bare.length; i++) {
    const m = /[（）：，；。“”‘’【】！？]/.exec(bare[i]!);
    if (m) return { line: i + 1, column: m.index + 1, char: m[0] };
  }
  return undefined;
}

/** ASCII for a full-width character. */
export const ASCII_OF: Readonly<Record<string, string>> = {
  '（': '(', '）': ')', '：': ':', '，': ',', '；': ';', '。': '.', '“': '"', '”': '"', '‘': "'", '’': "'", '【': '[', '】': ']',
  '！': '!', '？': '?',
};

/** The first line that is a Python import of torch (`import torch`, `import torch.nn as nn`, `from torch import nn`). */
export function pythonImportAt(code: string): At | undefined {
  const bare = codeOnly(code);
  for (let i = 0; i < bare.length; i++) {
    const m = /^(\s*)(import\s+torch[\w.]*(\s+as\s+\w+)?\s*;?\s*$|from\s+torch[\w.]*\s+import\s)/.exec(bare[i]!);
    if (m) return { line: i + 1, column: m[1]!.length + 1 };
  }
  return undefined;
}

/** The first Python-style loop (`for i in range(10):`, `for x in xs:`) or use of `range(`. */
export function pythonLoopAt(code: string): At | undefined {
  const bare = codeOnly(code);
  for (let i = 0; i < bare.length; i++) {
    const m = /^(\s*)for\s+[\w, ()]+\s+in\s+.*:\s*$/.exec(bare[i]!) ?? /(^|[^\w$.])()range\s*\(/.exec(bare[i]!);
    if (m) return { line: i + 1, column: m.index + m[1]!.length + 1 };
  }
  return undefined;
}

/** The first f-string (`f"loss {x}"`, `f'…'`). */
export function fStringAt(code: string): At | undefined {
  const lines = code.split(/\r\n|\r|\n/);
  const bare = codeOnly(code);
  for (let i = 0; i < lines.length; i++) {
    // the quote itself is blanked in `bare`: look for an `f` in code right before a quote in the source
    const re = /(^|[^\w$.])f(?=["'])/g;
    for (let m = re.exec(lines[i]!); m; m = re.exec(lines[i]!)) {
      const col = m.index + m[1]!.length;
      if (bare[i]![col] === 'f') return { line: i + 1, column: col + 1 };
    }
  }
  return undefined;
}

/** Python's literals and their TypeScript spelling. */
export const PY_LITERALS: Readonly<Record<string, string>> = { True: 'true', False: 'false', None: 'null' };

/** Edit distance (insertions, deletions, substitutions, adjacent swaps), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return Math.min(d[a.length]![b.length]!, max + 1);
}

/** Member names learners use on tensors, modules, optimizers and schedulers, read from the engine's classes. */
export function memberVocabulary(namespaces: Namespaces): Set<string> {
  const vocab = new Set(['data', 'shape', 'dtype', 'requires_grad', 'grad', 'grad_fn', 'is_leaf', 'param_groups', 'state',
    'defaults', 'training', 'weight', 'bias', 'last_epoch', 'base_lrs']);
  const seen = new Set<object>();
  const addProto = (p: object | null) => {
    for (; p && p !== Object.prototype && p !== Function.prototype && !seen.has(p); p = Object.getPrototypeOf(p)) {
      seen.add(p);
      for (const k of Object.getOwnPropertyNames(p)) if (/^[a-z_][\w]*$/.test(k)) vocab.add(k);
    }
  };
  for (const ns of Object.values(namespaces)) {
    if (!ns) continue;
    for (const v of Object.values(ns)) {
      if (typeof v === 'function' && v.prototype) addProto(v.prototype as object);
      else if (v && typeof v === 'object' && !seen.has(v)) for (const w of Object.values(v)) if (typeof w === 'function' && w.prototype) addProto(w.prototype as object);
    }
  }
  return vocab;
}

/**
 * A misspelt member on the error's line (`o.zero_grd()`, `w.gard.item()`): the first `.name` that no engine class
 * has but exactly one known member is close to (edit distance ≤ 2, names of 3+ letters).
 */
export function misspeltMember(code: string, line: number | undefined, vocab: Set<string>): { name: string; suggestion: string } | undefined {
  if (line === undefined) return undefined;
  const bare = codeOnly(code)[line - 1] ?? '';
  for (const m of bare.matchAll(/\.([a-z_][\w]{2,})/g)) {
    const name = m[1]!;
    if (vocab.has(name)) continue;
    let best: string[] = [];
    let bestD = 3;
    for (const v of vocab) {
      const dist = editDistance(name, v);
      if (dist < bestD) [best, bestD] = [[v], dist];
      else if (dist === bestD) best.push(v);
    }
    if (bestD <= 2 && best.length === 1) return { name, suggestion: best[0]! };
  }
  return undefined;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `name=` (not `==`) appears right after `(` or `,` in the code: a Python keyword argument. */
export function usesAsKwarg(code: string, name: string): boolean {
  return new RegExp(`[(,]\\s*${escapeRe(name)}\\s*=(?![=>])`).test(code);
}

export type Namespaces = Record<string, object | undefined>;

/** Own and inherited enumerable keys plus own non-enumerable ones (classes, getters). */
function keysOf(obj: object): string[] {
  const keys = new Set<string>();
  for (const k in obj) keys.add(k);
  for (const k of Object.getOwnPropertyNames(obj)) keys.add(k);
  return [...keys];
}

/** For `optim.adam is not a function`: the differently-cased key that exists (`Adam`), if exactly one does. */
export function caseSuggestion(
  message: string,
  namespaces: Namespaces,
): { name: string; suggestion: string } | undefined {
  const m = /(?:^|[.\s])(torch|nn|optim|F|lr_scheduler)\.([A-Za-z_$][\w$]*) is not a function/.exec(message);
  if (!m) return undefined;
  const [, ns, name] = m as unknown as [string, string, string];
  const obj = namespaces[ns];
  if (!obj) return undefined;
  const lower = name.toLowerCase();
  const hits = keysOf(obj).filter((k) => k !== name && k.toLowerCase() === lower);
  if (hits.length === 0) return undefined;
  // prefer a callable (a class or function) when several spellings exist
  const callable = hits.find((k) => typeof (obj as Record<string, unknown>)[k] === 'function');
  return { name: `${ns}.${name}`, suggestion: `${ns}.${callable ?? hits[0]!}` };
}
