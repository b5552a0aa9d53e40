/**
 * The page context: what every island may need to know about the page it runs on, written once by Base.astro as
 * `<script type="application/json" id="oc-page">` and read here. Islands read this instead of guessing from CSS
 * classes, `<html lang>` or the URL.
 *
 * - `lang`: the page's language ('zh' on the bilingual 404 and the language chooser).
 * - `kind`: what the page is; `id` names the lesson (slug) or exercise/lab (id) for those kinds.
 * - `path`: the route without the language prefix ("lessons/coach/"), as Base.astro's `path` prop.
 * - `title`: the page's own title (empty on home pages).
 * - `checkpoint`: a lesson's checkpoint id, when it has one.
 */
import type { Lang } from '../i18n/define';

export const PAGE_KINDS = ['home', 'lesson', 'exercise', 'lab', 'labs', 'progress', 'glossary', 'not-found', 'chooser', 'dev'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface PageContext {
  lang: Lang;
  kind: PageKind;
  path: string;
  title: string;
  id?: string;
  checkpoint?: string;
}

export const PAGE_CONTEXT_ID = 'oc-page';

/** The JSON Base.astro writes (`<` escaped so the text can never close its <script>). */
export function pageContextJson(ctx: PageContext): string {
  return JSON.stringify(ctx).replace(/</g, '\\u003c');
}

/** The kind of page a route (without language prefix) is, with the lesson/exercise/lab id. */
export function pageKindOf(path: string): Pick<PageContext, 'kind' | 'id'> {
  const m = /^(lessons|exercises|labs)\/([a-z0-9-]+)\/$/.exec(path);
  if (m) return { kind: ({ lessons: 'lesson', exercises: 'exercise', labs: 'lab' } as const)[m[1] as 'lessons' | 'exercises' | 'labs'], id: m[2]! };
  if (path === '') return { kind: 'home' };
  if (path === 'labs/') return { kind: 'labs' };
  if (path === 'progress/') return { kind: 'progress' };
  if (path === 'glossary/') return { kind: 'glossary' };
  if (path.startsWith('dev/')) return { kind: 'dev' };
  return { kind: 'not-found' };
}

let cached: PageContext | undefined;

/** The context of the current page (browser only); a page without one reads as a zh page of kind 'not-found'. */
export function pageContext(doc: Document = document): PageContext {
  if (cached && doc === document) return cached;
  let ctx: PageContext = { lang: 'zh', kind: 'not-found', path: '', title: '' };
  try {
    const text = doc.getElementById(PAGE_CONTEXT_ID)?.textContent;
    if (text) ctx = JSON.parse(text) as PageContext;
  } catch {
    // a damaged context keeps the default
  }
  if (doc === document) cached = ctx;
  return ctx;
}
