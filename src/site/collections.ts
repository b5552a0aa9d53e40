/**
 * Lessons and exercise pages as the layout sees them: ordered, per language, with their URLs.
 * Only this module talks to `astro:content` for navigation; pages render entries themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/define';
import { parseEntryId } from './entry-id';
import { localePath } from './lang';

export interface NavItem {
  /** Lesson slug ("coach") or exercise id ("sgd-vs-adam"). */
  slug: string;
  title: string;
  summary?: string;
  minutes?: number;
  order: number;
  /** Route without the language prefix ("lessons/coach/"). */
  path: string;
  href: string;
  /** A lesson's checkpoint id (frontmatter `checkpoint`); the progress script ticks the lesson when it passed. */
  checkpoint?: string;
}

export type LessonEntry = CollectionEntry<'lessons'>;
export type ExerciseEntry = CollectionEntry<'exercises'>;

function byOrder(a: NavItem, b: NavItem): number {
  return a.order - b.order || a.slug.localeCompare(b.slug);
}

export async function lessonEntries(lang: Lang): Promise<LessonEntry[]> {
  return (await getCollection('lessons')).filter((e) => parseEntryId(e.id).lang === lang);
}

export async function exerciseEntries(lang: Lang): Promise<ExerciseEntry[]> {
  return (await getCollection('exercises')).filter((e) => parseEntryId(e.id).lang === lang);
}

export function lessonItem(entry: LessonEntry): NavItem {
  const ref = parseEntryId(entry.id);
  const path = `lessons/${ref.slug}/`;
  return {
    slug: ref.slug,
    title: entry.data.title,
    summary: entry.data.summary,
    minutes: entry.data.minutes,
    order: entry.data.order,
    path,
    href: localePath(ref.lang, path),
    checkpoint: entry.data.checkpoint,
  };
}

export function exerciseItem(entry: ExerciseEntry, index: number): NavItem {
  const ref = parseEntryId(entry.id);
  const path = `exercises/${ref.slug}/`;
  return {
    slug: ref.slug,
    title: entry.data.title,
    summary: entry.data.summary,
    minutes: entry.data.minutes,
    order: entry.data.order ?? 1000 + index,
    path,
    href: localePath(ref.lang, path),
  };
}

/** The lessons of one language in reading order. */
export async function lessons(lang: Lang): Promise<NavItem[]> {
  return (await lessonEntries(lang)).map(lessonItem).sort(byOrder);
}

/** The exercise pages of one language (explicit `order` first, then by id). */
export async function exercises(lang: Lang): Promise<NavItem[]> {
  const entries = (await exerciseEntries(lang)).sort((a, b) => a.id.localeCompare(b.id));
  return entries.map(exerciseItem).sort(byOrder);
}
