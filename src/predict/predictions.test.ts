/**
 * Every `content/cells/<id>.predict.ts` states what its cell really does: the cell is run with the engine and
 * `happened(result)` (which reads the printed lines and plots) must give the stated answer. Also checks each
 * prediction names a real cell and that "most cells" of the lessons have one.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { execute } from '../runner/execute';
import type { RunResult } from '../runner/types';
import type { Prediction } from './types';
import { trend } from './read';

const DIR = 'content/cells';
const cells = readdirSync(DIR).filter((f) => /^[a-z0-9-]+\.ts$/.test(f)).map((f) => f.slice(0, -3));
const predicted = readdirSync(DIR).filter((f) => f.endsWith('.predict.ts')).map((f) => f.slice(0, -'.predict.ts'.length));
const runs = new Map<string, Promise<RunResult>>();
const run = (id: string) => {
  if (!runs.has(id)) runs.set(id, execute(readFileSync(`${DIR}/${id}.ts`, 'utf8')));
  return runs.get(id)!;
};
const load = async (id: string): Promise<Prediction> => (await import(`../../content/cells/${id}.predict.ts`)).default as Prediction;

describe('cell predictions', () => {
  it('exist for most lesson cells, each for a real cell', () => {
    const lessonCells = new Set(
      readdirSync('content/lessons').flatMap((d) =>
        [...readFileSync(`content/lessons/${d}/en.mdx`, 'utf8').matchAll(/<CodeCell id="([a-z0-9-]+)"/g)].map((m) => m[1]!),
      ),
    );
    for (const id of predicted) expect(cells, `${id}.predict.ts has no cell`).toContain(id);
    const covered = [...lessonCells].filter((id) => predicted.includes(id)).length;
    expect(covered / lessonCells.size).toBeGreaterThan(0.75);
  });

  it.each(predicted)('%s: running the cell gives the stated answer', async (id) => {
    const p = await load(id);
    const result = await run(id);
    expect(result.status, result.error?.message).toBe('ok');
    const twin = p.compareWith ? await run(p.compareWith) : undefined;
    expect(p.happened(result, twin)).toBe(p.answer);
  });

  it('happened() tells a different outcome apart (the checks can fail)', async () => {
    const p = await load('pit-three-lrs');
    const tamed = readFileSync(`${DIR}/pit-three-lrs.ts`, 'utf8').replace('{ lr: lr }', '{ lr: lr === 1.5 ? 0.05 : lr }');
    expect(p.happened(await execute(tamed))).toBe('down');
    const same = await load('why-sgd');
    expect(same.happened(await run('why-sgd'), await run('sgd-parabola'))).toBe('different');
    expect(trend([1, 0.9, Infinity])).toBe('explode');
    expect(trend([1, 0.9])).toBe('flat');
  });
});
