/**
 * The events islands send each other, typed in one place. Send with `emit(target, name, detail)`, listen with
 * `on(target, name, listener)`; the names and detail types below are the only ones.
 *
 * - `cell-run` (bubbles from an `<oc-cell>`): a run finished; detail = its RunResult (src/runner/types.ts).
 * - `oc:progress-changed` (on document): a pass was recorded; detail = the exercise or checkpoint id.
 */
import type { RunResult } from '../runner/types';

export interface OcEvents {
  'cell-run': RunResult;
  'oc:progress-changed': { id: string };
}
export type OcEventName = keyof OcEvents;

export function emit<N extends OcEventName>(target: EventTarget, name: N, detail: OcEvents[N]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
}

/** Adds a listener; returns the function that removes it. */
export function on<N extends OcEventName>(target: EventTarget, name: N, listener: (detail: OcEvents[N], event: CustomEvent<OcEvents[N]>) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<OcEvents[N]>).detail, e as CustomEvent<OcEvents[N]>);
  target.addEventListener(name, handler);
  return () => target.removeEventListener(name, handler);
}
