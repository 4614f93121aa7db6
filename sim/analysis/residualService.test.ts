import { describe, expect, it } from 'vitest';
import { curveAt, minCurves, tokenBucket } from './Curve.ts';
import { delayBound } from './deviation.ts';
import { residualService } from './residualService.ts';

describe('residual service of a constant-rate link', () => {
  const C = 100e6;

  // Le Boudec & Thiran, Network Calculus, Section 1.3.2, non-preemptive priority node: the
  // high-priority flow is guaranteed [C t − l_max^L]⁺, so a γ_{r,b} high-priority flow waits at
  // most (b + l_max^L)/C: one lower-priority frame it cannot preempt, then its own burst.
  it('non-preemptive priority: the high class waits at most (b_H + l_L)/C', () => {
    const lLow = 1538 * 8;
    const high = residualService(C, lLow, tokenBucket(0, 0))!;
    expect(delayBound(tokenBucket(800, 1e6), high)).toBeCloseTo((800 + lLow) / C, 15);
  });

  // Same section / blind multiplexing (Theorem 6.2.1): the low class gets [C t − α_H(t)]⁺,
  // a rate-latency curve of rate C − r_H and latency b_H / (C − r_H).
  it('blind multiplexing: the low class gets β_{C − r_H, b_H/(C − r_H)}', () => {
    const low = residualService(C, 0, tokenBucket(8000, 20e6))!;
    expect(low.xs[1]).toBeCloseTo(8000 / 80e6, 15);
    expect(low.slope).toBe(80e6);
    expect(delayBound(tokenBucket(4000, 1e6), low)).toBeCloseTo(8000 / 80e6 + 4000 / 80e6, 15);
  });

  it('is convex for concave cross traffic (a peak-rate-limited bucket) and never above R t − cross', () => {
    const cross = minCurves(tokenBucket(12_000, 1e9), tokenBucket(60_000, 10e6));
    const beta = residualService(C, 1000, cross)!;
    for (let t = 0; t < 2e-3; t += 1e-5) {
      const y = curveAt(beta, t);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(Math.max(0, C * t - 1000 - curveAt(cross, t)) + 1e-6);
    }
    expect(beta.slope).toBe(90e6);
  });

  it('is null when the cross traffic takes the whole rate', () => {
    expect(residualService(C, 0, tokenBucket(0, C))).toBeNull();
  });
});
