import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The documents name real things: every repository path written in `code` in README.md, ARCHITECTURE.md,
 * docs/*.md and src/**\/README.md exists, and every "`<file>` exports `a`, `b`" claim holds.
 * Placeholders (`<id>`, `NN-slug`, `{zh,en}`, `*`, `[lang]`-style route folders are real folders) are matched as
 * patterns against the files that exist.
 */
const ROOTS = ['src/', 'content/', 'scripts/', 'tests/', 'e2e/', 'docs/', 'public/', '.ci/'];
const TOP_FILES = ['README.md', 'ARCHITECTURE.md', 'package.json', 'astro.config.mjs', 'playwright.config.ts', 'pagefind.yml', 'tsconfig.json', 'vitest.config.ts'];

function docs(): string[] {
  const out = ['README.md', 'ARCHITECTURE.md'];
  for (const f of readdirSync('docs')) if (f.endsWith('.md')) out.push(`docs/${f}`);
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'README.md') out.push(p.replace(/\\/g, '/'));
    }
  };
  walk('src');
  return out;
}

/** All files and folders of the repository (no node_modules, dist, .git), as "a/b/c" and "a/b/". */
function allPaths(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir || '.', { withFileTypes: true })) {
      if (['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report'].includes(e.name)) continue;
      const p = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) {
        out.push(`${p}/`);
        walk(p);
      } else out.push(p);
    }
  };
  walk('');
  return out;
}

const escape = (s: string) => s.replace(/[.+^$()|[\]\\]/g, '\\$&');

/** A documented path → a RegExp over repository paths: `<x>`, `NN`, `*` and `**` are wildcards, `{a,b}` a choice. */
function pathPattern(doc: string): RegExp {
  let re = '';
  for (let i = 0; i < doc.length; ) {
    const rest = doc.slice(i);
    let m: RegExpMatchArray | null;
    if (rest.startsWith('**/')) (re += '(?:.*/)?'), (i += 3);
    else if (rest.startsWith('**')) (re += '.*'), (i += 2);
    else if (rest[0] === '*') (re += '[^/]*'), (i += 1);
    else if ((m = rest.match(/^<[^>]+>/))) (re += '[^/]+'), (i += m[0].length);
    else if ((m = rest.match(/^\{([^}]+)\}/))) (re += `(?:${m[1]!.split(',').map(escape).join('|')})`), (i += m[0].length);
    else if ((m = rest.match(/^NN/))) (re += '\\d\\d'), (i += 2);
    else if ((m = rest.match(/^slug/))) (re += '[a-z0-9-]+'), (i += 4);
    else (re += escape(rest[0]!)), (i += 1);
  }
  return new RegExp(`^${re}/?$`);
}

/** Code spans that look like repository paths. */
function documentedPaths(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/`([^`\s]+)`/g)) {
    const span = m[1]!.replace(/[:,;]$/, '').replace(/#.*$/, '').replace(/\(.*$/, '');
    if (span.includes('…')) continue; // "src/…" stands for any path
    if (TOP_FILES.includes(span) || ROOTS.some((r) => span.startsWith(r))) out.push(span);
  }
  return out;
}

const paths = allPaths();

describe('documents', () => {
  for (const doc of docs()) {
    const text = readFileSync(doc, 'utf8');
    it(`${doc}: every path it names exists`, () => {
      const missing = documentedPaths(text).filter((p) => {
        if (!/[<>{}*]|NN|slug/.test(p)) return !existsSync(p);
        const re = pathPattern(p);
        return !paths.some((x) => re.test(x));
      });
      expect(missing).toEqual([]);
    });
    it(`${doc}: "\`file\` exports \`name\`" claims hold`, () => {
      const wrong: string[] = [];
      for (const m of text.matchAll(/`([\w./@-]+\.(?:ts|mjs|js))` exports ((?:`[\w$]+`(?: \([^)]*\))?(?:,| and|, and)? ?)+)/g)) {
        const file = m[1]!.startsWith('@/') ? m[1]!.replace('@/', 'src/') : m[1]!;
        if (!existsSync(file)) continue; // reported by the path check
        const source = readFileSync(file, 'utf8');
        for (const n of m[2]!.matchAll(/`([\w$]+)`/g)) {
          const name = n[1]!;
          const exported = new RegExp(`export\\s+(?:async\\s+)?(?:function\\*?|const|let|class|type|interface|enum)\\s+${name}\\b|export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}|export\\s*\\*\\s*as\\s+${name}\\b`).test(source);
          if (!exported) wrong.push(`${file} does not export ${name}`);
        }
      }
      // a bullet or table row that starts with a source file and names no other: the `name()` calls it mentions
      // are that file's exports
      for (const line of text.split('\n')) {
        const head = /^\s*(?:[-|]|\d+\.)\s*`([^`]+\.(?:ts|mjs))`/.exec(line)?.[1];
        const files = [...new Set(documentedPaths(line).filter((p) => /\.(ts|mjs)$/.test(p) && existsSync(p)))];
        if (!head || files.length !== 1 || files[0] !== head) continue;
        const source = readFileSync(files[0]!, 'utf8');
        for (const n of line.matchAll(/`([A-Za-z_$][\w$]*)\(/g)) {
          const name = n[1]!;
          if (!new RegExp(`export\\s+(?:async\\s+)?(?:function\\*?|const|let|class)\\s+${name}\\b|export\\s*\\{[^}]*\\b${name}\\b`).test(source)) {
            wrong.push(`${files[0]} does not export ${name}() (${doc}: "${line.trim().slice(0, 80)}…")`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('the path patterns match what they should', () => {
    expect(pathPattern('content/lessons/NN-slug/{zh,en}.mdx').test('content/lessons/01-coach/zh.mdx')).toBe(true);
    expect(pathPattern('content/cells/<id>.ts').test('content/cells/guide-loop.ts')).toBe(true);
    expect(pathPattern('src/**/README.md').test('src/engine/optim/README.md')).toBe(true);
    expect(pathPattern('content/cells/<id>.ts').test('content/cells/a/b.ts')).toBe(false);
  });
});
