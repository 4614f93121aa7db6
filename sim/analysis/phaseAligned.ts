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
export function phaseAligned(members: readonly Phased[], cache?: PhaseCache): Curve {
  return (cache ? cache.steps(members) : phaseSteps(members)).without(-1);
}

/**
 * The curves of phaseSteps, kept by their members' windows from one round of a fixed point to the
 * next (boundNetwork.ts): a port analysed again because some of its streams moved has periods whose
 * streams did not, and their curves (n per period, each of n·m steps) are the same to the last bit,
 * being made of nothing else. `round()` forgets what the last round did not use.
 */
export class PhaseCache {
  private now = new Map<string, Map<number, Curve>>();
  private before = new Map<string, Map<number, Curve>>();

  round(): void {
    this.before = this.now;
    this.now = new Map();
  }

  steps(members: readonly Phased[]): { without(skip: number): Curve } {
    const key = members.map((m) => `${m.bits} ${m.period} ${m.phase} ${m.lo} ${m.hi}`).join(',');
    const made = this.now.get(key) ?? this.before.get(key) ?? new Map<number, Curve>();
    this.now.set(key, made);
    let steps: ReturnType<typeof phaseSteps> | undefined;
    return {
      without: (skip) => {
        let c = made.get(skip);
        if (!c) made.set(skip, (c = (steps ??= phaseSteps(members)).without(skip)));
        return c;
      },
    };
  }
}

/** Steps per window end kept for all-but-one curves up to this many numbers (n·m); beyond, made again for each. */
const KEPT = 1 << 22;

/**
 * The steps of streams sharing one period, made once for the curve of all of them and of all
 * but one (`without(k)` leaves out members[k]: what a stream waits for under blind
 * multiplexing), each the same to the last bit as phaseAligned of that list.
 */
export function phaseSteps(members: readonly Phased[]): { without(skip: number): Curve } {
  const T = members[0].period;
  const n = members.length;
  const ends = new Map<number, number>();
  for (const m of members) ends.set(m.phase + m.hi, (ends.get(m.phase + m.hi) ?? 0) + 1);
  const us = [...ends.keys()];
  // from window end u: each member's bits in the window at u, the instant of its next step, and the members in order of those instants
  const stepsFrom = (u: number) => {
    const held = new Float64Array(n);
    const at = new Float64Array(n);
    members.forEach((i, k) => {
      const units = Math.floor((u - i.phase - i.lo) / T + EPS) - Math.ceil((u - i.phase - i.hi) / T - EPS) + 1;
      held[k] = i.bits * Math.max(0, units);
      at[k] = Math.max(0, mod(i.phase + i.lo - u, T) - EPS * T);
    });
    const order = Int32Array.from(members.keys()).sort((a, b) => at[a] - at[b] || a - b);
    return { held, at, order };
  };
  const kept = us.length * n <= KEPT ? us.map(stepsFrom) : undefined;
  const bits = Float64Array.from(members, (m) => m.bits);
  // at most one step at 0 and n more per window end
  const ts = new Float64Array(us.length * (n + 1));
  const vs = new Float64Array(us.length * (n + 1));
  const sorting = [new Int32Array(ts.length), new Int32Array(ts.length)] as const; // where the hull puts them in order
  let all: Curve | undefined;
  const without = (skip: number): Curve => {
    let total = 0;
    for (let k = 0; k < n; k++) if (k !== skip) total += bits[k];
    const own = skip >= 0 ? members[skip].phase + members[skip].hi : NaN;
    let count = 0;
    const runs: number[] = [];
    us.forEach((u, a) => {
      if (u === own && ends.get(u) === 1) return;
      const { held, at, order } = kept?.[a] ?? stepsFrom(u);
      runs.push(count); // each window end's steps come in order of their instants
      let v = 0;
      for (let k = 0; k < n; k++) if (k !== skip) v += held[k];
      // the last step at each instant (sums in the order of the list, ties in list order)
      let first = true;
      for (let q = 0; q < n; q++) {
        const k = order[q];
        if (k === skip) continue;
        if (first && at[k] > 0) {
          ts[count] = 0;
          vs[count++] = v;
        }
        first = false;
        v += bits[k];
        let r = q + 1;
        if (r < n && order[r] === skip) r++;
        if (r === n || at[order[r]] !== at[k]) {
          ts[count] = at[k];
          vs[count++] = v;
        }
      }
    });
    runs.push(count);
    return hullOf(ts, vs, runs, total / T, sorting);
  };
  return { without: (skip) => (skip >= 0 ? without(skip) : (all ??= without(-1))) };
}

/**
 * The curve of the steps (ts, vs), given in runs of increasing instants (runs: where each starts, and the end): left of
 * where a line of slope `rate` touches from above, their upper hull; then that rate.
 */
function hullOf(ts: Float64Array, vs: Float64Array, runs: number[], rate: number, buffers: readonly [Int32Array, Int32Array]): Curve {
  const count = runs[runs.length - 1];
  // t* = where a line of slope `rate` touches from above; left of it, the upper hull
  let star = 0;
  let best = vs[0] - rate * ts[0];
  for (let k = 1; k < count; k++) {
    const key = vs[k] - rate * ts[k];
    if (key > best || (key === best && ts[k] > ts[star])) {
      star = k;
      best = key;
    }
  }
  const tStar = ts[star];
  // the steps up to t*, by instant (the highest first at one instant): the runs merged pairwise
  let [left, spare] = buffers;
  let bounds = [0];
  for (let r = 0; r + 1 < runs.length; r++) {
    let end = bounds[bounds.length - 1];
    for (let k = runs[r]; k < runs[r + 1] && ts[k] <= tStar; k++) left[end++] = k;
    if (end > bounds[bounds.length - 1]) bounds.push(end);
  }
  while (bounds.length > 2) {
    const next = [0];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const mid = bounds[r + 1];
      const hi = r + 2 < bounds.length ? bounds[r + 2] : mid;
      let a = bounds[r];
      let b = mid;
      let o = a;
      while (a < mid && b < hi) {
        const x = left[a];
        const y = left[b];
        // by instant, the highest first
        if (ts[y] < ts[x] || (ts[y] === ts[x] && vs[y] > vs[x])) {
          spare[o++] = y;
          b++;
        } else {
          spare[o++] = x;
          a++;
        }
      }
      while (a < mid) spare[o++] = left[a++];
      while (b < hi) spare[o++] = left[b++];
      next.push(hi);
    }
    [left, spare] = [spare, left];
    bounds = next;
  }
  const m = bounds[bounds.length - 1];
  const hx: number[] = [];
  const hy: number[] = [];
  for (let q = 0; q < m; q++) {
    const x = ts[left[q]];
    const y = vs[left[q]];
    if (hx.length > 0 && hx[hx.length - 1] === x) continue; // same t, smaller value
    while (hx.length >= 2) {
      const x1 = hx[hx.length - 2];
      const y1 = hy[hy.length - 2];
      const x2 = hx[hx.length - 1];
      const y2 = hy[hy.length - 1];
      // drop the middle point when it lies on or below the chord
      if ((y2 - y1) * (x - x1) <= (y - y1) * (x2 - x1)) {
        hx.pop();
        hy.pop();
      } else break;
    }
    hx.push(x);
    hy.push(y);
  }
  return { xs: hx, ys: hy, slope: rate };
}
