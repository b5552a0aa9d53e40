/**
 * `<oc-lab data-lab="race" data-lang="zh" data-preset="…">`: the only lab code a page loads eagerly. When the
 * lab comes near the viewport (or the URL carries its state, `#lab=<id>&…`), it imports that lab's module,
 * which brings the engine and chart.js with it, and mounts it in place of the static fallback.
 */
import type { Lang } from '@/i18n/define';
import { isLabId, LABS } from '@/labs/registry';

export class OcLab extends HTMLElement {
  private observer: IntersectionObserver | undefined;
  private loading: Promise<void> | undefined;

  connectedCallback(): void {
    if (this.observer || this.loading) return;
    const id = this.dataset.lab ?? '';
    if (!isLabId(id)) return;
    if (location.hash.startsWith(`#lab=${id}&`) || location.hash === `#lab=${id}`) {
      void this.upgrade().then(() => this.scrollIntoView({ block: 'start' }));
      return;
    }
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void this.upgrade();
    }, { rootMargin: '300px 0px' });
    this.observer.observe(this);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  upgrade(): Promise<void> {
    this.observer?.disconnect();
    this.loading ??= (async () => {
      const id = this.dataset.lab ?? '';
      if (!isLabId(id)) return;
      const lang: Lang = this.dataset.lang === 'en' ? 'en' : 'zh';
      const [mod, { makeContext }] = await Promise.all([LABS[id].load(), import('./context')]);
      const body = this.querySelector<HTMLElement>('[data-role="lab-body"]') ?? this;
      body.replaceChildren();
      mod.mount(body, makeContext(id, lang, this.dataset.preset || null));
      this.dataset.ready = 'true';
    })();
    return this.loading;
  }
}

if (!customElements.get('oc-lab')) customElements.define('oc-lab', OcLab);
