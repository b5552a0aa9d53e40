/**
 * Lab code in the reader's code language. Every lab shows the code it runs; the same call is written as TypeScript
 * (`optim.SGD(params, { lr: 0.1 })`) or as PyTorch (`optim.SGD(params, lr=0.1)`) with Python's literals (`True`,
 * `1.0`, `(0.9, 0.999)`). The one place where labs turn options into either syntax.
 */
export type CodeTab = 'ts' | 'py';

/** Options PyTorch documents as floats: an integer value is written `1.0` in Python. */
const FLOAT_KEYS = new Set(['lr', 'gamma', 'eta_min', 'start_factor', 'end_factor', 'max_lr', 'pct_start', 'div_factor', 'final_div_factor', 'factor', 'momentum', 'weight_decay']);
/** Options PyTorch takes as tuples. */
const TUPLE_KEYS = new Set(['betas', 'etas', 'step_sizes']);

/** A value as Python writes it (`key` picks float and tuple spellings). */
export function pyValue(v: unknown, key = ''): string {
  if (Array.isArray(v)) {
    const items = v.map((x) => pyValue(x, key)).join(', ');
    return TUPLE_KEYS.has(key) ? `(${items})` : `[${items}]`;
  }
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' && Number.isInteger(v) && FLOAT_KEYS.has(key)) return `${v}.0`;
  return String(v);
}

/** A number that must be a float in Python (`torch.tensor(2.0)`: `torch.tensor(2)` would be int64). */
export const floatLiteral = (tab: CodeTab, v: number): string => (tab === 'py' && Number.isInteger(v) ? `${v}.0` : String(v));

/** A value as TypeScript writes it. */
export function tsValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(tsValue).join(', ')}]`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'undefined';
  return String(v);
}

/** `callee(a, b, { k: v })` in TypeScript, `callee(a, b, k=v)` in Python; no options object when `kw` is empty. */
export function callCode(tab: CodeTab, callee: string, positional: string[], kw: [string, unknown][]): string {
  const args = [...positional];
  if (tab === 'py') args.push(...kw.map(([k, v]) => `${k}=${pyValue(v, k)}`));
  else if (kw.length > 0) args.push(`{ ${kw.map(([k, v]) => `${k}: ${tsValue(v)}`).join(', ')} }`);
  return `${callee}(${args.join(', ')})`;
}

/** `const name = value` / `name = value`. */
export const assign = (tab: CodeTab, name: string, value: string): string => `${tab === 'py' ? '' : 'const '}${name} = ${value}`;

/** A line comment in the tab's syntax. */
export const comment = (tab: CodeTab, text: string): string => `${tab === 'py' ? '#' : '//'} ${text}`;

/** A counted loop from `from` to `to − 1` around `body` (each line indented), closed for TypeScript. */
export function forRange(tab: CodeTab, v: string, from: number, to: number, body: string[]): string[] {
  if (tab === 'py') return [`for ${v} in range(${from === 0 ? '' : `${from}, `}${to}):`, ...body.map((l) => `    ${l}`)];
  return [`for (let ${v} = ${from}; ${v} < ${to}; ${v}++) {`, ...body.map((l) => `  ${l}`), '}'];
}
