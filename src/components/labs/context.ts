/**
 * What every lab module receives from <oc-lab>: its language, strings, preset, and the URL state
 * (`#lab=<id>&…`, src/labs/url-state.ts). A lab module exports `mount(root, ctx)`.
 */
import labsStrings from '@/i18n/strings/labs';
import { translator, type Lang } from '@/i18n/define';
import { readLabHash, writeLabHash, type LabParams } from '@/labs/url-state';

export type LabT = ReturnType<typeof translator<keyof (typeof labsStrings)['en'] & string>>;

export interface LabContext {
  id: string;
  lang: Lang;
  preset: string | null;
  t: LabT;
  /** The state in the URL for this lab, or null. */
  readState(): LabParams | null;
  /** Replaces the URL hash with this lab's state (no history entry). */
  writeState(params: LabParams): void;
  /** Removes this lab's state from the URL (reset). */
  clearState(): void;
}

export interface LabModule {
  mount(root: HTMLElement, ctx: LabContext): void;
}

export function makeContext(id: string, lang: Lang, preset: string | null): LabContext {
  const t = translator(labsStrings, lang) as LabT;
  const base = () => location.pathname + location.search;
  return {
    id,
    lang,
    preset,
    t,
    readState: () => readLabHash(location.hash, id),
    writeState: (params) => history.replaceState(history.state, '', base() + writeLabHash(id, params)),
    clearState: () => {
      if (readLabHash(location.hash, id)) history.replaceState(history.state, '', base());
    },
  };
}
