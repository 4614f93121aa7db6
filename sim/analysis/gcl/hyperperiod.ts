/** Least common multiple of periods (integer picoseconds), or undefined past `limit`. */

export function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

export function lcm(values: readonly number[], limit = Number.MAX_SAFE_INTEGER): number | undefined {
  let l = 1;
  for (const v of values) {
    const step = v / gcd(l, v);
    if (step > limit / l) return undefined;
    l *= step;
  }
  return l;
}
