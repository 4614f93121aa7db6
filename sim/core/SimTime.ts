/**
 * Simulated time: an integer count of picoseconds held in a number (exact to 2^53 ps ≈ 2.5 h).
 * A 10 Gb/s byte is exactly 800 ps.
 */
export type Ps = number & { readonly __unit: 'ps' };

export const PS_PER_S = 1e12;
/** Largest representable instant: 2^53 ps ≈ 9007 s. */
export const MAX_PS = Number.MAX_SAFE_INTEGER as Ps;

/** Seconds (a float) to the nearest integer picosecond. */
export function psFromSeconds(s: number): Ps {
  return Math.round(s * PS_PER_S) as Ps;
}

export function secondsFromPs(t: number): number {
  return t / PS_PER_S;
}

/** Time to serialize `bytes` at `rateBps`, rounded to the nearest picosecond. */
export function txTimePs(bytes: number, rateBps: number): Ps {
  return Math.round((bytes * 8 * PS_PER_S) / rateBps) as Ps;
}
