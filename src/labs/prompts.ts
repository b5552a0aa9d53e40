/** The "try this → what to notice" prompts of a lab, in order, as keys of src/i18n/strings/lab-prompts.ts. */
import prompts from '../i18n/strings/lab-prompts';

type Key = keyof (typeof prompts)['en'];

export function labPrompts(labId: string): { tryKey: Key; noticeKey: Key }[] {
  const out: { tryKey: Key; noticeKey: Key }[] = [];
  for (let n = 1; `tip.${labId}.${n}.try` in prompts.en; n++) {
    out.push({ tryKey: `tip.${labId}.${n}.try` as Key, noticeKey: `tip.${labId}.${n}.notice` as Key });
  }
  return out;
}
