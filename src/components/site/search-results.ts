/** Rendering of search hits for the header search (kept out of the component so it can be unit-tested). */
import { format } from '../../i18n/define';

export interface SearchHit {
  url: string;
  title: string;
  /** pagefind's excerpt: escaped text with <mark> around the matched words. */
  excerpt: string;
}

/** Only <mark> survives from an excerpt; everything else is shown as text. */
export function safeExcerpt(excerpt: string): string {
  const escaped = excerpt.replace(/&(?![a-z]+;|#\d+;)/gi, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
}

export function renderResults(list: HTMLUListElement, hits: readonly SearchHit[]): void {
  const doc = list.ownerDocument;
  list.replaceChildren(
    ...hits.map((hit) => {
      const li = doc.createElement('li');
      const a = doc.createElement('a');
      a.href = hit.url;
      a.textContent = hit.title;
      const p = doc.createElement('p');
      p.innerHTML = safeExcerpt(hit.excerpt);
      li.append(a, p);
      return li;
    }),
  );
}

export function searchMessage(messages: Record<string, string>, count: number, q: string): string {
  const key = count === 0 ? 'none' : count === 1 ? 'one' : 'count';
  return format(messages[key] ?? '', { n: count, q });
}
