/**
 * What the prose of two twins must share, section by section (a section = the text under one heading, so the
 * check points at the place): the numbers written in digits, the inline code spans, the link targets and the
 * inline math. Translation changes the words, never these. Fenced code, frontmatter and MDX comments are left out
 * (fences are compared whole by compare.ts).
 */
export interface SectionTokens {
  /** heading text ('' for the text before the first heading) */
  heading: string;
  line: number;
  numbers: string[];
  code: string[];
  links: string[];
  math: string[];
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/;

/** Numbers as written in digits (1, 0.05, 1e-4, 3.4, 10^{36} → "10", "36"); thousands separators are not used. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/(?<![\w.])\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi)].map((m) => m[0].toLowerCase());
}

export function proseSections(source: string): SectionTokens[] {
  const text = source.replace(/^\uFEFF/, '');
  const fm = FRONTMATTER.exec(text);
  const offset = fm ? fm[0].split('\n').length - 1 : 0;
  const lines = text.slice(fm ? fm[0].length : 0).split(/\r?\n/);
  const sections: { heading: string; line: number; body: string[] }[] = [{ heading: '', line: 1, body: [] }];
  let fence: string | null = null;
  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && line.trim() === f[1]) fence = null;
      return;
    }
    if (f) {
      fence = f[1]!;
      return;
    }
    const h = HEADING.exec(line);
    if (h) sections.push({ heading: h[1]!, line: i + 1 + offset, body: [] });
    else sections.at(-1)!.body.push(line);
  });
  return sections.map(({ heading, line, body }) => {
    let prose = body.join('\n').replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
    const code: string[] = [];
    const math: string[] = [];
    const links: string[] = [];
    prose = prose.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_m, _t, c: string) => (code.push(c.trim()), ' '));
    prose = prose.replace(/\$\$([\s\S]*?)\$\$|\$([^$\n]+?)\$/g, (_m, a?: string, b?: string) => (math.push((a ?? b ?? '').trim()), ' '));
    prose = prose.replace(/\]\(([^)\s]+)\)/g, (_m, url: string) => (links.push(url.replace(/^\/(zh|en)\//, '/{lang}/')), ']'));
    prose = prose.replace(/<[A-Z][^>]*>/g, ' '); // component tags: their ids are compared elsewhere
    return { heading, line, numbers: numbersIn(prose), code, links, math };
  });
}

const diff = (a: string[], b: string[]): { onlyA: string[]; onlyB: string[] } => {
  const rest = [...b];
  const onlyA: string[] = [];
  for (const x of a) {
    const i = rest.indexOf(x);
    if (i >= 0) rest.splice(i, 1);
    else onlyA.push(x);
  }
  return { onlyA, onlyB: rest };
};

const KINDS = [
  ['numbers', 'numbers'],
  ['code', 'code spans'],
  ['links', 'links'],
  ['math', 'formulas'],
] as const;

/** Readable problems where the twins' sections do not share the same tokens (empty when they do). */
export function compareProse(zhSource: string, enSource: string): string[] {
  const zh = proseSections(zhSource);
  const en = proseSections(enSource);
  if (zh.length !== en.length) return []; // heading mismatch: compare.ts reports it
  const out: string[] = [];
  zh.forEach((a, i) => {
    const b = en[i]!;
    for (const [key, label] of KINDS) {
      const { onlyA, onlyB } = diff(a[key], b[key]);
      if (onlyA.length || onlyB.length) {
        const where = a.heading ? `section "${a.heading}" (zh.mdx line ${a.line}, en.mdx line ${b.line})` : 'the introduction';
        const parts = [onlyA.length ? `only in zh.mdx: ${onlyA.map((x) => JSON.stringify(x)).join(', ')}` : '', onlyB.length ? `only in en.mdx: ${onlyB.map((x) => JSON.stringify(x)).join(', ')}` : ''].filter(Boolean);
        out.push(`${label} differ in ${where}: ${parts.join('; ')}`);
      }
    }
  });
  return out;
}
