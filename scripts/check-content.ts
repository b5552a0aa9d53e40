/**
 * Content check, run before `astro build` (package.json "build") and by vitest (scripts/check-content.test.ts).
 *
 * For content/lessons/NN-slug/ and content/exercises/<id>/ (folders with MDX):
 * - both twins zh.mdx and en.mdx exist;
 * - their skeletons match (scripts/content-check/compare.ts): frontmatter keys and neutral values, heading levels
 *   in order, MDX components in order with the same ids, identical fenced code;
 * - every <CodeCell id> has content/cells/<id>.ts, every <Checkpoint>/<Exercise id> content/exercises/<id>/exercise.ts,
 *   every <Lab id> is a known lab; ids are present and not reused;
 * - lesson folders are named NN-slug, with frontmatter title/summary/order/minutes and order = NN.
 *
 * Usage: `npx tsx scripts/check-content.ts [contentDir]` (default: content). Exit code 1 when a problem is found.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareTwins } from './content-check/compare';
import { parseSkeleton, type Skeleton } from './content-check/skeleton';
import { LABS } from '../src/labs/registry';
import { compareProse } from './content-check/prose';
import { NOTE_KINDS } from '../src/site/note-kinds';
import { untranslatedComments, type CodeLang } from '../src/site/cell-comments';

export interface Problem {
  file: string;
  message: string;
}

export interface CheckResult {
  problems: Problem[];
  lessons: number;
  exercisePages: number;
}

const LANGS = ['zh', 'en'] as const;
const LAB_IDS: readonly string[] = Object.keys(LABS);
const LESSON_FOLDER = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LESSON_KEYS = ['title', 'summary', 'order', 'minutes'];

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_') && statSync(join(dir, name)).isDirectory())
    .sort();
}

export function checkContent(root = 'content'): CheckResult {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(process.cwd(), p) || p;
  const report = (file: string, message: string) => problems.push({ file: rel(file), message });
  const cellOwners = new Map<string, string>(); // cell id → folder that uses it
  const slugs = new Map<string, string>();
  const orders = new Map<number, string>();
  let lessons = 0;
  let exercisePages = 0;

  const checkFolder = (dir: string, kind: 'lesson' | 'exercise') => {
    const files = LANGS.map((l) => join(dir, `${l}.mdx`));
    const present = files.map((f) => existsSync(f));
    if (!present[0] && !present[1]) return false;
    if (!present[0] || !present[1]) {
      const missing = present[0] ? 'en.mdx' : 'zh.mdx';
      const has = present[0] ? 'zh.mdx' : 'en.mdx';
      report(join(dir, missing), `missing twin: ${has} exists but ${missing} does not (every ${kind} needs zh.mdx and en.mdx)`);
      return true;
    }
    const skel: Partial<Record<(typeof LANGS)[number], Skeleton>> = {};
    LANGS.forEach((l, i) => {
      try {
        skel[l] = parseSkeleton(readFileSync(files[i]!, 'utf8'));
      } catch (e) {
        report(files[i]!, `cannot read frontmatter: ${(e as Error).message}`);
      }
    });
    if (!skel.zh || !skel.en) return true;
    for (const message of compareTwins(skel.zh, skel.en)) report(join(dir, 'en.mdx'), `does not match zh.mdx: ${message}`);
    const [zhText, enText] = files.map((f) => readFileSync(f, 'utf8'));
    for (const message of compareProse(zhText!, enText!)) report(join(dir, 'en.mdx'), `does not say the same as zh.mdx: ${message}`);
    // The source guide is introduced once (Lesson 1); other pages name it at most once: a saying is not an erratum.
    [/原指南/g, /\bthe guide\b/gi].forEach((re, i) => {
      const n = ([zhText, enText][i]!.match(re) ?? []).length;
      if (n > 1) report(files[i]!, `names the source guide ${n} times; once per page at most (say "a common saying", <Note kind="myth">)`);
    });

    LANGS.forEach((l, i) => {
      const s = skel[l]!;
      const file = files[i]!;
      if (kind === 'lesson') {
        for (const k of LESSON_KEYS) if (!(k in s.frontmatter)) report(file, `frontmatter lacks "${k}"`);
      } else if (!('title' in s.frontmatter)) report(file, 'frontmatter lacks "title"');
      for (const h of s.headings) if (h.level === 1) report(file, `line ${h.line}: use ## or ### (the page title is the h1)`);
      const seen = new Set<string>();
      for (const c of s.components) {
        if (c.name === 'Note' && !(NOTE_KINDS as readonly string[]).includes(c.kind ?? 'tip')) {
          report(file, `line ${c.line}: <Note kind="${c.kind}"> is not a note kind (known: ${NOTE_KINDS.join(', ')})`);
        }
        const needsId = ['CodeCell', 'Checkpoint', 'Exercise', 'Lab'].includes(c.name);
        if (needsId && !c.id) {
          report(file, `line ${c.line}: <${c.name}> needs an id="…"`);
          continue;
        }
        if (!needsId || !c.id) continue;
        if (c.name !== 'Lab') {
          if (seen.has(c.id)) report(file, `line ${c.line}: id "${c.id}" is used twice in this file`);
          seen.add(c.id);
        }
        if (c.name === 'CodeCell') {
          if (!existsSync(join(root, 'cells', `${c.id}.ts`))) report(file, `line ${c.line}: <CodeCell id="${c.id}"> has no ${rel(join(root, 'cells', `${c.id}.ts`))}`);
          const owner = cellOwners.get(c.id);
          if (owner && owner !== dir) report(file, `line ${c.line}: cell id "${c.id}" is already used in ${rel(owner)} (cell ids are global)`);
          cellOwners.set(c.id, dir);
        } else if (c.name === 'Lab') {
          if (!LAB_IDS.includes(c.id)) report(file, `line ${c.line}: unknown lab id "${c.id}" (known: ${LAB_IDS.join(', ')})`);
        } else {
          const ex = join(root, 'exercises', c.id, 'exercise.ts');
          if (!existsSync(ex)) report(file, `line ${c.line}: <${c.name} id="${c.id}"> has no ${rel(ex)}`);
        }
      }
    });

    if (kind === 'lesson') {
      const folder = dir.split(/[\\/]/).pop()!;
      const m = LESSON_FOLDER.exec(folder)!;
      const order = skel.zh.frontmatter.order;
      if (order !== undefined && order !== Number(m[1])) report(files[0]!, `frontmatter order is ${JSON.stringify(order)} but the folder says ${Number(m[1])}`);
      if (typeof order === 'number') {
        const prev = orders.get(order);
        if (prev) report(files[0]!, `order ${order} is also used by ${rel(prev)}`);
        orders.set(order, dir);
      }
      const prevSlug = slugs.get(m[2]!);
      if (prevSlug) report(dir, `slug "${m[2]}" is also used by ${rel(prevSlug)}`);
      slugs.set(m[2]!, dir);
    }
    return true;
  };

  const lessonsDir = join(root, 'lessons');
  for (const folder of subfolders(lessonsDir)) {
    const dir = join(lessonsDir, folder);
    if (!LESSON_FOLDER.test(folder)) {
      report(dir, 'lesson folders are named NN-slug (two digits, then a kebab-case slug), e.g. 01-coach');
      continue;
    }
    if (checkFolder(dir, 'lesson')) lessons += 1;
    else report(dir, 'lesson folder has neither zh.mdx nor en.mdx');
  }
  const exercisesDir = join(root, 'exercises');
  for (const folder of subfolders(exercisesDir)) {
    const dir = join(exercisesDir, folder);
    if (!KEBAB.test(folder)) report(dir, 'exercise folders are named by their kebab-case id');
    if (checkFolder(dir, 'exercise')) exercisePages += 1;
  }
  // Every comment in cell and exercise code carries its Chinese text (src/site/cell-comments.ts).
  const codeFiles = [
    ...(existsSync(join(root, 'cells')) ? readdirSync(join(root, 'cells')).map((f) => join(root, 'cells', f)) : []),
    ...subfolders(exercisesDir).flatMap((d) => ['starter', 'solution'].flatMap((n) => ['ts', 'py'].map((e) => join(exercisesDir, d, `${n}.${e}`)))),
  ].filter((f) => /\.(ts|py)$/.test(f) && !/[\\/]_[^\\/]*$/.test(f) && existsSync(f));
  for (const f of codeFiles) {
    for (const line of untranslatedComments(readFileSync(f, 'utf8'), f.slice(-2) as CodeLang)) {
      report(f, `line ${line}: this comment has no Chinese text; write it as "English #zh: 中文" (src/site/cell-comments.ts)`);
    }
  }
  return { problems, lessons, exercisePages };
}

function main() {
  const root = process.argv[2] ?? process.env.OC_CONTENT_DIR ?? 'content';
  const { problems, lessons, exercisePages } = checkContent(root);
  if (problems.length) {
    console.error(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
    for (const p of problems) console.error(`  ${p.file}: ${p.message}`);
    process.exit(1);
  }
  console.log(`Content check: ${lessons} lessons and ${exercisePages} exercise pages, zh and en twins match.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
