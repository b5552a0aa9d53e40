/**
 * Small DOM helpers shared by the labs: elements, labelled sliders (linear or log scale, value always visible),
 * checkboxes, selects, buttons, tables and number formatting. No framework: each lab builds its DOM once and
 * updates text and attributes in place.
 */

type Attrs = Record<string, string | number | boolean | undefined | null>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = String(v);
    else if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

let uid = 0;
/** A page-unique id for label/for pairs. */
export function uniqueId(prefix: string): string {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** Numbers as learners read them: 4 significant digits, exponent for tiny/huge values, Infinity/NaN as JS prints them. */
export function fmt(v: number, digits = 4): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-4) return v.toExponential(digits - 1).replace(/\.?0+e/, 'e');
  return String(Number(v.toPrecision(digits)));
}

/** A learning rate (or any positive knob) rounded to 3 significant digits, the precision a slider can pick. */
export function nice(v: number): number {
  return Number(v.toPrecision(3));
}

export interface SliderOptions {
  label: string;
  min: number;
  max: number;
  value: number;
  /** logarithmic position (for learning rates) */
  log?: boolean;
  /** step of a linear slider (default (max − min) / 100) */
  step?: number;
  format?: (v: number) => string;
  onInput: (v: number) => void;
  /** data-control name for tests */
  name: string;
}

export interface Slider {
  root: HTMLElement;
  input: HTMLInputElement;
  set(v: number): void;
}

const LOG_RES = 1000;

export function slider(o: SliderOptions): Slider {
  const id = uniqueId(`lab-${o.name}`);
  const format = o.format ?? ((v: number) => fmt(v));
  const input = h('input', { type: 'range', id, 'data-control': o.name });
  const out = h('output', { for: id, class: 'oc-lab__value' });
  const lmin = Math.log10(o.min);
  const lmax = Math.log10(o.max);
  if (o.log) {
    input.min = '0';
    input.max = String(LOG_RES);
    input.step = '1';
  } else {
    input.min = String(o.min);
    input.max = String(o.max);
    input.step = String(o.step ?? (o.max - o.min) / 100);
  }
  const toValue = (pos: number) => (o.log ? nice(10 ** (lmin + ((lmax - lmin) * pos) / LOG_RES)) : pos);
  const toPos = (v: number) => (o.log ? Math.round(((Math.log10(v) - lmin) / (lmax - lmin)) * LOG_RES) : v);
  const show = (v: number) => {
    out.textContent = format(v);
    input.setAttribute('aria-valuetext', format(v));
  };
  const set = (v: number) => {
    input.value = String(toPos(v));
    show(v);
  };
  set(o.value);
  input.addEventListener('input', () => {
    const v = toValue(Number(input.value));
    show(v);
    o.onInput(v);
  });
  const root = h('div', { class: 'oc-lab__field oc-lab__field--slider' }, h('label', { for: id }, o.label), out, input);
  return { root, input, set };
}

export interface CheckOptions {
  label: string;
  checked: boolean;
  name: string;
  onChange: (checked: boolean) => void;
  color?: string;
}

export function checkbox(o: CheckOptions): { root: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { type: 'checkbox', 'data-control': o.name });
  input.checked = o.checked;
  input.addEventListener('change', () => o.onChange(input.checked));
  const swatch = o.color ? h('span', { class: 'oc-lab__swatch', style: `background:${o.color}`, 'aria-hidden': 'true' }) : null;
  const root = h('label', { class: 'oc-lab__check' }, input, swatch, h('span', {}, o.label));
  return { root, input };
}

export interface SelectOptions<T extends string> {
  label: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
}

export function select<T extends string>(o: SelectOptions<T>): { root: HTMLElement; input: HTMLSelectElement } {
  const id = uniqueId(`lab-${o.name}`);
  const input = h('select', { id, 'data-control': o.name });
  for (const opt of o.options) input.append(h('option', { value: opt.value }, opt.label));
  input.value = o.value;
  input.addEventListener('change', () => o.onChange(input.value as T));
  const root = h('div', { class: 'oc-lab__field' }, h('label', { for: id }, o.label), input);
  return { root, input };
}

export function button(label: string, action: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = h('button', { type: 'button', class: primary ? 'oc-lab__btn oc-lab__btn--primary' : 'oc-lab__btn', 'data-action': action }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** Fills a table (caption, header row, body rows); cells that are Nodes are appended as they are. */
export function fillTable(table: HTMLTableElement, caption: string, head: readonly string[], rows: readonly (readonly (string | Node)[])[]): void {
  table.replaceChildren(
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c)))))),
  );
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** A scrollable, focusable region (keyboard users can scroll it) holding a code block or a table. */
export function scrollRegion(label: string, child: HTMLElement, cls = 'oc-lab__tablewrap'): HTMLElement {
  return h('div', { class: cls, role: 'region', tabindex: 0, 'aria-label': label }, child);
}

/** A <pre><code> block that is itself a focusable, labelled region (it scrolls sideways); returns it and the <code>. */
export function codeBlock(label: string, code: HTMLElement = h('code', {})): { root: HTMLElement; code: HTMLElement } {
  return { root: h('pre', { role: 'region', tabindex: 0, 'aria-label': label }, code), code };
}
