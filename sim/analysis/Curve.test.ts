import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCurves, curveAt, merged, minCurves, rateLatency, shiftUp, tokenBucket } from './Curve.ts';

describe('piecewise-linear curves', () => {
  it('evaluates between and after breakpoints', () => {
    const c = rateLatency(10, 2);
    expect(curveAt(c, 1)).toBe(0);
    expect(curveAt(c, 5)).toBe(30);
    expect(curveAt({ xs: [0, 1, 3], ys: [5, 7, 8], slope: 1 }, 2)).toBe(7.5);
  });

  it('adds token buckets into a token bucket', () => {
    expect(addCurves(tokenBucket(3, 1), tokenBucket(4, 2))).toEqual({ xs: [0], ys: [7], slope: 3 });
  });

  it('takes the minimum exactly, its crossing a breakpoint, and follows the lower curve afterwards', () => {
    // peak rate 10 from 1, sustained rate 1 from 10: they cross at t = 1
    const m = minCurves(tokenBucket(1, 10), tokenBucket(10, 1));
    expect(m.xs).toEqual([0, 1]);
    expect(m.ys).toEqual([1, 11]);
    expect(m.slope).toBe(1);
  });

  it('min and sum agree with pointwise evaluation on random curves', () => {
    const curve = fc
      .tuple(
        fc.array(fc.tuple(fc.double({ min: 0.01, max: 5, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true })), { maxLength: 4 }),
        fc.double({ min: 0, max: 10, noNaN: true }),
      )
      .map(([pts, slope]) => {
        const xs = [0];
        const ys = [pts.length ? pts[0][1] : 0];
        for (const [dx, y] of pts.slice(1)) {
          xs.push(xs[xs.length - 1] + dx);
          ys.push(y);
        }
        return { xs, ys, slope };
      });
    fc.assert(
      fc.property(curve, curve, fc.double({ min: 0, max: 30, noNaN: true }), (a, b, t) => {
        expect(curveAt(minCurves(a, b), t)).toBeCloseTo(Math.min(curveAt(a, t), curveAt(b, t)), 6);
        expect(curveAt(addCurves(a, b), t)).toBeCloseTo(curveAt(a, t) + curveAt(b, t), 6);
        expect(curveAt(shiftUp(a, -2), t)).toBeCloseTo(curveAt(a, t) - 2, 9);
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('merges two increasing lists into the sorted values of both, each once, as sorting them would', () => {
    const increasing = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 12 }).map((xs) => xs.sort((a, b) => a - b).map((x) => x / 8));
    fc.assert(
      fc.property(increasing, increasing, (a, b) => {
        const sorted = [...a, ...b].sort((x, y) => x - y);
        expect(merged(a, b)).toEqual(sorted.filter((x, i) => i === 0 || x > sorted[i - 1]));
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
