/**
 * Registers the service worker (dist/sw.js, built by scripts/build-sw.mjs) with workbox-window, and shows the
 * update prompt when a new version is waiting. The new version takes over only when the reader chooses
 * "Reload now": then the waiting worker is told to skip waiting, and the page reloads once it controls it, so a
 * page never runs with half old, half new files. "Later" keeps the current version until every tab is closed.
 *
 * Loaded after the page's `load` event (it is not needed to read the page) and only in a production build.
 */
import { Workbox } from 'workbox-window';

export const SW_URL = '/sw.js';

export function registerServiceWorker(prompt: HTMLElement | null): void {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox(SW_URL, { scope: '/' });
  wb.addEventListener('waiting', () => {
    if (!prompt) return;
    const now = prompt.querySelector<HTMLButtonElement>('[data-update-now]');
    const later = prompt.querySelector<HTMLButtonElement>('[data-update-later]');
    prompt.hidden = false;
    now?.addEventListener('click', () => {
      now.disabled = true;
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    }, { once: true });
    later?.addEventListener('click', () => {
      prompt.hidden = true;
    }, { once: true });
  });
  void wb.register().catch(() => {
    // No service worker (private mode, storage off): the site works online as before.
  });
}
