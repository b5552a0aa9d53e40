/**
 * Content collections (docs/CONTRACTS.md §6, ARCHITECTURE.md "How a lesson becomes a page").
 *
 * - lessons:   content/lessons/NN-slug/{zh,en}.mdx  → /{lang}/lessons/<slug>/
 * - exercises: content/exercises/<id>/{zh,en}.mdx   → /{lang}/exercises/<id>/ (folders with only .ts files are
 *              checkpoints and are not pages)
 * - glossary:  content/glossary.yml                 → /{lang}/glossary/
 *
 * Entry ids are "<folder>/<lang>" (see src/site/entry-id.ts). scripts/check-content.ts checks what a schema cannot:
 * twins, identical skeletons, referenced cells and exercises.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { entryIdFromPath } from './site/entry-id';

/** The content folder; OC_CONTENT_DIR lets tests build the site from fixtures (default: ./content). */
const root = process.env.OC_CONTENT_DIR ?? './content';

const lessons = defineCollection({
  loader: glob({
    base: `${root}/lessons`,
    pattern: '[0-9][0-9]-*/{zh,en}.mdx',
    generateId: ({ entry }) => entryIdFromPath(entry),
  }),
  schema: z.object({
    title: z.string().min(1),
    /** One sentence, shown in lists and as the page description. */
    summary: z.string().min(1),
    /** The folder's NN as a number; lessons are listed by it. */
    order: z.number().int().nonnegative(),
    /** Estimated reading + doing time in minutes; the home page sums them. */
    minutes: z.number().positive(),
    /** The id of the lesson's checkpoint (content/exercises/<id>/); the sidebar tick follows it. */
    checkpoint: z.string().min(1).optional(),
  }),
});

const exercises = defineCollection({
  loader: glob({
    base: `${root}/exercises`,
    pattern: '*/{zh,en}.mdx',
    generateId: ({ entry }) => entryIdFromPath(entry),
  }),
  schema: z.object({
    title: z.string().min(1),
    summary: z.string().min(1).optional(),
    order: z.number().int().nonnegative().optional(),
    minutes: z.number().positive().optional(),
  }),
});

const glossary = defineCollection({
  loader: file('./content/glossary.yml'),
  schema: z.object({
    en: z.string().min(1),
    zh: z.string().min(1),
    /** Optional short explanations, one per language. */
    note: z.object({ en: z.string(), zh: z.string() }).optional(),
  }),
});

export const collections = { lessons, exercises, glossary };
