import { describe, expect, it } from 'vitest';
import { Rng } from '../core/Rng.ts';
import { bucketOf, Histogram, lowerEdgeOf } from './Histogram.ts';

/** Nearest-rank percentile of a sorted array: sorted[ceil(p·n) − 1]. */
const exact = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
const PS = [0.1, 1, 10, 25, 50, 75, 90, 99, 99.9, 99.99, 100];

describe('Histogram', () => {
  it('percentiles are within 0.1 % of the exact nearest-rank value (lognormal latencies, 1 us–10 ms in ps)', () => {
    const s = new Rng(3).stream('h');
    const h = new Histogram();
    const values: number[] = [];
    for (let i = 0; i < 200_000; i++) {
      const z = Math.sqrt(-2 * Math.log(1 - s.next())) * Math.cos(2 * Math.PI * s.next());
      const v = Math.round(Math.exp(Math.log(100e6) + 1.2 * z));
      values.push(v);
      h.add(v);
    }
    values.sort((a, b) => a - b);
    for (const p of PS) expect(Math.abs(h.percentile(p) - exact(values, p)) / exact(values, p)).toBeLessThanOrEqual(0.001);
  });

  it("is exact where a percentile falls on a bucket's smallest or largest value", () => {
    const h = new Histogram();
    for (let i = 0; i < 600; i++) h.add(58_580_000);
    for (let i = 0; i < 300; i++) h.add(58_600_000 + i * 7);
    for (let i = 0; i < 100; i++) h.add(113_678_000);
    expect(h.percentile(50)).toBe(58_580_000);
    expect(h.percentile(60)).toBe(58_580_000);
    expect(h.percentile(100)).toBe(113_678_000);
    expect(h.percentile(95)).toBe(113_678_000);
  });

  it('merging two histograms equals one histogram of all values', () => {
    const s = new Rng(9).stream('m');
    const a = new Histogram();
    const b = new Histogram();
    const all = new Histogram();
    for (let i = 0; i < 50_000; i++) {
      const v = 1 + Math.floor(-1e7 * Math.log(1 - s.next()));
      (i % 3 === 0 ? a : b).add(v);
      all.add(v);
    }
    a.merge(b.data());
    for (const p of PS) expect(a.percentile(p)).toBe(all.percentile(p));
    expect(a.count).toBe(all.count);
  });

  it('counts values below one as zeros and reports NaN when empty', () => {
    const h = new Histogram();
    expect(h.percentile(50)).toBeNaN();
    h.add(0);
    h.add(0.5);
    h.add(10);
    expect(h.percentile(50)).toBe(0);
    expect(h.percentile(100)).toBe(10);
  });

  it('grows downwards and upwards across many octaves', () => {
    const h = new Histogram();
    const values = [1e9, 1e3, 1e15, 5, 1e12, 77];
    values.forEach((v) => h.add(v));
    const sorted = [...values].sort((x, y) => x - y);
    sorted.forEach((v, i) => expect(h.percentile(((i + 1) / values.length) * 100)).toBe(v));
  });

  it('keeps a window of 16 buckets for values that fall in a few (one histogram per flow of a large plant)', () => {
    const h = new Histogram();
    for (let i = 0; i < 1000; i++) h.add(12_345_000 + (i % 7) * 1000);
    expect(h.data().counts.length).toBe(16);
    expect(h.percentile(100)).toBe(12_351_000);
  });

  it('answers many percentiles in one scan with the values of percentile one by one (random histograms and lists)', () => {
    const s = new Rng(17).stream('q');
    const int = (n: number) => Math.floor(s.next() * n);
    for (let t = 0; t < 300; t++) {
      const h = new Histogram();
      const n = int(3) === 0 ? int(5) : int(5000);
      const spread = 10 ** (1 + int(9)); // from a bucket or two to many octaves
      for (let i = 0; i < n; i++) h.add(int(6) === 0 ? 0 : int(4) === 0 ? 1e6 : Math.round(1e6 + s.next() * spread));
      const ps = Array.from({ length: int(40) }, () => (int(5) === 0 ? [0.1, 50, 99.99, 100][int(4)] : 0.01 + s.next() * 99.99));
      ps.sort((a, b) => a - b);
      expect(h.percentiles(ps)).toEqual(ps.map((p) => h.percentile(p)));
    }
    expect(new Histogram().percentiles([50, 100])).toEqual([NaN, NaN]);
  });
  it('lists its occupied buckets with edges that hold their values: each value counted once, in [lower, upper), between min and max', () => {
    const s = new Rng(5).stream('o');
    const h = new Histogram();
    const values: number[] = [0.5];
    for (let i = 0; i < 5_000; i++) values.push(Math.round(1e6 * (1 + 99 * s.next() ** 3)));
    values.push(2 ** 30, 2 ** 30 - 1); // exactly on an edge, and just below it
    for (const v of values) h.add(v);
    const occupied = h.occupied();
    expect(occupied.reduce((n, b) => n + b.count, 0)).toBe(values.length);
    for (let i = 1; i < occupied.length; i++) expect(occupied[i].lower).toBeGreaterThanOrEqual(occupied[i - 1].upper);
    // every value, counted independently into the listed edges
    const counted = occupied.map((b) => values.filter((v) => (v < 1 ? b.lower === 0 : v >= b.lower && v < b.upper)));
    occupied.forEach((b, i) => {
      expect(counted[i].length).toBe(b.count);
      if (b.lower > 0) expect([b.min, b.max]).toEqual([Math.min(...counted[i]), Math.max(...counted[i])]);
    });
    expect(occupied[0]).toEqual({ lower: 0, upper: 1, count: 1, min: 0, max: 0 });
    expect(occupied.find((b) => b.lower === 2 ** 30)?.min).toBe(2 ** 30);
  });

  it('gives each bucket its lower edge: bucketOf(lowerEdgeOf(b)) = b, and the value just below it is in b − 1', () => {
    for (const v of [1, 3, 1000, 12_345_678, 2 ** 40 + 17, 1e15]) {
      const b = bucketOf(v);
      const edge = lowerEdgeOf(b);
      expect(edge).toBeLessThanOrEqual(v);
      expect(lowerEdgeOf(b + 1)).toBeGreaterThan(v);
      expect(bucketOf(edge)).toBe(b);
      expect(bucketOf(edge * (1 - 2 ** -52))).toBe(b - 1);
      expect((lowerEdgeOf(b + 1) - edge) / edge).toBeLessThanOrEqual(2 ** -10);
    }
  });
});
