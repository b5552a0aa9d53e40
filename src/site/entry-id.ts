/**
 * Content entry ids and what they mean.
 *
 * The glob loaders in src/content.config.ts give every MDX file the id "<folder>/<lang>", e.g.
 * "01-coach/zh" (lessons) or "sgd-vs-adam/en" (exercises). Lesson folders carry an ordering prefix "NN-"
 * that is not part of the URL: 01-coach → /zh/lessons/coach/.
 */
import type { Lang } from '../i18n/define';

export interface EntryRef {
  /** The folder name as on disk ("01-coach"). */
  folder: string;
  /** The URL segment: the folder without its "NN-" prefix ("coach"). */
  slug: string;
  /** The NN prefix as a number, or null when the folder has none. */
  prefix: number | null;
  lang: Lang;
}

const ORDERED = /^(\d{2,3})-(.+)$/;

/** Strips "NN-" from a folder name: "01-coach" → "coach"; names without a prefix are returned unchanged. */
export function slugOf(folder: string): string {
  const m = ORDERED.exec(folder);
  return m ? m[2]! : folder;
}

/** Parses an id made by `entryIdFromPath`; throws with the id in the message when it is malformed. */
export function parseEntryId(id: string): EntryRef {
  const parts = id.split('/');
  const lang = parts[1];
  if (parts.length !== 2 || !parts[0] || (lang !== 'zh' && lang !== 'en')) {
    throw new Error(`Unexpected content entry id "${id}": expected "<folder>/zh" or "<folder>/en"`);
  }
  const folder = parts[0];
  const m = ORDERED.exec(folder);
  return { folder, slug: slugOf(folder), prefix: m ? Number(m[1]) : null, lang };
}

/** The glob loader's generateId: "01-coach/zh.mdx" → "01-coach/zh" (keeps case and the NN prefix). */
export function entryIdFromPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/\.mdx?$/, '');
}
