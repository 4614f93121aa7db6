import { describe, expect, it } from 'vitest';
import { curveAt, tokenBucket } from './Curve.ts';
import { aggregate, analysePort, type PortEntry } from './analysePort.ts';
import { delayBound } from './deviation.ts';
import { because } from './Reason.ts';
import { residualService } from './residualService.ts';

const R = 100e6;
const entry = (label: string, cls: number, burst: number, rate: number, frame: number, prev = -1, prevRate = 0): PortEntry => ({
  label,
  cls,
  arrival: tokenBucket(burst, rate),
  frameMax: frame,
  frameMin: frame,
  prev,
  prevRate,
  ratio: 1,
  prevFrameBits: frame,
});

describe('one egress port', () => {
  it('FIFO: every frame waits at most the sum of the bursts over R (no blocking, no priority)', () => {
    const es = [entry('a', 0, 8000, 1e6, 8000), entry('b', 0, 12_000, 1e6, 12_000), entry('c', 0, 4000, 1e6, 4000)];
    const rs = analysePort({ rate: R, fifo: true, txBuffer: 2, label: 'p' }, es);
    for (const r of rs) {
      expect(r.delay).toBeCloseTo(24_000 / R, 15);
      expect(r.blocking).toBe(0);
    }
  });

  // Le Boudec & Thiran, Network Calculus, Section 1.3.2 (non-preemptive priority node): the high
  // class waits for one lower-priority frame, then its own burst: (b_H + l_L)/R.
  it('strict priority: the high class pays one lower-priority frame, the low class the high burst too', () => {
    const lLow = 1538 * 8;
    const es = [entry('high', 7, 800, 1e6, 800), entry('low', 0, lLow, 1e6, lLow)];
    const [high, low] = analysePort({ rate: R, fifo: false, txBuffer: 0, label: 'p' }, es);
    expect(high.blocking).toBe(lLow);
    expect(high.delay).toBeCloseTo((800 + lLow) / R, 15);
    // low: waits for the high burst and the high traffic arriving meanwhile, (b_H + b_L − l)/(R − r_H),
    // then sends its own frame l at the full rate: l/R (tighter than h(γ_L, β_{R − r_H, b_H/(R − r_H)}))
    expect(low.blocking).toBe(0);
    expect(low.delay).toBeCloseTo(800 / (R - 1e6) + lLow / R, 15);
    expect(low.delay).toBeLessThan(delayBound(tokenBucket(lLow, 1e6), { xs: [0, 800 / (R - 1e6)], ys: [0, 0], slope: R - 1e6 }));
  });

  it('a MAC buffer of n frames makes the blocking 1 + n frames of any class', () => {
    const es = [entry('high', 7, 800, 1e6, 800), entry('low', 0, 12_000, 1e6, 12_000)];
    const [high] = analysePort({ rate: R, fifo: false, txBuffer: 1, label: 'p' }, es);
    expect(high.blocking).toBe(2 * 12_000);
    expect(high.delay).toBeCloseTo((800 + 24_000) / R, 15);
  });

  it('line shaping: two bursts that arrive over one link of rate R cannot both be there at once', () => {
    const es = [entry('a', 0, 8000, 1e3, 8000, 5, R), entry('b', 0, 8000, 1e3, 8000, 5, R)];
    const a = aggregate(es, [0, 1]);
    expect(a.ys[0]).toBeCloseTo(8000 + 3 * R * 1e-12, 6); // one frame (and 3 ps of rounding) at once
    const [r] = analysePort({ rate: R, fifo: true, txBuffer: 0, label: 'p' }, es);
    expect(r.delay).toBeLessThan(16_000 / R);
    expect(r.delay).toBeGreaterThanOrEqual(8000 / R);
  });

  it('a flow behind an unbounded flow of its class is unbounded, and says so', () => {
    const es = [entry('ctrl', 3, 800, 1e6, 800), { ...entry('bulk', 3, 0, 0, 12_000), arrival: null, why: because('Poisson arrivals') }];
    const [ctrl] = analysePort({ rate: R, fifo: false, txBuffer: 0, label: 'S1→S2' }, es);
    expect(ctrl.delay).toBe(Infinity);
    expect(ctrl.why?.text).toBe('shares S1→S2 with bulk, which has no bound (Poisson arrivals)');
  });

  it('… but only blocks it when it has lower priority', () => {
    const es = [entry('ctrl', 3, 800, 1e6, 800), { ...entry('bulk', 1, 0, 0, 12_000), arrival: null, why: because('Poisson arrivals') }];
    const [ctrl] = analysePort({ rate: R, fifo: false, txBuffer: 0, label: 'p' }, es);
    expect(ctrl.delay).toBeCloseTo((800 + 12_000) / R, 15);
  });
});

describe('a port busier than blind multiplexing is made for each stream', () => {
  // past blindExact streams, each waits for all of them, itself included: a curve of more streams, so less service, never more
  const es = [0, 1, 2, 3, 4].map((k) => entry(`s${k}`, 0, 4000 + 1000 * k, 1e6 * (k + 1), 4000, k % 2, R));
  const spec = { rate: R, fifo: true, txBuffer: 0, label: 'p' };
  const exact = analysePort(spec, es);
  const shared = analysePort(spec, es, { blindExact: 3 });

  it('the same per-hop bounds (they wait for the whole class either way)', () => {
    expect(shared.map((r) => r.delay)).toEqual(exact.map((r) => r.delay));
    expect(shared.every((r) => r.coarse) && !exact.some((r) => r.coarse)).toBe(true); // the report says so (computeBounds)
  });

  it('one service curve for all, below each stream’s own (Le Boudec & Thiran, Theorem 6.2.1, with a superset of cross traffic)', () => {
    const all = residualService(R, 0, aggregate(es, [0, 1, 2, 3, 4]))!;
    for (const [k, r] of shared.entries()) {
      expect(r.service).toEqual(all);
      for (const t of [0, 1e-5, 5e-5, 1e-4, 1e-3]) expect(curveAt(r.service!, t)).toBeLessThanOrEqual(curveAt(exact[k].service!, t));
    }
    expect(curveAt(shared[0].service!, 1e-3)).toBeLessThan(curveAt(exact[0].service!, 1e-3));
  });
});
