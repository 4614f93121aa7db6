import { describe, expect, it } from 'vitest';
import { Mulberry32 } from './mulberry32.ts';
import { Rng } from './Rng.ts';

describe('Rng', () => {
  it('the same seed, replication and name give the same stream', () => {
    const a = new Rng(42, 3).stream('flow:cam/arrivals');
    const b = new Rng(42, 3).stream('flow:cam/arrivals');
    for (let i = 0; i < 1000; i++) expect(a.next()).toBe(b.next());
  });

  it('streams differ by name, seed and replication', () => {
    const first = (seed: number, rep: number, name: string) => new Rng(seed, rep).stream(name).next();
    const base = first(1, 0, 'a');
    expect(first(1, 0, 'b')).not.toBe(base);
    expect(first(2, 0, 'a')).not.toBe(base);
    expect(first(1, 1, 'a')).not.toBe(base);
  });

  it('draws are uniform on [0, 1): chi-square over 20 bins below the 0.1 % critical value (43.8, 19 dof)', () => {
    const s = new Rng(7).stream('u');
    const bins = new Array(20).fill(0);
    const n = 200_000;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = s.next();
      if (!(u >= 0 && u < 1)) outside++;
      else bins[Math.floor(u * 20)]++;
    }
    expect(outside).toBe(0);
    const e = n / 20;
    const chi2 = bins.reduce((a, o) => a + ((o - e) * (o - e)) / e, 0);
    expect(chi2).toBeLessThan(43.8);
  });

  it('neighbouring streams are uncorrelated (|r| < 0.01 over 100 000 pairs)', () => {
    const a = new Rng(1).stream('x1');
    const b = new Rng(1).stream('x2');
    let sab = 0;
    let sa = 0;
    let sb = 0;
    let saa = 0;
    let sbb = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const x = a.next();
      const y = b.next();
      sab += x * y;
      sa += x;
      sb += y;
      saa += x * x;
      sbb += y * y;
    }
    const r = (sab / n - (sa / n) * (sb / n)) / Math.sqrt((saa / n - (sa / n) ** 2) * (sbb / n - (sb / n) ** 2));
    expect(Math.abs(r)).toBeLessThan(0.01);
  });
});

describe('Mulberry32', () => {
  // test vectors of ../shared/anchors/ns3/poisson_ref.py (bit-exact with the ns-3 reference program):
  // seed 1, X = round(−37 333.33 ns · ln(1 − u)), first send times 36825, 36927, 64912, 212976, 341922, 354243 ns
  it('reproduces the ns-3 reference Poisson source for seed 1', () => {
    const g = new Mulberry32(1);
    const mean = (1400 * 8 * 1e3) / 300;
    let t = 0;
    const times: number[] = [];
    for (let i = 0; i < 6; i++) times.push((t += Math.floor(-mean * Math.log(1 - g.next()) + 0.5)));
    expect(times).toEqual([36825, 36927, 64912, 212976, 341922, 354243]);
  });

  it('gives the reference count and exact sum of send times over 10 s (268 115 packets, 1 339 578 795 845 036 ns)', () => {
    const g = new Mulberry32(1);
    const mean = (1400 * 8 * 1e3) / 300;
    let t = 0;
    let n = 0;
    let sum = 0n;
    for (;;) {
      t += Math.floor(-mean * Math.log(1 - g.next()) + 0.5);
      if (t >= 10e9) break;
      n++;
      sum += BigInt(t);
    }
    expect(n).toBe(268115);
    expect(sum).toBe(1339578795845036n);
  });
});

describe('RngStream.exponential (ziggurat)', () => {
  it('follows Exp(1): Kolmogorov–Smirnov distance below the 1 % critical value 1.63/√n, mean and variance 1', () => {
    const s = new Rng(5).stream('exp');
    const n = 200_000;
    const xs = Float64Array.from({ length: n }, () => s.exponential()).sort();
    let d = 0;
    for (let i = 0; i < n; i++) {
      const cdf = 1 - Math.exp(-xs[i]);
      d = Math.max(d, Math.abs(cdf - i / n), Math.abs((i + 1) / n - cdf));
    }
    expect(d).toBeLessThan(1.63 / Math.sqrt(n));
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / n;
    expect(Math.abs(mean - 1)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
  });

  it('reaches the tail: P(X > 8) = e^-8 within sampling error', () => {
    const s = new Rng(6).stream('tail');
    const n = 2_000_000;
    let over = 0;
    for (let i = 0; i < n; i++) if (s.exponential() > 8) over++;
    const p = Math.exp(-8);
    expect(Math.abs(over / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  });
});
