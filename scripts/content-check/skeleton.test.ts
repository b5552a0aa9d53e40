import { describe, expect, it } from 'vitest';
import { describeComponent, parseSkeleton } from './skeleton';

const doc = `---
title: 教练
order: 1
---
## 一、教练是谁

正文里提到 \`<CodeCell>\` 不算组件。{/* <Lab id="race" /> 注释也不算 */}

<CodeCell id="coach-loop" autoplot />

\`\`\`python {2}
## 这不是标题
<Note>也不是组件</Note>
\`\`\`

### 小节 ###
<Checkpoint
  id="cp-coach-roles">
  <Choice value="gradient">梯度</Choice>
</Checkpoint>
`;

describe('parseSkeleton', () => {
  const s = parseSkeleton(doc);
  it('reads the frontmatter as YAML', () => {
    expect(s.frontmatter).toEqual({ title: '教练', order: 1 });
  });
  it('finds headings outside code fences, with file line numbers', () => {
    expect(s.headings.map((h) => [h.level, h.text, h.line])).toEqual([
      [2, '一、教练是谁', 5],
      [3, '小节', 16],
    ]);
  });
  it('finds components with their id/value props, skipping inline code, comments and fences', () => {
    expect(s.components.map(describeComponent)).toEqual([
      '<CodeCell id="coach-loop">',
      '<Checkpoint id="cp-coach-roles">',
      '<Choice value="gradient">',
    ]);
    expect(s.components[1]!.line).toBe(17);
  });
  it('keeps fenced code exactly, with its info string', () => {
    expect(s.fences).toEqual([{ info: 'python {2}', code: '## 这不是标题\n<Note>也不是组件</Note>', line: 11 }]);
  });
  it('accepts files without frontmatter and reads {"…"} prop values', () => {
    const t = parseSkeleton('<Lab id={"race"} preset=\'x\' />\n~~~ts\nconst a = 1;\n~~~\n');
    expect(t.frontmatter).toEqual({});
    expect(t.components).toEqual([{ name: 'Lab', id: 'race', line: 1 }]);
    expect(t.fences[0]!.code).toBe('const a = 1;');
  });
  it('rejects frontmatter that is not a mapping', () => {
    expect(() => parseSkeleton('---\n- a\n- b\n---\ntext')).toThrow(/mapping/);
  });
});
