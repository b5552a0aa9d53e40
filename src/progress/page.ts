/**
 * The progress page's behaviour: statuses and counts from the store, resume, export (download a JSON file),
 * import (merge a file), reset (after confirm). Messages go to the page's role="status" line.
 */
import strings from '@/i18n/strings/progress';
import { translator } from '@/i18n/define';
import { applyTicks, fillResume, pageLang } from './boot';
import { backups, browserStorage, exportText, importText, load, reset, restoreBackup, type Progress } from './store';

export function mountProgressPage(): void {
  const root = document.querySelector<HTMLElement>('.oc-progress');
  if (!root) return;
  const lang = pageLang();
  const t = translator(strings, lang);
  const storage = browserStorage();
  const message = root.querySelector<HTMLElement>('[data-progress-message]');
  const say = (text: string) => {
    if (message) message.textContent = text;
  };
  const date = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium' });

  function render(progress: Progress): void {
    const counts: Record<string, number> = {};
    for (const row of root!.querySelectorAll<HTMLElement>('[data-progress-item]')) {
      const entry = progress.passed[row.dataset.progressItem ?? ''];
      const cell = row.querySelector<HTMLElement>('[data-role="status"]');
      if (entry) counts[row.dataset.group ?? ''] = (counts[row.dataset.group ?? ''] ?? 0) + 1;
      if (!cell) continue;
      cell.dataset.done = String(Boolean(entry));
      const done = entry?.withSolution ? 'progress.doneOnWithSolution' : 'progress.doneOn';
      cell.textContent = entry ? `✓ ${t(done, { date: date.format(new Date(entry.at)) })}` : t('progress.todo');
    }
    for (const p of root!.querySelectorAll<HTMLElement>('[data-progress-count]')) {
      p.textContent = t('progress.count', { done: counts[p.dataset.progressCount ?? ''] ?? 0, total: p.dataset.total ?? 0 });
    }
    const resume = document.querySelector<HTMLElement>('[data-resume]');
    if (resume && !progress.lastVisited) {
      resume.hidden = true;
      resume.replaceChildren();
    }
    fillResume(progress, lang);
    const none = root!.querySelector<HTMLElement>('[data-resume-none]');
    if (none) none.hidden = Boolean(progress.lastVisited);
    applyTicks(document, progress, lang);
  }

  root.querySelector('[data-action="export"]')?.addEventListener('click', () => {
    const file = 'optimizer-coach-progress.json';
    const url = URL.createObjectURL(new Blob([exportText(load(storage).progress)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(t('progress.exported', { file }));
  });

  root.querySelector<HTMLInputElement>('[data-action="import"]')?.addEventListener('change', async (e) => {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    if (!f) return;
    const r = importText(storage, await f.text());
    input.value = '';
    if (!r.ok) return say(t(r.reason === 'corrupt' ? 'progress.importCorrupt' : 'progress.importForeign'));
    if (!r.saved.ok) return say(t('progress.importNotSaved', { added: r.added }));
    render(r.progress);
    say(r.dropped ? t('progress.importPartial', { added: r.added, dropped: r.dropped }) : t('progress.importDone', { added: r.added }));
  });

  root.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
    if (!window.confirm(t('progress.resetConfirm'))) return;
    reset(storage);
    render(load(storage).progress);
    say(t('progress.resetDone'));
  });

  /** The backups of damaged progress, each with a Restore button (the section stays hidden when there are none). */
  function renderBackups(): void {
    const box = root!.querySelector<HTMLElement>('[data-progress-backups]');
    const list = box?.querySelector<HTMLElement>('ul');
    if (!box || !list) return;
    const items = backups(storage);
    box.hidden = items.length === 0;
    list.replaceChildren(
      ...items.map((b, i) => {
        const n = i + 1;
        const li = document.createElement('li');
        li.append(t('progress.backupItem', { n, chars: b.raw.length }), ' ');
        const btn = document.createElement('button');
        btn.type = 'button';
        btn.className = 'oc-btn';
        btn.dataset.restoreBackup = b.key;
        btn.textContent = t('progress.restore', { n });
        btn.addEventListener('click', () => {
          const r = restoreBackup(storage, b.key);
          if (!r || r.found === 0) return say(t('progress.restoreNothing', { n }));
          if (!r.saved.ok) return say(t('progress.notSaved'));
          render(r.progress);
          say(t('progress.restored', { n, found: r.found, added: r.added }));
        });
        li.append(btn);
        return li;
      }),
    );
  }

  render(load(storage).progress);
  renderBackups();
}
