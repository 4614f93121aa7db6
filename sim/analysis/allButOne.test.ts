import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenBucket } from './Curve.ts';
import { aggregate, type PortEntry } from './analysePort.ts';
import { allButOne } from './allButOne.ts';

const T = 1e-3;

/** Entries of a busy port: a few inputs, periodic streams of two periods with repeated windows, others without a window, some unbounded. */
const entry = fc.record({
  prev: fc.integer({ min: -1, max: 3 }),
  burst: fc.double({ min: 100, max: 20_000, noNaN: true }),
  rate: fc.double({ min: 1e3, max: 1e8, noNaN: true }),
  window: fc.option(fc.tuple(fc.constantFrom(T, 4 * T), fc.integer({ min: 0, max: 3 }), fc.constantFrom(0, 2e-6, 3e-4)), { nil: undefined }),
  bits: fc.constantFrom(1104.01, 800, 12_336.5),
  bounded: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
});

function entries(
  raw: readonly { prev: number; burst: number; rate: number; window?: [number, number, number]; bits: number; bounded: boolean }[],
): PortEntry[] {
  return raw.map((r) => ({
    label: '',
    cls: 0,
    arrival: r.bounded ? tokenBucket(r.burst, r.rate) : null,
    frameMax: 12_000,
    frameMin: 672,
    prev: r.prev,
    prevRate: 1e9,
    ratio: 1 + r.prev / 10,
    prevFrameBits: 12_304 + r.prev,
    window: r.window && { bits: r.bits, period: r.window[0], phase: (r.window[1] * r.window[0]) / 4, lo: 1e-6, hi: 1e-6 + r.window[2] },
  }));
}

describe('all but one', () => {
  it('is the aggregate of the sequence without each entry, to the last bit', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 14 }), fc.integer({ min: 0, max: 13 }), (raw, shift) => {
        const es = entries(raw);
        // a sequence as analysePort makes it: the higher classes, then the class (not in index order)
        const seq = es.map((_, k) => (k + shift) % es.length);
        const others = allButOne(es, seq);
        for (const i of seq)
          expect(others(i)).toEqual(
            aggregate(
              es,
              seq.filter((m) => m !== i),
            ),
          );
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});
