import { describe, expect, it } from 'vitest';
import { contrast, ensureContrast, transformerContrast } from './shiki-contrast';

describe('shiki contrast', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#E36209', '#ffffff')).toBeCloseTo(3.48, 1);
  });
  it('fixes failing colours and leaves passing ones alone', () => {
    const fixed = ensureContrast('#E36209', '#ffffff');
    expect(contrast(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.6);
    expect(ensureContrast('#24292E', '#ffffff')).toBe('#24292E');
    const dark = ensureContrast('#6A737D', '#24292e');
    expect(contrast(dark, '#24292e')).toBeGreaterThanOrEqual(4.6);
  });
  it('rewrites both colours of a dual-theme span', () => {
    const t = transformerContrast({ lightBg: '#ffffff', darkBg: '#24292e' });
    const node = { type: 'element', tagName: 'span', properties: { style: 'color:#E36209;--shiki-dark:#6A737D' }, children: [] };
    (t.span as unknown as (n: typeof node) => void).call({} as never, node);
    const [light, dark] = /color:(#\w+);--shiki-dark:(#\w+)/.exec(node.properties.style)!.slice(1) as [string, string];
    expect(contrast(light, '#ffffff')).toBeGreaterThanOrEqual(4.6);
    expect(contrast(dark, '#24292e')).toBeGreaterThanOrEqual(4.6);
  });
});
