/**
 * A shiki transformer that nudges token colours until they meet WCAG AA contrast (4.5:1) on the code background,
 * for the light colour and the `--shiki-dark` one. github-light's orange (#E36209, 3.5:1) and github-dark's
 * comment grey (#6A737D, 3.0:1) fail axe otherwise. Build-time only (used by CodeCell.astro's <Code>).
 */
import type { ShikiTransformer } from 'shiki';

type RGB = [number, number, number];

function parse(hex: string): RGB | null {
  const m = /^#?([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const hex = (c: RGB) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: RGB): number {
  const f = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

export function contrast(a: string, b: string): number {
  const ca = parse(a);
  const cb = parse(b);
  if (!ca || !cb) return 21;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour moved toward black or white (whichever the background is not) until it reaches `ratio`. */
export function ensureContrast(color: string, bg: string, ratio = 4.6): string {
  const c = parse(color);
  const b = parse(bg);
  if (!c || !b || contrast(color, bg) >= ratio) return color;
  const target: RGB = luminance(b) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let t = 0.05; t <= 1; t += 0.05) {
    const mixed = hex(c.map((v, i) => v + (target[i]! - v) * t) as RGB);
    if (contrast(mixed, bg) >= ratio) return mixed;
  }
  return hex(target);
}

export function transformerContrast(opts: { lightBg: string; darkBg: string; ratio?: number }): ShikiTransformer {
  return {
    name: 'oc-contrast',
    span(node) {
      const style = node.properties.style;
      if (typeof style !== 'string') return;
      node.properties.style = style
        .replace(/(^|;)color:(#[0-9a-fA-F]{6,8})/, (_m, pre: string, c: string) => `${pre}color:${ensureContrast(c, opts.lightBg, opts.ratio)}`)
        .replace(/--shiki-dark:(#[0-9a-fA-F]{6,8})/, (_m, c: string) => `--shiki-dark:${ensureContrast(c, opts.darkBg, opts.ratio)}`);
    },
  };
}
