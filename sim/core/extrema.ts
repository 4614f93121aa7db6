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
