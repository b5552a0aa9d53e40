import { describe, expect, it } from 'vitest';
import { hasLabsIndex, labsFromFiles } from './labs';

const noRead = () => {
  throw new Error('should not read static pages');
};

describe('labsFromFiles', () => {
  it('finds static lab pages in the contract order and ignores unknown files', () => {
    expect(labsFromFiles(['lr.astro', 'race/index.astro', 'notes.astro', 'foo/bar.astro'], noRead)).toEqual(['race', 'lr']);
  });
  it('reads a dynamic route for the lab ids it lists', () => {
    const ids = labsFromFiles(['[id].astro'], () => "return ['inside', 'param-groups'].map((id) => ({ params: { id } }))");
    expect(ids).toEqual(['inside', 'param-groups']);
  });
  it('finds nothing when the folder is empty', () => {
    expect(labsFromFiles([], noRead)).toEqual([]);
    expect(hasLabsIndex([])).toBe(false);
    expect(hasLabsIndex(['index.astro', 'lr.astro'])).toBe(true);
  });
});
