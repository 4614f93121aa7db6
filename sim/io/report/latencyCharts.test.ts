import { describe, expect, it } from 'vitest';
import { barsOf, cdfAt, histogramOf } from './latencyCharts.ts';

describe('latency histogram from the CDF points', () => {
  it('a uniform distribution on [1 ms, 3 ms] (closed form: F(t) = (t − 1 ms) / 2 ms) has equal bins', () => {
    const cdf: [number, number][] = [
      [1e-3, 0],
      [2e-3, 0.5],
      [3e-3, 1],
    ];
    expect(cdfAt(cdf, 1.5e-3)).toBeCloseTo(0.25, 12);
    expect(cdfAt(cdf, 0)).toBe(0);
    expect(cdfAt(cdf, 1)).toBe(1);
    const h = histogramOf(cdf, 8);
    expect(h.from).toBe(1e-3);
    expect(h.width).toBeCloseTo(0.25e-3, 15);
    for (const s of h.share) expect(s).toBeCloseTo(1 / 8, 12);
  });

  it('the shares of a skewed distribution add up to one, the mass at the minimum in the first bin', () => {
    const cdf: [number, number][] = [
      [10e-6, 0],
      [10e-6, 0.4],
      [12e-6, 0.9],
      [50e-6, 1],
    ];
    const h = histogramOf(cdf, 24);
    expect(h.share.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(h.share[0]).toBeGreaterThan(0.4);
  });

  it('a constant latency is one bar', () => {
    expect(
      histogramOf([
        [5e-6, 0],
        [5e-6, 1],
      ]).share,
    ).toEqual([1]);
  });
});

describe("latency histogram from the run's buckets", () => {
  it('a bucket within one bin counts there whole; one across a bin edge is shared by the part of [min, max] on each side', () => {
    // 4 bins of 1 µs over [10 µs, 14 µs]
    const bars = barsOf(
      {
        lower: [9.99e-6, 11.2e-6, 12.9e-6, 13.99e-6],
        upper: [10.01e-6, 11.21e-6, 13.2e-6, 14.01e-6],
        count: [2, 3, 4, 1],
        min: [10e-6, 11.2e-6, 12.95e-6, 14e-6],
        max: [10e-6, 11.205e-6, 13.15e-6, 14e-6],
      },
      4,
    );
    expect(bars.from).toBe(10e-6);
    expect(bars.width).toBeCloseTo(1e-6, 18);
    // [12.95, 13.15] µs: a quarter below 13 µs, three quarters above; the greatest latency in the last bin
    const expected = [2, 3, 1, 3 + 1].map((n) => n / 10);
    bars.share.forEach((s, i) => expect(s).toBeCloseTo(expected[i], 12));
  });

  it('a constant latency is one bar, whatever its bucket', () => {
    expect(barsOf({ lower: [5e-6], upper: [5.004e-6], count: [7], min: [5.001e-6], max: [5.001e-6] }).share).toEqual([1]);
  });
});
