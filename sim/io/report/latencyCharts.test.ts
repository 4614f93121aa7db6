import { describe, expect, it } from 'vitest';
import { cdfAt, histogramOf } from './latencyCharts.ts';

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
