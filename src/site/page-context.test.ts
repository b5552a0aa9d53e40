import { describe, expect, it } from 'vitest';
import { pageContextJson, pageKindOf } from './page-context';

describe('page context', () => {
  it('names the kind and id of every route', () => {
    expect(pageKindOf('lessons/coach/')).toEqual({ kind: 'lesson', id: 'coach' });
    expect(pageKindOf('exercises/sgd-vs-adam/')).toEqual({ kind: 'exercise', id: 'sgd-vs-adam' });
    expect(pageKindOf('labs/param-groups/')).toEqual({ kind: 'lab', id: 'param-groups' });
    expect(pageKindOf('labs/')).toEqual({ kind: 'labs' });
    expect(pageKindOf('')).toEqual({ kind: 'home' });
    expect(pageKindOf('progress/')).toEqual({ kind: 'progress' });
    expect(pageKindOf('glossary/')).toEqual({ kind: 'glossary' });
    expect(pageKindOf('dev/cells/')).toEqual({ kind: 'dev' });
  });
  it('writes JSON that cannot close its script element', () => {
    const json = pageContextJson({ lang: 'en', kind: 'lesson', path: 'lessons/x/', title: '</script><b>' });
    expect(json).not.toContain('</');
    expect(JSON.parse(json).title).toBe('</script><b>');
  });
});
