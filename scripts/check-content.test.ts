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

  it('rejects twins whose prose differs in numbers, code spans or links, a note kind that differs or is unknown, a page naming the source guide twice, and code comments without Chinese', () => {
    const out = messages('content-prose');
    const en = 'tests/fixtures/content-prose/lessons/01-prose/en.mdx: ';
    expect(out).toEqual([
      expect.stringContaining(`${en}does not match zh.mdx: components differ at #3: zh.mdx line 18 has <Note kind="tip">, en.mdx line 18 has <Note kind="myth">`),
      `${en}does not say the same as zh.mdx: numbers differ in the introduction: only in zh.mdx: "0.1"; only in en.mdx: "0.01"`,
      `${en}does not say the same as zh.mdx: code spans differ in section "一节" (zh.mdx line 10, en.mdx line 10): only in zh.mdx: "optimizer.step()"; only in en.mdx: "optimizer.zero_grad()"`,
      `${en}does not say the same as zh.mdx: links differ in section "一节" (zh.mdx line 10, en.mdx line 10): only in zh.mdx: "/{lang}/lessons/other/"; only in en.mdx: "/{lang}/lessons/another/"`,
      'tests/fixtures/content-prose/lessons/01-prose/zh.mdx: names the source guide 2 times; once per page at most (say "a common saying", <Note kind="myth">)',
      `${en}names the source guide 2 times; once per page at most (say "a common saying", <Note kind="myth">)`,
      'tests/fixtures/content-prose/lessons/01-prose/zh.mdx: line 16: <Note kind="correction"> is not a note kind (known: myth, tip, warning)',
      `${en}line 16: <Note kind="correction"> is not a note kind (known: myth, tip, warning)`,
      expect.stringMatching(/content-prose\/cells\/prose-cell\.py: line 1: this comment has no Chinese text/),
      expect.stringMatching(/content-prose\/cells\/prose-cell\.ts: line 1: this comment has no Chinese text/),
    ]);
  });

  it('passes on the real content folder', () => {
    const { problems } = checkContent('content');
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });
});
