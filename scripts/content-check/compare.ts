/** Compares the skeletons of a zh/en twin pair and returns readable problems (empty when they match). */
import { describeComponent, type Skeleton } from './skeleton';

/** Frontmatter values that are language-neutral and must be equal in both twins. */
export const NEUTRAL_KEYS = ['order', 'minutes', 'checkpoint'] as const;

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

export function compareTwins(zh: Skeleton, en: Skeleton): string[] {
  const out: string[] = [];

  const zk = Object.keys(zh.frontmatter).sort();
  const ek = Object.keys(en.frontmatter).sort();
  const onlyZh = zk.filter((k) => !ek.includes(k));
  const onlyEn = ek.filter((k) => !zk.includes(k));
  if (onlyZh.length || onlyEn.length) {
    out.push(
      `frontmatter keys differ: ${[...onlyZh.map((k) => `"${k}" only in zh.mdx`), ...onlyEn.map((k) => `"${k}" only in en.mdx`)].join(', ')}`,
    );
  }
  for (const k of NEUTRAL_KEYS) {
    if (k in zh.frontmatter && k in en.frontmatter && JSON.stringify(zh.frontmatter[k]) !== JSON.stringify(en.frontmatter[k])) {
      out.push(`frontmatter "${k}" differs: ${JSON.stringify(zh.frontmatter[k])} in zh.mdx, ${JSON.stringify(en.frontmatter[k])} in en.mdx`);
    }
  }

  const n = Math.max(zh.headings.length, en.headings.length);
  for (let i = 0; i < n; i++) {
    const a = zh.headings[i];
    const b = en.headings[i];
    if (!a || !b) {
      out.push(
        `headings differ: zh.mdx has ${zh.headings.length}, en.mdx has ${en.headings.length}; ` +
          (a ? `extra in zh.mdx line ${a.line}: "${short(a.text)}"` : `extra in en.mdx line ${b!.line}: "${short(b!.text)}"`),
      );
      break;
    }
    if (a.level !== b.level) {
      out.push(`heading ${i + 1} is h${a.level} in zh.mdx (line ${a.line}, "${short(a.text)}") but h${b.level} in en.mdx (line ${b.line}, "${short(b.text)}")`);
      break;
    }
  }

  const m = Math.max(zh.components.length, en.components.length);
  for (let i = 0; i < m; i++) {
    const a = zh.components[i];
    const b = en.components[i];
    const da = a ? describeComponent(a) : '(nothing)';
    const db = b ? describeComponent(b) : '(nothing)';
    if (da !== db) {
      out.push(
        `components differ at #${i + 1}: zh.mdx${a ? ` line ${a.line}` : ''} has ${da}, en.mdx${b ? ` line ${b.line}` : ''} has ${db}` +
          ` (both twins must use the same components in the same order with the same ids)`,
      );
      break;
    }
  }

  if (zh.fences.length !== en.fences.length) {
    out.push(`code blocks differ: zh.mdx has ${zh.fences.length}, en.mdx has ${en.fences.length} (code is never translated)`);
  } else {
    zh.fences.forEach((a, i) => {
      const b = en.fences[i]!;
      if (a.info !== b.info || a.code !== b.code) {
        const what = a.info !== b.info ? `info "${a.info}" vs "${b.info}"` : 'contents';
        out.push(`code block ${i + 1} differs (${what}): zh.mdx line ${a.line}, en.mdx line ${b.line} (code is never translated)`);
      }
    });
  }
  return out;
}
