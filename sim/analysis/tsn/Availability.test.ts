import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availability, availabilityLatency, gamma, longestGap, release } from './Availability.ts';

const us = 1e-6;

describe('the time a class can count on in a gate cycle', () => {
  // one window of W' usable per cycle C: Γ rises W' per cycle, and the worst wait is the gap C − W'
  // (Zhao, Pop & Craciunas, IEEE Access 2018: a rate-latency curve of rate R·W'/C and latency C − W')
  it('one window: rate W/C of the link, latency the gap', () => {
    const av = availability(1000 * us, [[100 * us, 300 * us]]);
    expect(av.perCycle).toBeCloseTo(200 * us, 15);
    expect(availabilityLatency(av)).toBeCloseTo(800 * us, 12);
    expect(longestGap(av)).toBeCloseTo(800 * us, 12);
    expect(gamma(av, 1250 * us)).toBeCloseTo(350 * us, 12);
  });

  it('release: a frame needing y of available time from s starts by then (the end of a gap counts)', () => {
    const av = availability(1000 * us, [[100 * us, 300 * us]]);
    expect(release(av, 150 * us, 50 * us)).toBeCloseTo(200 * us, 12);
    expect(release(av, 150 * us, 150 * us)).toBeCloseTo(1100 * us, 12); // 150 us left this window: the next one
    expect(release(av, 400 * us, 0)).toBeCloseTo(1100 * us, 12); // in the gap: waits for the window
  });

  it('wraps intervals past the cycle end and merges overlaps', () => {
    const av = availability(1000 * us, [
      [900 * us, 1100 * us],
      [50 * us, 150 * us],
    ]);
    expect(av.starts.map((x) => Math.round(x / us))).toEqual([0, 900]);
    expect(av.ends.map((x) => Math.round(x / us))).toEqual([150, 1000]);
  });

  it('the rate-latency curve stays under the available time from any start', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 300 })), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 3000 }),
        (ivs, s, v) => {
          const av = availability(
            1000 * us,
            ivs.map(([a, d]) => [a * us, (a + d) * us]),
          );
          const T = availabilityLatency(av);
          const got = gamma(av, (s + v) * us) - gamma(av, s * us);
          expect(got).toBeGreaterThanOrEqual((av.perCycle / av.cycle) * Math.max(0, v * us - T) - 1e-15);
        },
      ),
      { numRuns: 300 },
    );
  });
});
