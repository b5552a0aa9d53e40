/** Python arithmetic the schedulers rely on (docs/pytorch-optim-spec.md §1.8), including its ZeroDivisionError. */
import { ZeroDivisionError } from '../errors';

function checkDivisor(b: number): void {
  if (b === 0) throw new ZeroDivisionError('division by zero');
}

/** Python `a % b`: the result has the sign of the divisor. */
export function pymod(a: number, b: number): number {
  checkDivisor(b);
  return ((a % b) + b) % b;
}

/** Python `a // b` (floor division). */
export function floordiv(a: number, b: number): number {
  checkDivisor(b);
  return Math.floor(a / b);
}

/** `bisect.bisect_right(sorted, x)`: the number of elements ≤ x. */
export function bisectRight(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < sorted[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
