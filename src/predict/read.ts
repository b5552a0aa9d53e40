/**
 * Reading a run for `Prediction.happened`: printed numbers and plotted series (src/predict/types.ts).
 * Kept small and strict: a line that is not there gives NaN / null, never a guess.
 */
import type { RunResult } from '../runner/types';

/** The first number after `label` in the first printed line that contains it (NaN when absent). */
export function numberAfter(result: RunResult, label: string, from = 0): number {
  for (const line of result.logs.slice(from)) {
    const i = line.indexOf(label);
    if (i < 0) continue;
    const m = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/i.exec(line.slice(i + label.length));
    return m ? Number(m[0]) : NaN;
  }
  return NaN;
}

/** The numbers of every printed line that contains `label`, in order (one per line). */
export function numbersAfter(result: RunResult, label: string): number[] {
  return result.logs.flatMap((line, i) => (line.includes(label) ? [numberAfter(result, label, i)] : []));
}

/** The choice id whose printed value is smallest (or largest), given `id → label`. */
export function pickBy(result: RunResult, labels: Record<string, string>, want: 'min' | 'max'): string | null {
  let best: string | null = null;
  let bestV = want === 'min' ? Infinity : -Infinity;
  for (const [id, label] of Object.entries(labels)) {
    const v = numberAfter(result, label);
    if (Number.isNaN(v)) return null;
    if (want === 'min' ? v < bestV : v > bestV) [best, bestV] = [id, v];
  }
  return best;
}

export type Trend = 'down' | 'flat' | 'explode';

/**
 * How a loss series moved: `explode` when it ends non-finite or 100× above where it started, `down` when it ends
 * below half its start, else `flat`.
 */
export function trend(series: [number, number][] | number[] | undefined): Trend | null {
  if (!series || series.length < 2) return null;
  const y = (p: [number, number] | number) => (typeof p === 'number' ? p : p[1]);
  const first = y(series[0]!);
  const last = y(series[series.length - 1]!);
  if (Number.isNaN(first)) return null;
  if (!Number.isFinite(last) || last > 100 * Math.abs(first)) return 'explode';
  return last < first / 2 ? 'down' : 'flat';
}

/** Whether two runs printed the same lines. */
export const samePrint = (a: RunResult, b: RunResult | undefined): boolean =>
  b !== undefined && a.logs.length > 0 && a.logs.join('\n') === b.logs.join('\n');
