/**
 * Lessons 07–12 quote, after a cell, the output real PyTorch prints ("what you should see", a ```text block that
 * follows the <CodeCell> before the next one). This runs every such cell on the engine and compares its printed
 * lines with that quote, so the prose, the cell and the engine cannot drift apart.
 *
 * The only accepted differences are JavaScript's spellings, which the lessons explain: `null` for Python's `None`
 * and `[ a, b ]` for Python's `[a, b]` when a plain array is printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../../../src/runner/execute';

const LESSONS = ['07-advanced', '08-real-loop', '09-pitfalls', '10-choosing', '11-summary', '12-exercises'];
const root = join(process.cwd(), 'content');

/** [cell id, quoted output lines] for each cell that is followed by a text block before the next cell. */
function quotedOutputs(mdx: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  const parts = mdx.split(/<CodeCell id="([^"]+)"[^>]*\/>/);
  for (let i = 1; i < parts.length; i += 2) {
    const block = /```text\n([\s\S]*?)\n```/.exec(parts[i + 1] ?? '');
    if (block) out.push([parts[i]!, block[1]!.split('\n')]);
  }
  return out;
}

/** Python's spelling of a JS-printed line. */
const asPython = (line: string) =>
  line.replace(/\bnull\b/g, 'None').replace(/^\[ (.*) \]$/, '[$1]');

describe('printed output quoted in lessons 07–12', () => {
  for (const lesson of LESSONS) {
    for (const lang of ['en', 'zh']) {
      const mdx = readFileSync(join(root, 'lessons', lesson, `${lang}.mdx`), 'utf8');
      const quoted = quotedOutputs(mdx);
      it(`${lesson}/${lang} quotes at least one output`, () => {
        expect(quoted.length).toBeGreaterThan(0);
      });
      for (const [id, expected] of quoted) {
        it(`${lesson}/${lang}: cell ${id} prints what the lesson quotes`, async () => {
          const code = readFileSync(join(root, 'cells', `${id}.ts`), 'utf8');
          const r = await execute(code);
          expect(r.error).toBeUndefined();
          expect(r.status).toBe('ok');
          expect(r.logs.map(asPython)).toEqual(expected);
        });
      }
    }
  }
});
