/**
 * Language-neutral heading ids.
 *
 * Markdown gives a heading an id made from its text, so "## 动量" becomes #动量 in zh and "## Momentum" #momentum
 * in en: a link to a section would not survive the language switch. The twins have the same headings in the same
 * order (scripts/check-content.ts enforces it), so we number them instead: the n-th h2 is "s<n>", the m-th h3
 * under it "s<n>-<m>" (h3s before the first h2 hang under "s0"). Deeper headings keep their text id.
 */
export interface HeadingLike {
  depth: number;
  slug: string;
}

export function neutralHeadingIds(headings: readonly HeadingLike[]): Record<string, string> {
  const ids: Record<string, string> = {};
  let h2 = 0;
  let h3 = 0;
  for (const h of headings) {
    if (h.depth === 2) {
      h2 += 1;
      h3 = 0;
      ids[h.slug] = `s${h2}`;
    } else if (h.depth === 3) {
      h3 += 1;
      ids[h.slug] = `s${h2}-${h3}`;
    }
  }
  return ids;
}
