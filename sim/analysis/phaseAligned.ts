/**
 * An arrival curve for periodic streams that knows their phases. A periodic source emits its
 * units at exactly offset + k·T (sim/traffic/Source.ts; picosecond integers), so at a port the
 * unit k of stream i arrives within [φ_i + kT + lo_i, φ_i + kT + hi_i], lo and hi the least
 * and largest delay from the source so far. Streams with the same period T that are phased
 * apart (the cyclic control of a production line) then cannot all arrive at once, which a sum
 * of token buckets assumes.
 *
 * In a window [u, u + t] stream i has at most
 *   n_i(u, t) = ⌊(u + t − φ_i − lo_i)/T⌋ − ⌈(u − φ_i − hi_i)/T⌉ + 1
 * units, and the busiest window can be slid right until its left end meets the last arrival
 * of some unit, so the aggregate is α(t) = max_j Σ_i U_i n_i(φ_j + hi_j, t) (U_i the unit's
 * bits). That staircase repeats every T with Σ U_i more, so its smallest concave majorant is
 * the upper hull of its steps in [0, T) continued at the rate Σ U_i / T: the curve returned.
 *
 * The steps seen from j depend on j only through φ_j + hi_j: streams that end their windows at
 * the same instant (the same sensor in each of a plant's cells) see the same steps, which are
 * made once; and of the steps at one instant only the highest can be on the hull. So a
 * plant's n streams with m distinct window ends cost n·m steps, not n², and the curve is the
 * same to the last bit.
 */
import type { Curve } from './Curve.ts';

export interface Phased {
  bits: number;
  /** seconds */
  period: number;
  phase: number;
  lo: number;
  hi: number;
}

const mod = (x: number, T: number) => ((x % T) + T) % T;
/** rounding guard, in periods: boundaries this close to a unit count it (an overcount is safe, an undercount is not) */
const EPS = 1e-9;

/** The phase-aware arrival curve of streams sharing one period. */
export function phaseAligned(members: readonly Phased[]): Curve {
  const T = members[0].period;
  const rate = members.reduce((s, m) => s + m.bits, 0) / T;
  const points: [number, number][] = [];
  const seen = new Set<number>();
  for (const j of members) {
    const u = j.phase + j.hi;
    if (seen.has(u)) continue;
    seen.add(u);
    let v = 0;
    const jumps: [number, number][] = [];
    for (const i of members) {
      const n = Math.floor((u - i.phase - i.lo) / T + EPS) - Math.ceil((u - i.phase - i.hi) / T - EPS) + 1;
      v += i.bits * Math.max(0, n);
      jumps.push([Math.max(0, mod(i.phase + i.lo - u, T) - EPS * T), i.bits]);
    }
    jumps.sort((a, b) => a[0] - b[0]);
    // the last step at each instant (sums in the same order as ever)
    for (let k = 0; k < jumps.length; k++) {
      if (k === 0 && jumps[0][0] > 0) points.push([0, v]);
      v += jumps[k][1];
      if (k + 1 === jumps.length || jumps[k + 1][0] !== jumps[k][0]) points.push([jumps[k][0], v]);
    }
  }
  // t* = where a line of slope `rate` touches from above; left of it, the upper hull
  let star = 0;
  for (let k = 1; k < points.length; k++) {
    const [t, v] = points[k];
    const [ts, vs] = points[star];
    if (v - rate * t > vs - rate * ts || (v - rate * t === vs - rate * ts && t > ts)) star = k;
  }
  const tStar = points[star][0];
  const left = points.filter(([t]) => t <= tStar).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const hull: [number, number][] = [];
  for (const p of left) {
    if (hull.length > 0 && hull[hull.length - 1][0] === p[0]) continue; // same t, smaller value
    while (hull.length >= 2) {
      const [x1, y1] = hull[hull.length - 2];
      const [x2, y2] = hull[hull.length - 1];
      // drop the middle point when it lies on or below the chord
      if ((y2 - y1) * (p[0] - x1) <= (p[1] - y1) * (x2 - x1)) hull.pop();
      else break;
    }
    hull.push(p);
  }
  return { xs: hull.map((p) => p[0]), ys: hull.map((p) => p[1]), slope: rate };
}
