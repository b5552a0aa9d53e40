/**
 * Progress on every page that loads it (the exercise components and the progress page import it; the layout may
 * too, through ProgressBoot.astro): fills the sidebar ticks, remembers the last lesson/exercise visited, fills the
 * home page's `#resume`, and shows a notice (role="alert") when the stored progress is damaged or foreign.
 * Runs once per page; re-applies ticks on `oc:progress-changed` (a pass) and on storage changes in other tabs.
 */
import strings from '@/i18n/strings/progress';
import { translator, type Lang } from '@/i18n/define';
import { on, type OcEventName } from '@/site/events';
import { pageContext } from '@/site/page-context';
import { browserStorage, KEY, load, recordVisit, type Loaded, type Progress } from './store';

export const CHANGED = 'oc:progress-changed' satisfies OcEventName;

export function pageLang(): Lang {
  return pageContext().lang;
}

/** The id a sidebar tick stands for: the lesson's checkpoint, the exercise id, or the tick's own value. */
export function tickId(el: HTMLElement): string {
  const link = el.closest<HTMLElement>('[data-checkpoint], [data-exercise]');
  return link?.dataset.checkpoint || link?.dataset.exercise || el.dataset.tickFor || '';
}

export function applyTicks(root: ParentNode, progress: Progress, lang: Lang): void {
  const t = translator(strings, lang);
  for (const el of root.querySelectorAll<HTMLElement>('[data-tick-for]')) {
    const done = Boolean(progress.passed[tickId(el)]);
    if (el.dataset.done === String(done)) continue;
    el.dataset.done = String(done);
    el.classList.toggle('is-done', done);
    el.replaceChildren();
    if (done) {
      const mark = document.createElement('span');
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = '✓';
      const label = document.createElement('span');
      label.className = 'sr-only';
      label.textContent = ` (${t('progress.tick')})`;
      el.append(mark, label);
    }
  }
}

export function fillResume(progress: Progress, lang: Lang): void {
  const box = document.querySelector<HTMLElement>('#resume[data-resume], [data-resume]');
  const v = progress.lastVisited;
  if (!box || !v) return;
  const t = translator(strings, lang);
  const a = document.createElement('a');
  a.href = `/${lang}/${v.path}`;
  a.textContent = t('progress.resume', { title: v.title });
  a.className = 'oc-resume-link';
  box.replaceChildren(a);
  box.hidden = false;
}

export function showNotice(loaded: Loaded, lang: Lang): void {
  if (!loaded.problem || document.querySelector('[data-progress-notice]')) return;
  const t = translator(strings, lang);
  const note = document.createElement('div');
  note.setAttribute('role', 'alert');
  note.dataset.progressNotice = loaded.problem;
  note.className = 'oc-progress-notice';
  note.textContent = t(`progress.notice.${loaded.problem}`, { dropped: loaded.dropped });
  const main = document.querySelector('main') ?? document.body;
  main.prepend(note);
}

/** Tells the learner, inside `host` (an exercise or checkpoint), that a pass could not be saved. */
export function passNotSaved(host: HTMLElement, lang: Lang): void {
  if (host.querySelector('[data-pass-not-saved]')) return;
  const note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.className = 'oc-progress-notice';
  note.dataset.passNotSaved = '';
  note.textContent = translator(strings, lang)('progress.passNotSaved');
  host.append(note);
}

/** The route of this page without the language prefix, if it is a lesson or exercise page (the page context). */
function currentVisit(lang: Lang) {
  const page = pageContext();
  if (page.kind !== 'lesson' && page.kind !== 'exercise') return null;
  return { lang, path: page.path, title: page.title };
}

let booted = false;

export function boot(): void {
  if (booted) return;
  booted = true;
  const lang = pageLang();
  const storage = browserStorage();
  const loaded = load(storage);
  showNotice(loaded, lang);
  const visit = currentVisit(lang);
  const progress = visit ? recordVisit(storage, visit) : loaded.progress;
  applyTicks(document, progress, lang);
  fillResume(progress, lang);
  const refresh = () => applyTicks(document, load(storage).progress, lang);
  on(document, CHANGED, refresh);
  window.addEventListener('storage', (e) => {
    if (e.key === null || e.key === KEY) refresh();
  });
}
