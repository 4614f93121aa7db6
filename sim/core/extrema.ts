/**
 * Largest and smallest of a list of numbers, for lists of any length: `Math.max(...list)` passes
 * every item as an argument and overflows the stack past about 100,000 of them.
 */
export function maxOf(values: ArrayLike<number>, empty = -Infinity): number {
  let m = empty;
  for (let i = 0; i < values.length; i++) if (values[i] > m || Number.isNaN(values[i])) m = values[i];
  return m;
}

export function minOf(values: ArrayLike<number>, empty = Infinity): number {
  let m = empty;
  for (let i = 0; i < values.length; i++) if (values[i] < m || Number.isNaN(values[i])) m = values[i];
  return m;
}

/** Index of the first largest item, or -1 for an empty list. */
export function maxIndex(values: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) if (best < 0 || values[i] > values[best]) best = i;
  return best;
}
