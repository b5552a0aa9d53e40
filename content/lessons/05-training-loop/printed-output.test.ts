/**
 * Lessons 01–06 quote, after a cell, the output real PyTorch 2.x prints ("what you should see": a ```text block
 * that follows the <CodeCell> before the next one). This runs each such cell on the engine and checks that it
 * prints exactly those lines, so the prose, the cell and the engine cannot drift apart. It also checks that
 * every cell of these lessons has its PyTorch twin (content/cells/<id>.py).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../../../src/runner/execute';

const LESSONS = ['01-coach', '02-why-optimizer', '03-sgd', '04-optimizer-family', '05-training-loop', '06-switching-optimizers'];
const root = join(process.cwd(), 'content');

/** [cell id, quoted output lines or null] for every cell, in order. */
function cells(mdx: string): [string, string[] | null][] {
  const out: [string, string[] | null][] = [];
  const parts = mdx.split(/<CodeCell id="([^"]+)"[^>]*\/>/);
  for (let i = 1; i < parts.length; i += 2) {
    const block = /```text\n([\s\S]*?)\n```/.exec(parts[i + 1] ?? '');
    out.push([parts[i]!, block ? block[1]!.split('\n') : null]);
  }
  return out;
}

describe('cells and printed output in lessons 01–06', () => {
  for (const lesson of LESSONS) {
    for (const lang of ['en', 'zh']) {
      const mdx = readFileSync(join(root, 'lessons', lesson, `${lang}.mdx`), 'utf8');
      const found = cells(mdx);
      it(`${lesson}/${lang} has a cell with a PyTorch twin, and quotes at least one output`, () => {
        expect(found.length).toBeGreaterThan(0);
        for (const [id] of found) expect(existsSync(join(root, 'cells', `${id}.py`)), `${id}.py`).toBe(true);
        expect(found.some(([, quoted]) => quoted !== null)).toBe(true);
      });
      for (const [id, expected] of found) {
        if (!expected) continue;
        it(`${lesson}/${lang}: cell ${id} prints what the lesson quotes`, async () => {
          const code = readFileSync(join(root, 'cells', `${id}.ts`), 'utf8');
          const r = await execute(code);
          expect(r.error).toBeUndefined();
          expect(r.status).toBe('ok');
          expect(r.logs).toEqual(expected);
        });
      }
    }
  }
});
