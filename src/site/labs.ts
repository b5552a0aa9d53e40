/**
 * Which lab pages exist at build time. Labs (/{lang}/labs/<id>/) are built by another part of the project in
 * src/pages/[lang]/labs/; the sidebar and home page link only the ones that are there, so a missing lab never
 * becomes a broken link. Reads the file system when pages render (build/dev run from the project root).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lab ids of docs/CONTRACTS.md §2, in the order the sidebar shows them. */
export const LAB_IDS = ['race', 'inside', 'schedules', 'lr', 'pitfalls', 'param-groups'] as const;
export type LabId = (typeof LAB_IDS)[number];

/**
 * Ids of labs with a page, given the list of files (relative paths) under the labs folder and a reader for the
 * text of dynamic routes. A static page is `<id>.astro` or `<id>/index.astro`; a dynamic `[id].astro` counts for
 * the lab ids it names as string literals (its getStaticPaths list).
 */
export function labsFromFiles(files: readonly string[], read: (file: string) => string): LabId[] {
  const found = new Set<LabId>();
  for (const file of files) {
    const f = file.replace(/\\/g, '/');
    for (const id of LAB_IDS) {
      if (f === `${id}.astro` || f === `${id}/index.astro`) found.add(id);
    }
    if (/(^|\/)\[[^/]+\]\.astro$/.test(f) && !f.includes('/')) {
      const text = read(f);
      for (const id of LAB_IDS) if (new RegExp(`['"\`]${id}['"\`]`).test(text)) found.add(id);
    }
  }
  return LAB_IDS.filter((id) => found.has(id));
}

/** True when there is a labs index page (/{lang}/labs/). */
export function hasLabsIndex(files: readonly string[]): boolean {
  return files.includes('index.astro');
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(join(dir, e.name), rel));
    else if (e.name.endsWith('.astro')) out.push(rel);
  }
  return out;
}

export interface LabPages {
  ids: LabId[];
  index: boolean;
}

/** The lab pages present in src/pages/[lang]/labs/ of the project at `root` (default: the working directory). */
export function labPages(root: string = process.cwd()): LabPages {
  const dir = join(root, 'src', 'pages', '[lang]', 'labs');
  const files = listFiles(dir);
  return { ids: labsFromFiles(files, (f) => readFileSync(join(dir, f), 'utf8')), index: hasLabsIndex(files) };
}

/** True when another part has added the progress page (src/pages/[lang]/progress.astro or progress/index.astro). */
export function hasProgressPage(root: string = process.cwd()): boolean {
  const dir = join(root, 'src', 'pages', '[lang]');
  return existsSync(join(dir, 'progress.astro')) || existsSync(join(dir, 'progress', 'index.astro'));
}
