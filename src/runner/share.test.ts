import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeSharePayload } from './share-decode';
import { makeShareUrl, MAX_SHARED_CODE, parseShareHash, sharedCellId, shareHash, shareTarget, shareUrl } from './share';

describe('share links', () => {
  const code = 'const opt = optim.SGD(model.parameters(), { lr: 0.1 })\nprint("学习率", 0.1) // ✓ & # ?';

  it('round-trips id and code through the fragment (TypeScript when there is no lang)', () => {
    const hash = shareHash('loop-guide', code);
    expect(hash.startsWith('#cell=loop-guide&code=')).toBe(true);
    expect(hash).not.toContain('lang=');
    expect(hash.slice(1)).not.toMatch(/[\s#]/);
    expect(parseShareHash(hash)).toEqual({ id: 'loop-guide', code, lang: 'ts' });
    expect(sharedCellId(hash)).toBe('loop-guide');
  });

  it('carries &lang=py for Python', () => {
    const py = 'import torch\nprint("call import(x)")';
    const hash = shareHash('loop-guide', py, 'py');
    expect(hash.endsWith('&lang=py')).toBe(true);
    expect(parseShareHash(hash)).toEqual({ id: 'loop-guide', code: py, lang: 'py' });
    expect(parseShareHash(`#cell=a&code=${compressToEncodedURIComponent('x')}&lang=ts`)).toEqual({ id: 'a', code: 'x', lang: 'ts' });
  });

  it('builds a URL on the current page, replacing an old fragment', () => {
    const url = shareUrl('https://x.org/zh/lessons/loop/#cell=a&code=old', 'b', 'print(1)');
    expect(url.startsWith('https://x.org/zh/lessons/loop/#cell=b&code=')).toBe(true);
    expect(parseShareHash(new URL(url).hash)).toMatchObject({ code: 'print(1)' });
  });

  it('ignores other fragments and, with forId, links for other cells', () => {
    expect(parseShareHash('#intro')).toBeNull();
    expect(parseShareHash('')).toBeNull();
    expect(sharedCellId('#top')).toBeNull();
    expect(parseShareHash(shareHash('a', code), 'b')).toBeNull();
    expect(parseShareHash(shareHash('a', code), 'a')).toMatchObject({ id: 'a', code });
  });

  it('reports damaged ids, payloads and languages', () => {
    expect(parseShareHash('#cell=a&code=%%%')).toEqual({ error: 'badPayload', id: 'a' });
    expect(parseShareHash('#cell=a&code=')).toEqual({ error: 'badPayload', id: 'a' });
    expect(parseShareHash('#cell=a')).toEqual({ error: 'badPayload', id: 'a' });
    expect(parseShareHash('#cell=%E0%A4%A&code=abc')).toEqual({ error: 'badId' });
    expect(parseShareHash('#cell=<img>&code=abc')).toEqual({ error: 'badId' });
    expect(parseShareHash('#cell=&code=abc')).toEqual({ error: 'badId' });
    expect(parseShareHash(`#cell=a&code=${compressToEncodedURIComponent('x')}&lang=rust`)).toEqual({ error: 'badLang', id: 'a' });
    expect(shareTarget('#cell=a&code=zzz')).toEqual({ id: 'a', lang: 'ts' });
  });

  it('refuses a payload that decompresses past the limit, without building it', () => {
    const bomb = compressToEncodedURIComponent('x'.repeat(MAX_SHARED_CODE + 1));
    expect(bomb.length).toBeLessThan(2000);
    expect(parseShareHash(`#cell=a&code=${bomb}`)).toEqual({ error: 'tooLarge', id: 'a' });
    expect(parseShareHash(`#cell=a&code=${'A'.repeat(2_000_001)}`)).toEqual({ error: 'tooLarge', id: 'a' });
  });

  it('makes no link the browser could not open or this page would refuse', () => {
    expect(makeShareUrl('https://x.org/', 'a', 'print(1)')).toMatchObject({ url: expect.stringContaining('#cell=a&code=') });
    expect(makeShareUrl('https://x.org/', 'a', 'x'.repeat(MAX_SHARED_CODE + 1))).toEqual({ error: 'tooLarge', chars: MAX_SHARED_CODE + 1 });
  });

  it('decodes exactly like lz-string on varied text', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = 'ab c\n{}()=;学习率αβ🙂' + String.fromCharCode(0x7ff, 0xffff);
    for (let n = 0; n < 60; n++) {
      const len = Math.floor(rnd() * 3000);
      let s = '';
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      const enc = compressToEncodedURIComponent(s);
      expect(decompressFromEncodedURIComponent(enc)).toBe(s);
      expect(decodeSharePayload(enc, 1e6)).toEqual({ ok: true, text: s });
    }
    expect(decodeSharePayload(compressToEncodedURIComponent(''), 10)).toEqual({ ok: true, text: '' });
  });
});
