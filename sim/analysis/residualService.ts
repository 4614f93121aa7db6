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
import { convexResidual } from './convexResidual.ts';
import { rateLatency, type Curve } from './Curve.ts';

/** convexResidual of the whole link, β(t) = R t. */
export function residualService(rate: number, blocking: number, cross: Curve): Curve | null {
  return convexResidual(rateLatency(rate, 0), blocking, cross);
}
