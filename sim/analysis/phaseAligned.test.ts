import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curveAt } from './Curve.ts';
import { PhaseCache, phaseAligned, type Phased, phaseSteps } from './phaseAligned.ts';

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

/** The curve as first written (every stream's n steps, n² in all): the merged steps must give it to the last bit. */
function everyStep(members: Phased[]): { xs: number[]; ys: number[]; slope: number } {
  const mod = (x: number, T: number) => ((x % T) + T) % T;
  const rate = members.reduce((s, m) => s + m.bits, 0) / T;
  const points: [number, number][] = [];
  for (const j of members) {
    const u = j.phase + j.hi;
    let v = 0;
    const jumps: [number, number][] = [];
    for (const i of members) {
      const n = Math.floor((u - i.phase - i.lo) / T + 1e-9) - Math.ceil((u - i.phase - i.hi) / T - 1e-9) + 1;
      v += i.bits * Math.max(0, n);
      jumps.push([Math.max(0, mod(i.phase + i.lo - u, T) - 1e-9 * T), i.bits]);
    }
    points.push([0, v]);
    jumps.sort((a, b) => a[0] - b[0]);
    for (const [t, bits] of jumps) points.push([t, (v += bits)]);
  }
  let star = 0;
  for (let k = 1; k < points.length; k++) {
    const [t, v] = points[k];
    const [ts, vs] = points[star];
    if (v - rate * t > vs - rate * ts || (v - rate * t === vs - rate * ts && t > ts)) star = k;
  }
  const left = points.filter(([t]) => t <= points[star][0]).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const hull: [number, number][] = [];
  for (const p of left) {
    if (hull.length > 0 && hull[hull.length - 1][0] === p[0]) continue;
    while (hull.length >= 2) {
      const [x1, y1] = hull[hull.length - 2];
      const [x2, y2] = hull[hull.length - 1];
      if ((y2 - y1) * (p[0] - x1) <= (p[1] - y1) * (x2 - x1)) hull.pop();
      else break;
    }
    hull.push(p);
  }
  return { xs: hull.map((p) => p[0]), ys: hull.map((p) => p[1]), slope: rate };
}

describe('phase-aware arrival curve of periodic streams', () => {
  it('is the curve of every stream’s steps to the last bit, of all and of all but one, when many streams share a window end (a plant’s cells)', () => {
    // few distinct windows, repeated (the same sensor in every cell), with fractional bits (the picosecond slack) and ties
    const window = fc.record({
      phase: fc.oneof(fc.constantFrom(0, T / 3, T / 2), fc.double({ min: 0, max: T, noNaN: true, maxExcluded: true })),
      lo: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 2 * T, noNaN: true })),
      width: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1.5 * T, noNaN: true })),
    });
    fc.assert(
      fc.property(
        fc.array(window, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constant(1104.01), fc.integer({ min: 1, max: 10_000 }))), { minLength: 2, maxLength: 40 }),
        (ws, picks) => {
          const ms = picks.map(([w, bits]) => {
            const x = ws[w % ws.length];
            return { bits, period: T, phase: x.phase, lo: x.lo, hi: x.lo + x.width };
          });
          expect(phaseAligned(ms)).toEqual(everyStep(ms));
          // and all but one, from the same steps (blind multiplexing leaves out each stream in turn)
          const steps = phaseSteps(ms);
          for (let k = 0; k < ms.length; k++) if (ms.length > 2) expect(steps.without(k)).toEqual(everyStep(ms.filter((_, j) => j !== k)));
        },
      ),
      { numRuns: 300, seed: 10 },
    );
  });

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

describe('phase-aware curves kept from one round of the fixed point to the next', () => {
  const ms: Phased[] = [0, 1, 2, 3].map((k) => ({ bits: 1104.01 + k, period: T, phase: k * 2e-4, lo: 2.4e-5, hi: 8.4e-4 + k * 1e-7 }));
  const moved = ms.map((m, k) => (k === 2 ? { ...m, hi: m.hi + 1e-6 } : m));

  it('are the curves phaseSteps makes, to the last bit', () => {
    const cache = new PhaseCache();
    for (const skip of [-1, 0, 1, 2, 3]) expect(cache.steps(ms).without(skip)).toEqual(phaseSteps(ms).without(skip));
  });

  it('made once while the windows stay, made again when one moves, forgotten after a round unused', () => {
    const cache = new PhaseCache();
    const first = cache.steps(ms).without(1);
    cache.round();
    expect(cache.steps(ms.map((m) => ({ ...m }))).without(1)).toBe(first); // the same windows, even in other objects
    expect(cache.steps(moved).without(1)).not.toBe(first);
    expect(cache.steps(moved).without(1)).toEqual(phaseSteps(moved).without(1));
    cache.round();
    cache.round();
    expect(cache.steps(ms).without(1)).not.toBe(first);
    expect(cache.steps(ms).without(1)).toEqual(first);
  });
});
