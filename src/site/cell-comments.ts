/**
 * Code comments in the reader's language, while the code itself stays shared (content/TRANSLATING.md).
 *
 * A comment in a cell, starter or solution (TypeScript or Python) is written once with both languages, English
 * first, Chinese after the marker `#zh:`:
 *
 *     model.train()                      // training mode #zh: 训练模式
 *     model.train()                      # training mode #zh: 训练模式
 *
 * `localizeComments(code, 'ts' | 'py', lang)` keeps the English or the Chinese part and drops the marker, line by
 * line, so line numbers never move and the runner, share links and storage get plain code. The content check uses
 * `untranslatedComments` to require a Chinese part on every comment. Pure functions; no I/O.
 */
import type { Lang } from '@/i18n/define';

export type CodeLang = 'ts' | 'py';
export const ZH_MARK = '#zh:';

const OPENER: Record<CodeLang, string> = { ts: '//', py: '#' };
const QUOTES: Record<CodeLang, string> = { ts: `'"\``, py: `'"` };

/** Index of the comment opener on `line` outside string literals, or -1. */
export function commentStart(line: string, lang: CodeLang): number {
  const opener = OPENER[lang];
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (QUOTES[lang].includes(ch)) {
      quote = ch;
    } else if (line.startsWith(opener, i)) {
      return i;
    }
  }
  return -1;
}

interface Parts {
  /** code and opener, e.g. `model.train()  //` */
  head: string;
  /** the whitespace between opener and text */
  gap: string;
  en: string;
  zh: string | null;
}

function split(line: string, lang: CodeLang): Parts | null {
  const c = commentStart(line, lang);
  if (c < 0) return null;
  const at = c + OPENER[lang].length;
  const body = line.slice(at);
  const gap = /^\s*/.exec(body)![0];
  const text = body.slice(gap.length);
  const m = text.indexOf(ZH_MARK);
  if (m < 0) return { head: line.slice(0, at), gap, en: text.trimEnd(), zh: null };
  return { head: line.slice(0, at), gap, en: text.slice(0, m).trimEnd(), zh: text.slice(m + ZH_MARK.length).trim() };
}

/** The code with every bilingual comment in `lang` (English when a comment has no Chinese part). */
export function localizeComments(code: string, lang: CodeLang, reader: Lang): string {
  return code
    .split('\n')
    .map((line) => {
      const p = split(line, lang);
      if (!p || p.zh === null) return line;
      const text = reader === 'zh' && p.zh ? p.zh : p.en;
      return text ? `${p.head}${p.gap}${text}` : p.head.trimEnd();
    })
    .join('\n');
}

/** 1-based numbers of the lines whose comment has words (two Latin letters or more) but no Chinese part. */
export function untranslatedComments(code: string, lang: CodeLang): number[] {
  const out: number[] = [];
  code.split('\n').forEach((line, i) => {
    const p = split(line, lang);
    if (p && p.zh === null && /[A-Za-z]{2}/.test(p.en)) out.push(i + 1);
  });
  return out;
}
