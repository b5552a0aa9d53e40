/**
 * The skeleton of an MDX file: what must be identical in the zh and en twins of a lesson or exercise
 * (house-style §7.5). Prose is free to differ; structure, component ids and code are not.
 *
 * This is a line scanner, not a full MDX parser: fenced code blocks are recognised first (so nothing inside them
 * counts as a heading or component), then ATX headings line by line, then JSX component tags (capitalised names)
 * in the remaining text with inline code spans and {/* comments *\/} removed.
 */
import { parse as parseYaml } from 'yaml';

export interface Heading {
  level: number;
  text: string;
  line: number;
}
export interface ComponentUse {
  name: string;
  /** Language-neutral props: `id`, and `value` (for <Choice>). */
  id?: string;
  value?: string;
  /** `kind` of a <Note> (myth, tip, warning): the same in both twins. */
  kind?: string;
  line: number;
}
export interface Fence {
  info: string;
  code: string;
  line: number;
}
export interface Skeleton {
  frontmatter: Record<string, unknown>;
  headings: Heading[];
  components: ComponentUse[];
  fences: Fence[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const TAG = /<([A-Z][\w.]*)(\s[^<>]*?)?\s*\/?>/g;
const ATTR = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`)\s*\})/g;

/** Parses `source`; throws an Error with a readable message when the frontmatter is not valid YAML. */
export function parseSkeleton(source: string): Skeleton {
  const text = source.replace(/^\uFEFF/, '');
  const fm = FRONTMATTER.exec(text);
  let frontmatter: Record<string, unknown> = {};
  let offset = 0; // lines consumed by the frontmatter
  if (fm) {
    const data: unknown = parseYaml(fm[1]!);
    if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
      throw new Error('frontmatter is not a YAML mapping');
    }
    frontmatter = (data ?? {}) as Record<string, unknown>;
    offset = fm[0].split('\n').length - 1;
  }
  const lines = text.slice(fm ? fm[0].length : 0).split(/\r?\n/);

  const headings: Heading[] = [];
  const fences: Fence[] = [];
  const prose: string[] = []; // same length as lines; fence lines blanked
  let open: { marker: string; info: string; line: number; body: string[] } | null = null;

  lines.forEach((line, i) => {
    const lineNo = i + 1 + offset;
    if (open) {
      const close = new RegExp(`^ {0,3}${open.marker[0] === '`' ? '`' : '~'}{${open.marker.length},}[ \\t]*$`);
      if (close.test(line)) {
        fences.push({ info: open.info, code: open.body.join('\n'), line: open.line });
        open = null;
      } else {
        open.body.push(line);
      }
      prose.push('');
      return;
    }
    const f = FENCE_OPEN.exec(line);
    if (f && !(f[1]![0] === '`' && f[2]!.includes('`'))) {
      open = { marker: f[1]!, info: f[2]!.trim(), line: lineNo, body: [] };
      prose.push('');
      return;
    }
    const h = HEADING.exec(line);
    if (h) headings.push({ level: h[1]!.length, text: h[2]!, line: lineNo });
    prose.push(line);
  });
  if (open) {
    const o = open as { info: string; line: number; body: string[] };
    fences.push({ info: o.info, code: o.body.join('\n'), line: o.line });
  }

  // Remove comments and inline code (keeping newlines so line numbers stay right), then find tags.
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const body = prose
    .join('\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/(`+)[^`\n][\s\S]*?\1/g, (m) => (m.includes('\n\n') ? m : blank(m)));
  const components: ComponentUse[] = [];
  for (const m of body.matchAll(TAG)) {
    const use: ComponentUse = { name: m[1]!, line: offset + body.slice(0, m.index).split('\n').length };
    for (const a of (m[2] ?? '').matchAll(ATTR)) {
      const value = a[2] ?? a[3] ?? a[4] ?? a[5] ?? a[6] ?? '';
      if (a[1] === 'id') use.id = value;
      if (a[1] === 'value') use.value = value;
      if (a[1] === 'kind') use.kind = value;
    }
    components.push(use);
  }
  return { frontmatter, headings, components, fences };
}

/** "CodeCell#guide-loop", "Choice=gradient", "Note": how a component use is named in messages and comparisons. */
export function describeComponent(c: ComponentUse): string {
  return `<${c.name}${c.id !== undefined ? ` id="${c.id}"` : ''}${c.value !== undefined ? ` value="${c.value}"` : ''}${c.kind !== undefined ? ` kind="${c.kind}"` : ''}>`;
}
