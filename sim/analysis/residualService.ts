/**
 * What a work-conserving link of rate R leaves to a flow or a class, as a convex service curve:
 *
 *   β(t) = [R t − blocking − α_cross(t)]⁺, made non-decreasing,
 *
 * the residual of Le Boudec & Thiran (Network Calculus, LNCS 2050): blind multiplexing,
 * Theorem 6.2.1, for the cross traffic that may be served first (higher priorities, and for a
 * per-flow curve the other flows of its own FIFO class), plus the non-preemptive priority node
 * of Section 1.3.2 for `blocking` (bits of lower-priority frames already on the wire or
 * committed to the MAC, which priority cannot overtake).
 *
 * Cross traffic is concave (sums and minima of token buckets), so R t − blocking − α is convex
 * and the result is convex: zero up to its latency, then increasing. Returns null when the
 * cross traffic's long-term rate leaves nothing.
 */
import { rateLatency, type Curve } from './Curve.ts';

export function residualService(rate: number, blocking: number, cross: Curve): Curve | null {
  const slope = rate - cross.slope;
  if (!(slope > 0)) return null;
  const xs = cross.xs;
  const g = xs.map((x, i) => rate * x - blocking - cross.ys[i]);
  const n = xs.length;
  let convex = true;
  for (let i = 0; i + 1 < n; i++) {
    const s = (g[i + 1] - g[i]) / (xs[i + 1] - xs[i]);
    const next = i + 2 < n ? (g[i + 2] - g[i + 1]) / (xs[i + 2] - xs[i + 1]) : slope;
    if (s > next + 1e-9 * Math.max(1, Math.abs(next))) convex = false;
  }
  if (!convex) {
    // never expected (cross traffic is concave); a rate-latency curve under every breakpoint is still sound
    let T = 0;
    for (let i = 0; i < n; i++) T = Math.max(T, xs[i] - g[i] / slope);
    return rateLatency(slope, T);
  }
  // T = sup { t : g(t) ≤ 0 }; g(0) ≤ 0 because blocking and α(0) are not negative
  let T: number;
  if (g[n - 1] <= 0) T = xs[n - 1] - g[n - 1] / slope;
  else {
    let i = n - 1;
    while (i > 0 && g[i] > 0) i--;
    T = xs[i] + (-g[i] * (xs[i + 1] - xs[i])) / (g[i + 1] - g[i]);
  }
  const outX: number[] = [0];
  const outY: number[] = [0];
  if (T > 0) {
    outX.push(T);
    outY.push(0);
  }
  for (let i = 0; i < n; i++)
    if (xs[i] > T) {
      outX.push(xs[i]);
      outY.push(g[i]);
    }
  return { xs: outX, ys: outY, slope };
}
