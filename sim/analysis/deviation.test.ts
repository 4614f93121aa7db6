import { describe, expect, it } from 'vitest';
import { minCurves, rateLatency, tokenBucket } from './Curve.ts';
import { backlogBound, delayBound, inverseAt } from './deviation.ts';

describe('delay and backlog bounds', () => {
  // Le Boudec & Thiran, Network Calculus (LNCS 2050), Theorems 1.4.1 and 1.4.2 with the affine
  // arrival curve γ_{r,b} and the rate-latency service curve β_{R,T}: h = T + b/R, v = b + rT.
  it('single server: a token bucket through a rate-latency server waits at most T + b/R, backlog at most b + rT', () => {
    const alpha = tokenBucket(10_000, 1e6); // 10 kbit, 1 Mb/s
    const beta = rateLatency(10e6, 100e-6); // 10 Mb/s, 100 us
    expect(delayBound(alpha, beta)).toBeCloseTo(100e-6 + 10_000 / 10e6, 15); // 1.1 ms
    expect(backlogBound(alpha, beta)).toBeCloseTo(10_000 + 1e6 * 100e-6, 9); // 10 100 bit
  });

  // The T-SPEC of the IntServ guaranteed service (RFC 2212, Section "Error term"; Le Boudec &
  // Thiran Section 1.4.1): α = min(M + p t, b + r t) through a constant-rate server R with
  // r < R < p: h = (M + (b − M)(p − R)/(p − r)) / R.
  it('a peak-rate-limited token bucket (T-SPEC): h = (M + (b − M)(p − R)/(p − r)) / R', () => {
    const [M, p, b, r, R] = [12_000, 100e6, 120_000, 1e6, 10e6];
    const alpha = minCurves(tokenBucket(M, p), tokenBucket(b, r));
    expect(delayBound(alpha, rateLatency(R, 0))).toBeCloseTo((M + ((b - M) * (p - R)) / (p - r)) / R, 12); // 11.018 ms
  });

  it('is infinite when the arrival rate exceeds the service rate', () => {
    expect(delayBound(tokenBucket(1, 2e6), rateLatency(1e6, 0))).toBe(Infinity);
    expect(backlogBound(tokenBucket(1, 2e6), rateLatency(1e6, 0))).toBe(Infinity);
  });

  it('inverts a service curve: the latency for nothing served, then its rate', () => {
    const beta = rateLatency(1e6, 2e-3);
    expect(inverseAt(beta, 0)).toBe(2e-3);
    expect(inverseAt(beta, 1000)).toBeCloseTo(3e-3, 15);
  });
});
