/**
 * What every lab module receives from <oc-lab>: its language, strings, preset, and the URL state
 * (`#lab=<id>&…`, src/labs/url-state.ts). A lab module exports `mount(root, ctx)`.
 */
import labsStrings from '@/i18n/strings/labs';
import { translator, type Lang } from '@/i18n/define';
import { readLabHash, writeLabHash, type LabParams } from '@/labs/url-state';
import type { CodeTab } from '@/labs/code';
import { loadTab, TAB_EVENT } from '@/runner/storage';

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
  /** The reader's code language (the site-wide PyTorch/TypeScript tab choice): labs show their code in it. */
  codeTab(): CodeTab;
  /** Calls `listener` when the reader picks the other code tab in a cell of this page. */
  onCodeTab(listener: () => void): void;
}

export interface LabModule {
  mount(root: HTMLElement, ctx: LabContext): void;
}

export function makeContext(id: string, lang: Lang, preset: string | null): LabContext {
  const t = translator(labsStrings, lang) as LabT;
  const base = () => location.pathname + location.search;
  // the reader's tab choice, followed live (from the event's detail: saving the choice may have failed)
  let tab: CodeTab = loadTab();
  document.addEventListener(TAB_EVENT, (e) => (tab = (e as CustomEvent<CodeTab>).detail === 'py' ? 'py' : 'ts'));
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
    codeTab: () => tab,
    onCodeTab: (listener) => document.addEventListener(TAB_EVENT, () => listener()),
  };
}
