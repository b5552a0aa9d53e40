/**
 * Opening a share link in a cell, safely: a damaged or oversized link gives a message, never an uncaught error;
 * code the reader has edited is never replaced silently (they are asked, in a dialog like Reset's), and their
 * version is kept under `oc:cell:<id>[:py]:mine` with a "Restore my version" button. Language-neutral: the
 * TypeScript editor uses it today, a Python editor can call the same functions with lang 'py'.
 */
import { confirmDialog } from './dialog';
import type { T } from './output';
import { MAX_SHARED_CODE, parseShareHash, shareTarget, type ShareError } from './share';
import { mineKey, readKey, writeKey, type CellLang } from './storage';

/** What share-open needs from a cell's editor. */
export interface ShareHost {
  el: HTMLElement & { cellId: string };
  t: T;
  lang: CellLang;
  /** the lesson's code for this language */
  original: string;
  getCode(): string;
  /** replace the editor's code; `save` persists it like an edit */
  setCode(code: string, save: boolean): void;
  /** a note under the cell, with an optional control */
  say(text: string, extra?: Node): void;
}

const ERROR_KEYS: Record<ShareError, string> = {
  badId: 'safety.share.badId',
  badPayload: 'safety.share.badPayload',
  badLang: 'safety.share.badLang',
  tooLarge: 'safety.share.tooLarge',
};

function restoreButton(host: ShareHost, mine: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'oc-note__action';
  b.dataset.role = 'restore-mine';
  b.textContent = host.t('safety.share.restore');
  b.addEventListener('click', () => {
    host.setCode(mine, true);
    writeKey(mineKey(host.el.cellId, host.lang), null);
    host.say(host.t('safety.share.restored'));
  });
  return b;
}

/**
 * The message for a share link in this page that no cell can take (a damaged cell name, or a cell that is not
 * on the page); shown by the page's first cell. Null when some cell handles the link (or there is none).
 */
export function pageShareProblem(hash: string, t: T): string | null {
  const target = shareTarget(hash);
  if (!target) return null;
  if (target.id === undefined) return t(ERROR_KEYS['error' in target ? target.error : 'badId']);
  const found = [...document.querySelectorAll<HTMLElement>('oc-cell')].some((c) => c.dataset.cellId === target.id);
  return found ? null : t('safety.share.missing');
}

/**
 * Applies the share link in `hash` to this cell (if it targets it, in this language). Returns true when the
 * link was for this cell. Only this cell decompresses the payload.
 */
export async function openShare(host: ShareHost, hash: string): Promise<boolean> {
  const { t } = host;
  const shared = parseShareHash(hash, host.el.cellId);
  if (!shared) return false;
  if ('error' in shared) {
    host.say(t(ERROR_KEYS[shared.error], { max: MAX_SHARED_CODE }));
    return true;
  }
  if (shared.lang !== host.lang) return false;
  const current = host.getCode();
  if (current !== host.original && current !== shared.code) {
    const load = await confirmDialog(host.el, t('safety.share.confirm'), t('safety.share.load'), t('safety.share.keep'));
    if (!load) {
      host.say(t('safety.share.kept'));
      return true;
    }
    const kept = writeKey(mineKey(host.el.cellId, host.lang), current);
    host.setCode(shared.code, true);
    host.say(kept.ok ? t('safety.share.loaded') : `${t('safety.share.loaded')} ${t('safety.save.failed')}`, restoreButton(host, current));
    return true;
  }
  host.setCode(shared.code, false);
  host.say(t('runner.sharedLoaded'));
  return true;
}

/** On a later visit: the version kept when a share link replaced it, with a button to restore it. */
export function offerKeptVersion(host: ShareHost): void {
  const mine = readKey(mineKey(host.el.cellId, host.lang));
  if (mine === null) return;
  if (mine === host.getCode()) {
    writeKey(mineKey(host.el.cellId, host.lang), null);
    return;
  }
  host.say(host.t('safety.share.mineKept'), restoreButton(host, mine));
}
