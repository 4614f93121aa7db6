/**
 * Pattern fitting against closed forms: make_captures.py's PROFINET times (1 ms cycle, jitter
 * ±3 µs) give numpy.polyfit's least-squares line (slope 1 000 000 ns, intercept 600 ns, spread
 * 5 000 ns); CBR rate = size × 8 / period; equal bursts; exponential gaps (coefficient of
 * variation 1) → Poisson; gaps neither regular nor exponential keep their trace.
 */
import { describe, expect, it } from 'vitest';
import { fitPattern } from './fitPattern.ts';

const JITTER_US = [0, 2, -1, 3, 0, 1, -2, 0, 2, 1];

describe('fitPattern', () => {
  it('periodic: the least-squares cycle, offset and jitter', () => {
    const fit = fitPattern(
      JITTER_US.map((j, k) => (1000 * k + j) * 1000),
      46,
      false,
    );
    expect(fit?.pattern).toEqual({ type: 'periodic', period: '1000000 ns', offset: '600 ns' });
    expect(fit?.why).toBe('periodic, cycle 1000000 ns, jitter 5000 ns: the 10 packets spread 5000 ns about their least-squares slots (≤ 10 % of the period)');
  });

  it('CBR for an IP flow: 128 B every 2 ms = 512 kb/s', () => {
    expect(fitPattern([250e3, 2250e3, 4250e3, 6250e3], 128, true)?.pattern).toEqual({ type: 'cbr', rate: '512000 b/s', offset: '250000 ns' });
  });

  it('bursts: 4 packets 10 µs apart every 5 ms', () => {
    const times = [0, 1, 2, 3, 4].flatMap((b) => [0, 1, 2, 3].map((i) => b * 5e6 + i * 1e4));
    expect(fitPattern(times, 1000, true)?.pattern).toEqual({ type: 'burst', period: '5000000 ns', count: 4, spacing: '10000 ns', offset: '0 ns' });
  });

  it('Poisson: gaps at the quantiles of an exponential of mean 100 µs, shuffled', () => {
    const n = 200;
    const gaps = Array.from({ length: n }, (_, i) => -Math.log(1 - (((i * 73) % n) + 0.5) / n) * 1e5);
    const times = gaps.reduce<number[]>((t, g) => [...t, t[t.length - 1] + g], [0]);
    const fit = fitPattern(times, 100, true);
    expect(fit?.pattern).toMatchObject({ type: 'poisson' });
    const mean = Number.parseInt((fit?.pattern as { interval: string } | undefined)?.interval ?? '', 10);
    expect(Math.abs(mean - 1e5) / 1e5).toBeLessThan(0.01);
  });

  it('gaps alternating 1 and 3 ms (CV 0.5), and fewer than 3 packets, fit nothing', () => {
    const times = Array.from({ length: 30 }, (_, i) => Math.floor(i / 2) * 4e6 + (i % 2) * 1e6);
    expect(fitPattern(times, 100, false)).toBeUndefined();
    expect(fitPattern([0, 1e6], 100, false)).toBeUndefined();
  });
});
