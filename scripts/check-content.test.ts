import { describe, expect, it } from 'vitest';
import { checkContent } from './check-content';

const fixture = (name: string) => `tests/fixtures/${name}`;
const messages = (name: string) => checkContent(fixture(name)).problems.map((p) => `${p.file}: ${p.message}`);

describe('content check', () => {
  it('accepts matching twins and counts lessons and exercise pages (checkpoint folders are not pages)', () => {
    expect(checkContent(fixture('content-ok'))).toEqual({ problems: [], lessons: 2, exercisePages: 1 });
  });

  it('rejects a lesson and an exercise that lack their twin, naming the missing file', () => {
    const out = messages('content-missing-twin');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/content-missing-twin\/lessons\/01-lonely\/en\.mdx: missing twin: zh\.mdx exists but en\.mdx does not/);
    expect(out[1]).toMatch(/content-missing-twin\/exercises\/lonely-exercise\/zh\.mdx: missing twin: en\.mdx exists/);
  });

  it('rejects twins whose skeletons differ: frontmatter, headings, component ids, code', () => {
    const out = messages('content-mismatch');
    const file = 'tests/fixtures/content-mismatch/lessons/01-mismatch/en.mdx: does not match zh.mdx: ';
    expect(out).toEqual([
      `${file}frontmatter keys differ: "draft" only in zh.mdx`,
      `${file}frontmatter "minutes" differs: 5 in zh.mdx, 6 in en.mdx`,
      expect.stringContaining(`${file}heading 2 is h3 in zh.mdx (line 12, "小节") but h2 in en.mdx (line 11,`),
      expect.stringContaining(`${file}components differ at #1: zh.mdx line 10 has <CodeCell id="cell-a">, en.mdx line 9 has <CodeCell id="cell-b">`),
      expect.stringContaining(`${file}code block 1 differs (contents): zh.mdx line 14, en.mdx line 13`),
    ]);
  });

  it('rejects references to cells, checkpoints, exercises and labs that do not exist, and components without id', () => {
    const out = messages('content-refs').filter((m) => m.includes('/zh.mdx'));
    expect(out).toEqual([
      expect.stringMatching(/line 10: <CodeCell id="no-such-cell"> has no .*content-refs\/cells\/no-such-cell\.ts$/),
      expect.stringMatching(/line 12: <Exercise id="missing-exercise"> has no .*exercises\/missing-exercise\/exercise\.ts$/),
      expect.stringMatching(/line 13: unknown lab id "bogus"/),
      expect.stringMatching(/line 14: <CodeCell> needs an id/),
    ]);
  });

  it('passes on the real content folder', () => {
    const { problems } = checkContent('content');
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });
});
