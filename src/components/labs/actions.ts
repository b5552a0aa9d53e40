/** The Reset and Copy link buttons every lab has, plus a polite status line for their feedback. */
import type { LabContext } from './context';
import { button, h } from './ui';

export function labActions(ctx: LabContext, onReset: () => void): HTMLElement {
  const status = h('span', { class: 'oc-lab__status', role: 'status', 'aria-live': 'polite' });
  const reset = button(ctx.t('labs.reset'), 'reset', () => {
    ctx.clearState();
    onReset();
  });
  const copy = button(ctx.t('labs.copyLink'), 'copy-link', () => {
    const done = (ok: boolean) => (status.textContent = ctx.t(ok ? 'labs.copied' : 'labs.copyFailed'));
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(location.href).then(() => done(true), () => done(false));
    else done(false);
  });
  return h('div', { class: 'oc-lab__buttons' }, reset, copy, status);
}
