/**
 * `<oc-cell>`: the only code a lesson page loads eagerly for its cells (a few hundred bytes gzipped).
 * It switches the PyTorch/TypeScript tabs (ARIA tabs; the choice is kept in localStorage `oc:tab` and followed by
 * every cell of the page; a share link's `&lang=py` selects its cell's PyTorch tab), and, when the cell comes
 * near the viewport, receives focus, is clicked or is the target of a share link, lazily imports the controller
 * (./cell: CodeMirror, the worker client, output, plots).
 *
 * JS API for other components (see src/runner/README.md):
 *   el.tab: 'ts' | 'py'             the visible tab
 *   el.getCode(): string            the visible tab's current code
 *   el.setCode(code): void          replace it (saved like an edit)
 *   el.run({ budgetMs? }): Promise<RunResult>   run the visible tab exactly like the Run button
 *   'cell-run' CustomEvent (bubbles, detail: RunResult) after every finished run
 */
import type { CellController } from './cell';
import type { RunResult } from './types';
import { shareTarget, sharedCellId } from './share-link';
import { loadCode, loadTab, saveTab, TAB_EVENT, type TabChoice } from './storage';


export interface CellSource {
  ts: string;
  py: string | null;
}

export class OcCell extends HTMLElement {
  private ctrl: CellController | undefined;
  private loading: Promise<CellController> | undefined;
  private observer: IntersectionObserver | undefined;
  private src: CellSource | undefined;
  /** code set through setCode() before the controller loaded */
  pendingCode: string | undefined;

  get cellId(): string {
    return this.dataset.cellId ?? '';
  }

  /** The lesson's code for this cell (TypeScript and the optional PyTorch twin). */
  get source(): CellSource {
    if (!this.src) {
      const el = this.querySelector('script[data-role="source"]');
      this.src = JSON.parse(el?.textContent || '{"ts":"","py":null}') as CellSource;
    }
    return this.src;
  }

  /** The visible tab. */
  get tab(): TabChoice {
    return this.querySelector('[role="tab"][data-tab="py"][aria-selected="true"]') ? 'py' : 'ts';
  }

  connectedCallback(): void {
    if (this.observer) return;
    this.setupTabs();
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void this.upgrade();
      },
      { rootMargin: '250px 0px' },
    );
    this.observer.observe(this);
    this.addEventListener('focusin', this.onFocus);
    this.addEventListener('click', this.onEarlyClick);
    // the cell a share link targets loads at once; so does the page's first cell when no cell can take the link
    // (it shows why). Checked after parsing, when every cell of the page is in the document.
    const shared = sharedCellId(location.hash);
    const first = document.querySelector('oc-cell') === this;
    const owned = shared !== null && [...document.querySelectorAll<HTMLElement>('oc-cell')].some((c) => c.dataset.cellId === shared);
    if (shared === this.cellId || (first && /^#cell=/.test(location.hash) && !owned)) void this.upgrade();
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    document.removeEventListener(TAB_EVENT, this.onTabEvent);
  }

  private isShareTarget(): boolean {
    return sharedCellId(location.hash) === this.cellId;
  }

  /** Loads the editor and runner for this cell (once). */
  upgrade(): Promise<CellController> {
    this.observer?.disconnect();
    this.loading ??= import('./cell').then((m) => {
      this.removeEventListener('click', this.onEarlyClick);
      this.removeEventListener('focusin', this.onFocus);
      this.ctrl = m.attach(this);
      return this.ctrl;
    });
    return this.loading;
  }

  getCode(): string {
    if (this.ctrl) return this.ctrl.getCode();
    const tab = this.source.py === null ? 'ts' : this.tab;
    return this.pendingCode ?? loadCode(this.cellId, tab) ?? this.source[tab] ?? '';
  }

  setCode(code: string): void {
    if (this.ctrl) this.ctrl.setCode(code);
    else {
      this.pendingCode = code;
      void this.upgrade();
    }
  }

  /** `fresh`: in a worker that never ran learner code (exercise checks). */
  run(opts: { budgetMs?: number; fresh?: boolean } = {}): Promise<RunResult> {
    return this.upgrade().then((c) => c.run(opts));
  }

  private onFocus = (): void => {
    void this.upgrade();
  };

  private onEarlyClick = (e: Event): void => {
    const action = (e.target as Element | null)?.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action) void this.upgrade().then((c) => c.action(action));
  };

  private selectTab: ((tab: TabChoice) => void) | undefined;

  private onTabEvent = (e: Event): void => {
    const tab = (e as CustomEvent<TabChoice>).detail;
    if (tab !== this.tab) this.selectTab?.(tab);
  };

  private setupTabs(): void {
    const tabs = [...this.querySelectorAll<HTMLButtonElement>('[role="tab"][data-tab]')];
    if (tabs.length < 2) return;
    const select = (tab: TabChoice, focus = false, remember = false) => {
      for (const b of tabs) {
        const on = b.dataset.tab === tab;
        b.setAttribute('aria-selected', String(on));
        b.tabIndex = on ? 0 : -1;
        if (on && focus) b.focus();
      }
      for (const p of this.querySelectorAll<HTMLElement>('[role="tabpanel"][data-panel]')) p.hidden = p.dataset.panel !== tab;
      this.ctrl?.showTab(tab);
      if (remember) {
        saveTab(tab);
        document.dispatchEvent(new CustomEvent<TabChoice>(TAB_EVENT, { detail: tab }));
      }
    };
    this.selectTab = select;
    // a share link opens its cell on the shared code's tab (without changing the reader's choice elsewhere)
    const target = this.isShareTarget() ? shareTarget(location.hash) : null;
    select(target && !('error' in target) ? target.lang : loadTab());
    document.addEventListener(TAB_EVENT, this.onTabEvent);
    for (const b of tabs) {
      b.addEventListener('click', () => select(b.dataset.tab as TabChoice, false, true));
      b.addEventListener('keydown', (e) => {
        const i = tabs.indexOf(b);
        const next =
          e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length]
          : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length]
          : e.key === 'Home' ? tabs[0]
          : e.key === 'End' ? tabs[tabs.length - 1]
          : undefined;
        if (!next) return;
        e.preventDefault();
        select(next.dataset.tab as TabChoice, true, true);
      });
    }
  }
}

if (!customElements.get('oc-cell')) customElements.define('oc-cell', OcCell);

declare global {
  interface HTMLElementTagNameMap {
    'oc-cell': OcCell;
  }
}
