/**
 * Piecewise-linear curves on [0, ∞), the functions network calculus computes with: arrival
 * curves (concave: sums and minima of token buckets) and service curves (convex: rate-latency
 * curves and what remains of a server after cross traffic). Units are the caller's (bits and
 * seconds here).
 *
 * A curve is linear between its breakpoints `xs` (xs[0] = 0, increasing) with values `ys`,
 * and continues with `slope` after the last one. The value at 0 is the burst (α(0⁺) in the
 * book's notation), which is what a bound needs.
 */
export interface Curve {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly slope: number;
}

/** γ_{r,b}: a token bucket of burst b and rate r (the affine arrival curve of Le Boudec & Thiran, Network Calculus, LNCS 2050, Section 1.2.2). */
export function tokenBucket(burst: number, rate: number): Curve {
  return { xs: [0], ys: [burst], slope: rate };
}

/** β_{R,T}(t) = R (t − T)⁺, the rate-latency service curve (Le Boudec & Thiran, Section 1.3.2). */
export function rateLatency(rate: number, latency: number): Curve {
  return latency > 0 ? { xs: [0, latency], ys: [0, 0], slope: rate } : { xs: [0], ys: [0], slope: rate };
}

export const ZERO: Curve = { xs: [0], ys: [0], slope: 0 };

/**
 * Whether a long-term rate `a` passes `b`. Rates summed in floating point can pass a link's rate
 * by a few units in the last place when the load is exactly 1 (8000 Mb/s offered to 8000 Mb/s),
 * where a finite bound exists: a relative tolerance far above rounding, far below any real excess.
 */
export function outgrows(a: number, b: number): boolean {
  return a > b * (1 + 1e-10);
}

export function curveAt(c: Curve, t: number): number {
  const { xs, ys } = c;
  let i = xs.length - 1;
  if (t >= xs[i]) return ys[i] + c.slope * (t - xs[i]);
  let lo = 0;
  while (i - lo > 1) {
    const mid = (lo + i) >> 1;
    if (xs[mid] <= t) lo = mid;
    else i = mid;
  }
  return ys[lo] + ((ys[i] - ys[lo]) * (t - xs[lo])) / (xs[i] - xs[lo]);
}

/** Slope of the piece that starts at x (or the final slope). */
function slopeAfter(c: Curve, x: number): number {
  const { xs, ys } = c;
  for (let i = 0; i < xs.length - 1; i++) if (x >= xs[i] && x < xs[i + 1]) return (ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]);
  return c.slope;
}

/** The breakpoints of all curves, sorted, each once (of equal ones, the first curve's), merged list by list: no sort, no flat copy. */
function union(...lists: (readonly number[])[]): number[] {
  // token buckets, all breaking at 0 alone: the common case of a port's sums
  if (lists.every((l) => l.length === 1 && l[0] === lists[0][0])) return lists.length === 0 ? [] : [lists[0][0]];
  let out: readonly number[] = lists[0];
  for (let k = 1; k < lists.length; k++) out = merged(out, lists[k]);
  return lists.length === 1 ? dedupe(out) : (out as number[]);
}

/** Two increasing lists as one, each value once (on a tie, a's). */
export function merged(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out.length === 0 || x > out[out.length - 1]) out.push(x);
  }
  return out;
}

const dedupe = (xs: readonly number[]): number[] => merged(xs, []);

/** Drops breakpoints where the slope does not change. */
function simplify(xs: number[], ys: number[], slope: number): Curve {
  const X: number[] = [xs[0]];
  const Y: number[] = [ys[0]];
  for (let i = 1; i < xs.length; i++) {
    const sIn = (ys[i] - Y[Y.length - 1]) / (xs[i] - X[X.length - 1]);
    const sOut = i + 1 < xs.length ? (ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]) : slope;
    if (Math.abs(sIn - sOut) <= 1e-12 * Math.max(1, Math.abs(sIn), Math.abs(sOut))) continue;
    X.push(xs[i]);
    Y.push(ys[i]);
  }
  return { xs: X, ys: Y, slope };
}

export function addCurves(...cs: Curve[]): Curve {
  if (cs.length === 0) return ZERO;
  const xs = union(...cs.map((c) => c.xs));
  // summed curve by curve in order, as a reduce from 0 would
  const ys: number[] = [];
  let slope = 0;
  for (const x of xs) {
    let y = 0;
    for (const c of cs) y += curveAt(c, x);
    ys.push(y);
  }
  for (const c of cs) slope += c.slope;
  return simplify(xs, ys, slope);
}

/** Pointwise minimum (exact: crossings become breakpoints). */
export function minCurves(a: Curve, b: Curve): Curve {
  const xs = union(a.xs, b.xs);
  const pts: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    pts.push(xs[i]);
    const d0 = curveAt(a, xs[i]) - curveAt(b, xs[i]);
    const sa = slopeAfter(a, xs[i]);
    const sb = slopeAfter(b, xs[i]);
    const end = i + 1 < xs.length ? xs[i + 1] : Infinity;
    // on this piece a − b = d0 + (sa − sb)(t − x): a sign change inside is a breakpoint of the minimum
    if (sa !== sb) {
      const cross = xs[i] - d0 / (sa - sb);
      if (cross > xs[i] && cross < end) pts.push(cross);
    }
  }
  // past the last breakpoint the curves no longer cross: the one below far out sets the slope
  const last = pts[pts.length - 1];
  const probe = last + Math.max(1, last);
  const slope = curveAt(a, probe) <= curveAt(b, probe) ? a.slope : b.slope;
  return simplify(
    pts,
    pts.map((x) => Math.min(curveAt(a, x), curveAt(b, x))),
    slope,
  );
}

/** c + k (a constant shift up or down). */
export function shiftUp(c: Curve, k: number): Curve {
  return { xs: c.xs, ys: c.ys.map((y) => y + k), slope: c.slope };
}

/** k · c (k ≥ 0): a curve in other units, or bits inflated by a ratio. */
export function scaleCurve(c: Curve, k: number): Curve {
  return { xs: c.xs, ys: c.ys.map((y) => y * k), slope: c.slope * k };
}

/**
 * t ↦ c(t + d) for d ≥ 0: an arrival curve moved left by a delay bound, the curve of what
 * leaves a server whose delay is at most d (Le Boudec & Thiran, Theorem 1.4.3, output bound).
 */
export function shiftLeft(c: Curve, d: number): Curve {
  if (!(d > 0)) return c;
  const xs = [0];
  const ys = [curveAt(c, d)];
  for (let i = 0; i < c.xs.length; i++)
    if (c.xs[i] > d) {
      xs.push(c.xs[i] - d);
      ys.push(c.ys[i]);
    }
  return { xs, ys, slope: c.slope };
}
