/**
 * Formats values for the output pane, roughly like Node's console.log: strings as they are at the top level,
 * numbers like JavaScript prints them, arrays/objects on one line (`[ 1, 2 ]`, `{ a: 1 }`), and anything with its
 * own `toString` (the engine's tensors, which print like PyTorch: `tensor([1., 2.])`) through that.
 */
const MAX_ITEMS = 100;
const MAX_DEPTH = 3;

/**
 * True when a value prints itself: it, or a prototype below the built-in ones, defines `toString` — the engine's
 * tensors, its callable modules and losses (functions whose prototype chain holds `nn.Module.prototype`) and
 * result tuples such as `torch.return_types.max(...)` (arrays with their own `toString`).
 */
function hasOwnToString(v: object): boolean {
  if (Object.prototype.hasOwnProperty.call(v, 'toString')) return true;
  let proto = Object.getPrototypeOf(v) as object | null;
  while (proto && proto !== Object.prototype && proto !== Array.prototype && proto !== Function.prototype) {
    if (Object.prototype.hasOwnProperty.call(proto, 'toString')) return true;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return false;
}

function formatNested(v: unknown, depth: number, seen: Set<object>): string {
  if (typeof v === 'string') return depth === 0 ? v : JSON.stringify(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'undefined') return 'undefined';
  if (typeof v === 'function') {
    if (hasOwnToString(v)) return String(v);
    return `[Function${v.name ? `: ${v.name}` : ' (anonymous)'}]`;
  }
  if (v === null) return 'null';
  if (typeof v !== 'object') return String(v);
  if (seen.has(v)) return '[Circular]';
  if (v instanceof Error) return v.stack && depth === 0 ? `${v.name}: ${v.message}` : `[${v.name}: ${v.message}]`;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  const isContainer = ArrayBuffer.isView(v) || v instanceof Map || v instanceof Set;
  if (!isContainer && hasOwnToString(v)) return String(v);
  if (depth >= MAX_DEPTH) return Array.isArray(v) ? '[Array]' : '[Object]';
  seen.add(v);
  try {
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const arr = Array.from(v as unknown as ArrayLike<number>);
      const name = v.constructor.name;
      const shown = arr.slice(0, MAX_ITEMS).map((x) => formatNested(x, depth + 1, seen));
      if (arr.length > MAX_ITEMS) shown.push(`... ${arr.length - MAX_ITEMS} more items`);
      return `${name}(${arr.length}) [ ${shown.join(', ')} ]`;
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      const shown = v.slice(0, MAX_ITEMS).map((x) => formatNested(x, depth + 1, seen));
      if (v.length > MAX_ITEMS) shown.push(`... ${v.length - MAX_ITEMS} more items`);
      return `[ ${shown.join(', ')} ]`;
    }
    if (v instanceof Map) {
      const items = [...v.entries()].map(([k, x]) => `${formatNested(k, depth + 1, seen)} => ${formatNested(x, depth + 1, seen)}`);
      return `Map(${v.size}) { ${items.join(', ')} }`;
    }
    if (v instanceof Set) {
      return `Set(${v.size}) { ${[...v].map((x) => formatNested(x, depth + 1, seen)).join(', ')} }`;
    }
    const keys = Object.keys(v);
    const ctor = (v as { constructor?: { name?: string } }).constructor?.name;
    const prefix = ctor && ctor !== 'Object' ? `${ctor} ` : '';
    if (keys.length === 0) return `${prefix}{}`;
    const shown = keys.slice(0, MAX_ITEMS).map((k) => {
      const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k);
      return `${key}: ${formatNested((v as Record<string, unknown>)[k], depth + 1, seen)}`;
    });
    if (keys.length > MAX_ITEMS) shown.push(`... ${keys.length - MAX_ITEMS} more keys`);
    return `${prefix}{ ${shown.join(', ')} }`;
  } finally {
    seen.delete(v);
  }
}

/** Formats one value as console.log would show it. */
export function formatValue(v: unknown): string {
  return formatNested(v, 0, new Set());
}

/** Formats console.log's argument list: values joined by spaces (printf-style `%s`/`%d` are not interpreted). */
export function formatArgs(args: unknown[]): string {
  return args.map((a) => formatValue(a)).join(' ');
}
