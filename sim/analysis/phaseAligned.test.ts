import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curveAt } from './Curve.ts';
import { phaseAligned, type Phased } from './phaseAligned.ts';

const T = 1e-3;

/** The busiest window of length t, by brute force over window starts. */
function staircase(ms: Phased[], t: number): number {
  let best = 0;
  for (let k = 0; k <= 2000; k++) {
    const u = (T * k) / 2000;
    for (const start of [u, ...ms.map((m) => m.phase + m.hi)]) {
      let v = 0;
      for (const m of ms) for (let n = -3; n <= 6; n++) if (m.phase + n * T + m.lo <= start + t && m.phase + n * T + m.hi >= start) v += m.bits;
      best = Math.max(best, v);
    }
  }
  return best;
}

describe('phase-aware arrival curve of periodic streams', () => {
  it('two streams half a period apart never arrive together', () => {
    const c = phaseAligned([
      { bits: 1000, period: T, phase: 0, lo: 0, hi: 10e-6 },
      { bits: 1000, period: T, phase: T / 2, lo: 0, hi: 10e-6 },
    ]);
    expect(c.ys[0]).toBe(1000);
    expect(c.slope).toBeCloseTo(2000 / T, 9);
  });

  it('in phase, they do', () => {
    const c = phaseAligned([
      { bits: 1000, period: T, phase: 0, lo: 0, hi: 10e-6 },
      { bits: 1000, period: T, phase: 5e-6, lo: 0, hi: 10e-6 },
    ]);
    expect(c.ys[0]).toBe(2000);
  });

  it('is concave and never below the busiest window, for any phases and delay windows', () => {
    const member = fc.record({
      bits: fc.integer({ min: 1, max: 10_000 }),
      phase: fc.double({ min: 0, max: T, noNaN: true, maxExcluded: true }),
      lo: fc.double({ min: 0, max: 2 * T, noNaN: true }),
      width: fc.double({ min: 0, max: 1.5 * T, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(member, { minLength: 2, maxLength: 5 }), fc.double({ min: 0, max: 2.5 * T, noNaN: true }), (raw, t) => {
        const ms = raw.map((m) => ({ bits: m.bits, period: T, phase: m.phase, lo: m.lo, hi: m.lo + m.width }));
        const c = phaseAligned(ms);
        expect(curveAt(c, t)).toBeGreaterThanOrEqual(staircase(ms, t) - 1e-9);
        for (let i = 1; i + 1 < c.xs.length; i++) {
          const left = (c.ys[i] - c.ys[i - 1]) / (c.xs[i] - c.xs[i - 1]);
          const right = (c.ys[i + 1] - c.ys[i]) / (c.xs[i + 1] - c.xs[i]);
          expect(right).toBeLessThanOrEqual(left + 1e-6 * left);
        }
      }),
      { numRuns: 150, seed: 9 },
    );
  });
});
