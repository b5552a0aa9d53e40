/**
 * Predict-then-run: what did the run show? Classifies a 1-D gradient-descent run from the plotted x values
 * (series "x") or, without them, from the losses f(x) (which hide the sign of x, so both "converges" answers are
 * then accepted).
 */
import { allLosses } from './trace';
import type { RunTrace } from './types';

export type Outcome = 'converges' | 'oscillates-converges' | 'diverges' | 'stuck';

export function classify(trace: RunTrace): Outcome[] | null {
  const xs = (trace.plots.x ?? []).map(([, y]) => y);
  const losses = allLosses(trace);
  if (losses.length < 2 && xs.length < 3) return null;
  if ([...xs, ...losses].some((v) => !Number.isFinite(v))) return ['diverges'];
  let ratio: number;
  let alternates: boolean | null = null;
  if (xs.length >= 3) {
    ratio = Math.abs(xs[xs.length - 1]!) / Math.max(Math.abs(xs[0]!), 1e-300);
    const signs = xs.filter((v) => v !== 0).map(Math.sign);
    alternates = signs.length >= 3 && signs.every((s, i) => i === 0 || s !== signs[i - 1]);
  } else {
    ratio = Math.sqrt(losses[losses.length - 1]! / Math.max(losses[0]!, 1e-300));
  }
  if (ratio > 1 + 1e-3) return ['diverges'];
  if (ratio >= 1 - 1e-3) return ['stuck'];
  if (alternates === null) return ['converges', 'oscillates-converges'];
  return [alternates ? 'oscillates-converges' : 'converges'];
}
