/**
 * Index of the last entry of an ascending array that is at or before `value` (0 when none is): which word an
 * offset falls in, given the words' start offsets.
 */
export function lastIndexAtOrBefore(ascending: readonly number[], value: number): number {
  let low = 0;
  let high = ascending.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (ascending[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
