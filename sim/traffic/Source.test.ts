import { describe, expect, it } from 'vitest';
import { Rng } from '../core/Rng.ts';
import type { FlowModel, PatternModel } from '../scenario/model.ts';
import { Source } from './Source.ts';

const MS = 1e9; // picoseconds

function flow(pattern: PatternModel, stopPs = 1000 * MS, startPs = 0): FlowModel {
  return { id: 'f', index: 0, from: 0, to: 1, size: { dist: 'constant', value: 100 }, priority: 0, tagged: false, pattern, route: [0], startPs, stopPs };
}

/** Every emission instant (with multiplicity) of a source. */
function times(f: FlowModel, rep = 0): number[] {
  const s = new Source(f, new Rng(1, rep));
  const out: number[] = [];
  for (let t = s.first(); t !== Infinity; t = s.next()) for (let k = 0; k < s.burstSize(); k++) out.push(t);
  return out;
}

describe('Source', () => {
  it('periodic: offset + n·period, within [start, stop)', () => {
    expect(times(flow({ type: 'periodic', periodPs: 10 * MS, offsetPs: 3 * MS }, 50 * MS))).toEqual([3, 13, 23, 33, 43].map((x) => x * MS));
    expect(times(flow({ type: 'periodic', periodPs: 10 * MS, offsetPs: 3 * MS }, 50 * MS, 20 * MS))).toEqual([23, 33, 43].map((x) => x * MS));
  });

  it('cbr: exact interval without drift over a million packets', () => {
    const t = times(flow({ type: 'cbr', intervalPs: (100 * 8 * 1e12) / 3e8, offsetPs: 0 }, 2667 * MS));
    expect(t.length).toBe(1_000_125);
    expect(t[999_999]).toBe(Math.round((999_999 * 800e12) / 3e8));
  });

  it('poisson: count within 4 standard deviations of λT, exponential gaps (coefficient of variation ≈ 1)', () => {
    const t = times(flow({ type: 'poisson', meanIntervalPs: 0.1 * MS }, 10_000 * MS));
    const n = t.length;
    expect(Math.abs(n - 100_000)).toBeLessThan(4 * Math.sqrt(100_000));
    const gaps = t.slice(1).map((x, i) => x - t[i]);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    const sd = Math.sqrt(gaps.reduce((a, g) => a + (g - mean) ** 2, 0) / gaps.length);
    expect(sd / mean).toBeGreaterThan(0.98);
    expect(sd / mean).toBeLessThan(1.02);
  });

  it('poisson: replications draw different arrivals', () => {
    const f = flow({ type: 'poisson', meanIntervalPs: 1 * MS }, 100 * MS);
    expect(times(f, 0)).not.toEqual(times(f, 1));
    expect(times(f, 0)).toEqual(times(f, 0));
  });

  it('burst: count packets per period, at once or spaced', () => {
    expect(times(flow({ type: 'burst', periodPs: 10 * MS, offsetPs: 0, count: 3, lastSize: 100, spacingPs: 0 }, 20 * MS))).toEqual([
      0,
      0,
      0,
      10 * MS,
      10 * MS,
      10 * MS,
    ]);
    expect(times(flow({ type: 'burst', periodPs: 10 * MS, offsetPs: 0, count: 3, lastSize: 100, spacingPs: MS }, 20 * MS))).toEqual(
      [0, 1, 2, 10, 11, 12].map((x) => x * MS),
    );
  });

  it('on-off: long-run rate is rate · on / (on + off)', () => {
    const f = flow({ type: 'onoff', intervalPs: 0.01 * MS, on: { dist: 'exponential', mean: 0.02 }, off: { dist: 'exponential', mean: 0.06 } }, 100_000 * MS);
    const n = times(f).length;
    expect(n / (100 / 0.01e-3)).toBeGreaterThan(0.24);
    expect(n / (100 / 0.01e-3)).toBeLessThan(0.26);
  });

  it('trace: exactly the given instants before stop', () => {
    expect(times(flow({ type: 'trace', timesPs: Float64Array.from([1, 5, 5, 9, 20]) }, 10))).toEqual([1, 5, 5, 9]);
  });
});
