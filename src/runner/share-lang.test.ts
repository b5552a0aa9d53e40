import { describe, expect, it } from 'vitest';
import { parseShareHash, shareUrl } from './share';
import { splitShareLang, withShareLang } from './share-lang';

describe('share links with a language', () => {
  it('round-trips Python code with &lang=py', () => {
    const code = 'for epoch in range(3):\n    print(f"Epoch {epoch}")  # 注释 & more';
    const url = withShareLang(shareUrl('https://x.test/en/lessons/a/#old', 'loop-guide', code), 'py');
    expect(url.endsWith('&lang=py')).toBe(true);
    const { lang, hash } = splitShareLang(new URL(url).hash);
    expect(lang).toBe('py');
    expect(parseShareHash(hash)).toEqual({ id: 'loop-guide', code });
  });
  it('without lang (or lang=ts) the code is TypeScript, as before', () => {
    const url = shareUrl('https://x.test/zh/', 'c1', 'print(1)');
    expect(withShareLang(url, 'ts')).toBe(url);
    expect(splitShareLang(new URL(url).hash)).toEqual({ lang: 'ts', hash: new URL(url).hash });
    expect(splitShareLang('#cell=c1&code=abc&lang=ts')).toEqual({ lang: 'ts', hash: '#cell=c1&code=abc' });
  });
  it('ignores other values and look-alikes inside other parameters', () => {
    expect(splitShareLang('#cell=c1&code=abc&lang=rb').lang).toBe('ts');
    expect(splitShareLang('#cell=c1&code=abc&lang=python').lang).toBe('ts');
  });
});
