import { describe, expect, it } from 'vitest';
import { rateLatency, tokenBucket } from './Curve.ts';
import { packetizedAll, pathBound, pathDelay } from './pathBound.ts';

describe('end-to-end bound along a route', () => {
  // Three store-and-forward hops of rate R with latencies T_h and a burst b of l-sized frames:
  // pay bursts only once gives Σ T_h + b/R + 2 l/R (a frame per junction but one) + constants.
  it('pays the burst once and one frame per junction but one', () => {
    const R = 100e6;
    const l = 8000;
    const hops = [0, 1, 2].map((h) => ({ service: rateLatency(R, (h + 1) * 1e-6), delay: 0, constant: 0.5e-6 }));
    const b = 5 * l;
    const p = pathBound(tokenBucket(b, 1e6), hops, l);
    expect(p.pboo).toBeCloseTo(6e-6 + b / R + (2 * l) / R + 1.5e-6, 12);
    expect(p.latency.reduce((s, x) => s + x, 0) + p.burst + 1.5e-6).toBeCloseTo(p.pboo, 12);
    expect(p.packetization.filter((x) => x > 0)).toHaveLength(2);
  });

  it('adds per-hop bounds for the additive bound, and gives up on a hop without service', () => {
    const hops = [
      { service: rateLatency(1e6, 0), delay: 1e-3, constant: 1e-6 },
      { service: null, delay: 2e-3, constant: 1e-6 },
    ];
    const p = pathBound(tokenBucket(1000, 1e3), hops, 1000);
    expect(p.additive).toBeCloseTo(3.002e-3, 12);
    expect(p.pboo).toBe(Infinity);
  });

  it('takes the slowest hop as the bottleneck that pays the burst', () => {
    const hops = [rateLatency(1e9, 0), rateLatency(10e6, 0), rateLatency(1e9, 0)].map((service) => ({ service, delay: 0, constant: 0 }));
    expect(pathBound(tokenBucket(80_000, 1e3), hops, 8000).bottleneck).toBe(1);
  });

  it('gives the delay of every prefix of a route as pathBound does, to the last bit', () => {
    // convex services of several pieces, savings, a slow middle hop, and a hop without service
    const services = [
      { xs: [0, 2e-6, 5e-6], ys: [0, 0, 300], slope: 1e9 },
      rateLatency(95e6, 3.3e-6),
      { xs: [0, 1e-6, 4e-6, 9e-6], ys: [0, 0, 120, 2400], slope: 7e8 },
      rateLatency(1e9, 0.7e-6),
    ];
    const hops = services.map((service, h) => ({ service, delay: (h + 1) * 1.1e-5, constant: 0.3e-6 * h, saving: 0.1e-6 * (h % 2) }));
    const alpha = tokenBucket(12_345, 2.5e6);
    for (const frame of [0, 1234]) {
      const packed = packetizedAll(hops, frame);
      for (let n = 1; n <= hops.length; n++) {
        const p = pathBound(alpha, hops.slice(0, n), frame);
        expect(pathDelay(alpha, hops.slice(0, n), packed)).toBe(Math.min(p.pboo, p.additive));
        expect(pathBound(alpha, hops.slice(0, n), frame, packed)).toEqual(p);
      }
    }
    const broken = [hops[0], { ...hops[1], service: null }, hops[2]];
    expect(pathDelay(alpha, broken, packetizedAll(broken, 1234))).toBe(pathBound(alpha, broken, 1234).additive);
  });
});
