import { describe, expect, it } from 'vitest';
import { parseShareHash, sharedCellId, shareHash, shareUrl } from './share';

describe('share links', () => {
  const code = 'const opt = optim.SGD(model.parameters(), { lr: 0.1 })\nprint("学习率", 0.1) // ✓ & # ?';

  it('round-trips id and code through the fragment', () => {
    const hash = shareHash('loop-guide', code);
    expect(hash.startsWith('#cell=loop-guide&code=')).toBe(true);
    expect(hash.slice(1)).not.toMatch(/[\s#]/);
    expect(parseShareHash(hash)).toEqual({ id: 'loop-guide', code });
    expect(sharedCellId(hash)).toBe('loop-guide');
  });

  it('builds a URL on the current page, replacing an old fragment', () => {
    const url = shareUrl('https://x.org/zh/lessons/loop/#cell=a&code=old', 'b', 'print(1)');
    expect(url.startsWith('https://x.org/zh/lessons/loop/#cell=b&code=')).toBe(true);
    expect(parseShareHash(new URL(url).hash)?.code).toBe('print(1)');
  });

  it('rejects other fragments and corrupt payloads', () => {
    expect(parseShareHash('#intro')).toBeNull();
    expect(parseShareHash('')).toBeNull();
    expect(sharedCellId('#top')).toBeNull();
    expect(parseShareHash('#cell=a&code=%%%')).toBeNull();
  });
});
