/**
 * [β(t) − blocking − α(t)]⁺ made non-decreasing: what a server with the convex service curve β
 * leaves to a flow after `blocking` bits and cross traffic α that may go first (blind
 * multiplexing, Le Boudec & Thiran, Network Calculus, Theorem 6.2.1). residualService is the
 * case β(t) = R t; here β may itself be a rate-latency curve (a gate's share of the link, a
 * credit-based shaper's idle slope). β convex and α concave make the result convex. Returns
 * null when α's long-term rate leaves nothing.
 */
import { curveAt, merged, rateLatency, type Curve } from './Curve.ts';

export function convexResidual(base: Curve, blocking: number, cross: Curve): Curve | null {
  const slope = base.slope - cross.slope;
  if (!(slope > 0)) return null;
  const xs = merged(base.xs, cross.xs);
  const g = xs.map((x) => curveAt(base, x) - blocking - curveAt(cross, x));
  const n = xs.length;
  let convex = true;
  for (let i = 0; i + 1 < n; i++) {
    const s = (g[i + 1] - g[i]) / (xs[i + 1] - xs[i]);
    const next = i + 2 < n ? (g[i + 2] - g[i + 1]) / (xs[i + 2] - xs[i + 1]) : slope;
    if (s > next + 1e-9 * Math.max(1, Math.abs(next))) convex = false;
  }
  if (!convex) {
    // not expected; a rate-latency curve under every breakpoint is still a lower bound (g is linear between them)
    let T = 0;
    for (let i = 0; i < n; i++) T = Math.max(T, xs[i] - g[i] / slope);
    return rateLatency(slope, T);
  }
  // T = sup { t : g(t) ≤ 0 } (g(0) ≤ 0: β(0) = 0 and the rest is not negative)
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
