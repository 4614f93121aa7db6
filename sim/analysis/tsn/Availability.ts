/**
 * The time a class can count on at a gated port: a periodic set of intervals ("available"),
 * in which the class, when backlogged, is sent or loses the port only to the interference the
 * analysis counts separately (higher classes, one blocking frame). Γ(t) is the available time
 * in [0, t) of the port's clock, Γ(t + C) = Γ(t) + A.
 *
 *  - `release(s, y)`: the latest instant the available time since s stays ≤ y,
 *    sup { t : Γ(t) − Γ(s) ≤ y }: a frame that needs y of available time before it can start,
 *    from s on, has started by then (the end of a gap counts: it waits for the next window).
 *  - `latency()`: the smallest T with Γ(s + v) − Γ(s) ≥ (A/C)(v − T) for all s, v: the
 *    rate-latency lower bound (rate A/C of the link, latency T) of the periodic service, as in
 *    L. Zhao, P. Pop, S. Craciunas, "Worst-case latency analysis for IEEE 802.1Qbv time
 *    sensitive networks using network calculus", IEEE Access 6 (2018), for one class's windows.
 */
export interface Availability {
  cycle: number;
  /** disjoint available intervals [starts[i], ends[i]) within [0, cycle), increasing */
  starts: number[];
  ends: number[];
  /** available time before interval i within a cycle */
  before: number[];
  /** available time per cycle */
  perCycle: number;
}

const mod = (x: number, T: number) => ((x % T) + T) % T;

/** From intervals [a, b) of one cycle, b possibly beyond the cycle (wrapping), possibly overlapping. */
export function availability(cycle: number, intervals: readonly [number, number][]): Availability {
  const pieces: [number, number][] = [];
  for (const [a0, b0] of intervals) {
    if (!(b0 > a0)) continue;
    if (b0 - a0 >= cycle) return { cycle, starts: [0], ends: [cycle], before: [0], perCycle: cycle };
    const a = mod(a0, cycle);
    const b = a + (b0 - a0);
    if (b <= cycle) pieces.push([a, b]);
    else pieces.push([a, cycle], [0, b - cycle]);
  }
  pieces.sort((x, y) => x[0] - y[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [a, b] of pieces) {
    if (ends.length > 0 && a <= ends[ends.length - 1]) ends[ends.length - 1] = Math.max(ends[ends.length - 1], b);
    else {
      starts.push(a);
      ends.push(b);
    }
  }
  const before: number[] = [];
  let sum = 0;
  for (let i = 0; i < starts.length; i++) {
    before.push(sum);
    sum += ends[i] - starts[i];
  }
  return { cycle, starts, ends, before, perCycle: sum };
}

/** Γ(t): available time in [0, t) (t may be negative: Γ is then negative). */
export function gamma(av: Availability, t: number): number {
  const k = Math.floor(t / av.cycle);
  const x = t - k * av.cycle;
  let g = 0;
  for (let i = 0; i < av.starts.length && av.starts[i] < x; i++) g = av.before[i] + Math.min(x, av.ends[i]) - av.starts[i];
  return k * av.perCycle + g;
}

/** sup { t : Γ(t) ≤ z } (Infinity when nothing is ever available). */
export function gammaInverse(av: Availability, z: number): number {
  if (!(av.perCycle > 0)) return Infinity;
  let k = Math.floor(z / av.perCycle);
  let r = z - k * av.perCycle;
  if (r >= av.perCycle) {
    k++;
    r -= av.perCycle;
  }
  let i = av.starts.length - 1;
  while (i > 0 && av.before[i] > r) i--;
  return k * av.cycle + av.starts[i] + (r - av.before[i]);
}

/** 0.1 ps of available time: below the engine's resolution, above the rounding of Γ's sums. */
const EPS = 1e-13;

/**
 * The latest start: sup { t : Γ(t) − Γ(s) ≤ y }. When y uses up exactly what is left of an
 * interval the sup is the start of the next one (the frame cannot start at the interval's end:
 * its gate closes, or its guard band begins); Γ(s) + y computed in floating point may land a
 * hair below that level and so inside the interval, which would be early: EPS more of available
 * time rounds towards the later, safe answer.
 */
export function release(av: Availability, s: number, y: number): number {
  return gammaInverse(av, gamma(av, s) + Math.max(0, y) + EPS);
}

/**
 * Latency T of the rate-latency lower bound (A/C)(v − T)⁺ of Γ(s + v) − Γ(s): the largest
 * v − (C/A)·(available time in [s, s + v)), reached from the end of an interval to the start
 * of a later one (within a cycle: a whole cycle adds C − (C/A)·A = 0).
 */
export function availabilityLatency(av: Availability): number {
  if (!(av.perCycle > 0)) return Infinity;
  const n = av.starts.length;
  const C = av.cycle;
  let T = 0;
  for (let i = 0; i < n; i++)
    for (let j = 1; j <= n; j++) {
      const to = av.starts[(i + j) % n] + (i + j >= n ? C : 0);
      const from = av.ends[i];
      const avail = gamma(av, to) - gamma(av, from);
      T = Math.max(T, to - from - (C / av.perCycle) * avail);
    }
  return T;
}

/** The longest time without available time (the worst gap), for people. */
export function longestGap(av: Availability): number {
  const n = av.starts.length;
  if (n === 0) return Infinity;
  let g = 0;
  for (let i = 0; i < n; i++) g = Math.max(g, (i + 1 < n ? av.starts[i + 1] : av.starts[0] + av.cycle) - av.ends[i]);
  return g;
}
