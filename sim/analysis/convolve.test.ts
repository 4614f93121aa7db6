import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curveAt, rateLatency, tokenBucket, type Curve } from './Curve.ts';
import { convolve, packetized } from './convolve.ts';
import { delayBound } from './deviation.ts';

describe('concatenation of servers', () => {
  // Le Boudec & Thiran, Network Calculus, Section 1.4.3 ("pay bursts only once") and
  // Theorem 1.4.6: two rate-latency nodes in tandem offer β_{min(R1,R2), T1+T2}, so a
  // γ_{r,b} flow waits at most T1 + T2 + b / min(R1, R2), while adding the per-node bounds,
  // the burst grown to b + r T1 at the second node, gives T1 + b/R1 + T2 + (b + r T1)/R2.
  it('tandem: pay bursts only once, 7 ms, beats the sum of per-node bounds, 9.2 ms', () => {
    const [b, r, R1, T1, R2, T2] = [20_000, 1e6, 10e6, 1e-3, 5e6, 2e-3];
    const alpha = tokenBucket(b, r);
    const pboo = delayBound(alpha, convolve([rateLatency(R1, T1), rateLatency(R2, T2)]));
    const additive = delayBound(alpha, rateLatency(R1, T1)) + delayBound(tokenBucket(b + r * T1, r), rateLatency(R2, T2));
    expect(pboo).toBeCloseTo(T1 + T2 + b / Math.min(R1, R2), 12); // 7 ms
    expect(additive).toBeCloseTo(T1 + b / R1 + T2 + (b + r * T1) / R2, 12); // 9.2 ms
    expect(pboo).toBeLessThan(additive);
  });

  it('packetization: [β_{R,T} − l]⁺ = β_{R, T + l/R} (Le Boudec & Thiran Section 1.7)', () => {
    const c = packetized(rateLatency(1e9, 1e-6), 12_000);
    expect(c.xs[1]).toBeCloseTo(1e-6 + 12e-6, 15);
    expect(c.slope).toBe(1e9);
  });

  const convex = fc
    .tuple(
      fc.double({ min: 0, max: 5, noNaN: true }),
      fc.array(fc.tuple(fc.double({ min: 0.1, max: 3, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true })), { maxLength: 3 }),
      fc.double({ min: 0.1, max: 10, noNaN: true }),
    )
    .map(([latency, pieces, last]): Curve => {
      const slopes = [...pieces.map((p) => p[1]), last].sort((a, b) => a - b);
      const xs = [0, latency];
      const ys = [0, 0];
      pieces.forEach((p, i) => {
        xs.push(xs[xs.length - 1] + p[0]);
        ys.push(ys[ys.length - 1] + p[0] * slopes[i]);
      });
      return { xs: latency > 0 ? xs : xs.slice(1), ys: latency > 0 ? ys : ys.slice(1), slope: slopes[slopes.length - 1] };
    });

  it('equals the brute-force min-plus convolution inf_s f(s) + g(t − s) for convex curves', () => {
    fc.assert(
      fc.property(convex, convex, fc.double({ min: 0, max: 20, noNaN: true }), (f, g, t) => {
        let brute = Infinity;
        for (let k = 0; k <= 4000; k++) {
          const s = (t * k) / 4000;
          brute = Math.min(brute, curveAt(f, s) + curveAt(g, t - s));
        }
        const exact = curveAt(convolve([f, g]), t);
        expect(exact).toBeLessThanOrEqual(brute + 1e-9);
        expect(exact).toBeGreaterThanOrEqual(brute - 0.05 * (1 + brute)); // the grid misses the exact split by a little
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
