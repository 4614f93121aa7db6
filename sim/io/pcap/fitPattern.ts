/**
 * A flow's packet times (ns) → the pattern that fits them, tried in this order, each with the
 * test that chose it: periodic (packets spread at most 10 % of the period about their least-squares
 * slots; CBR for IP flows, the same sends), bursts (gaps over 10× the median split equal-sized bursts that are
 * themselves periodic), Poisson (20 or more gaps whose coefficient of variation is 0.8–1.2, as an
 * exponential's is 1). None fitting, the trace is kept. The thresholds are NetLoom's choice.
 */
import type { FlowJson } from '../../scenario/schema.ts';

export interface Fit {
  pattern: FlowJson['pattern'];
  /** what was fitted and the test that chose it, for the assumed list */
  why: string;
}

const ns = (t: number) => `${Math.round(t)} ns`;

export function fitPattern(times: readonly number[], sizeBytes: number | undefined, ip: boolean): Fit | undefined {
  const n = times.length;
  if (n < 3) return undefined;
  const periodic = slotFit(times);
  if (periodic) {
    const { period, offset, jitter } = periodic;
    const test = `the ${n} packets spread ${ns(jitter)} about their least-squares slots (≤ 10 % of the period)`;
    if (ip && sizeBytes !== undefined) {
      const rate = (sizeBytes * 8 * 1e9) / period;
      return {
        pattern: { type: 'cbr', rate: `${+rate.toPrecision(6)} b/s`, offset: ns(times[0]) },
        why: `CBR ${+rate.toPrecision(6)} b/s (period ${ns(period)}, jitter ${ns(jitter)}): ${test}`,
      };
    }
    return { pattern: { type: 'periodic', period: ns(period), offset: ns(offset) }, why: `periodic, cycle ${ns(period)}, jitter ${ns(jitter)}: ${test}` };
  }
  const gaps = times.slice(1).map((t, i) => t - times[i]);
  const median = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)];
  const starts = [0, ...gaps.flatMap((g, i) => (g > 10 * median ? [i + 1] : []))];
  const counts = starts.map((s, i) => (starts[i + 1] ?? n) - s);
  if (starts.length >= 3 && counts.every((c) => c === counts[0]) && counts[0] >= 2) {
    const burst = slotFit(starts.map((s) => times[s]));
    if (burst) {
      const spacing = median;
      return {
        pattern: { type: 'burst', period: ns(burst.period), count: counts[0], spacing: ns(spacing), offset: ns(burst.offset) },
        why:
          `bursts of ${counts[0]} every ${ns(burst.period)}, ${ns(spacing)} apart: gaps over 10× the median (${ns(median)}) ` +
          `split ${starts.length} equal bursts, their starts periodic within ${ns(burst.jitter)}`,
      };
    }
  }
  const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
  const cv = Math.sqrt(gaps.reduce((a, g) => a + (g - mean) ** 2, 0) / gaps.length) / mean;
  if (gaps.length >= 20 && cv >= 0.8 && cv <= 1.2)
    return {
      pattern: { type: 'poisson', interval: ns(mean) },
      why: `Poisson, mean gap ${ns(mean)}: ${gaps.length} gaps with coefficient of variation ${cv.toFixed(2)} (0.8–1.2)`,
    };
  return undefined;
}

/** the least-squares line through (i, t_i): its slope is the period, and the spread about it the jitter; undefined past 10 % */
function slotFit(times: readonly number[]): { period: number; offset: number; jitter: number } | undefined {
  const n = times.length;
  const meanI = (n - 1) / 2;
  const meanT = times.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  times.forEach((t, i) => {
    num += (i - meanI) * (t - meanT);
    den += (i - meanI) ** 2;
  });
  const period = num / den;
  if (!(period > 0)) return undefined;
  const offset = meanT - period * meanI;
  const dev = times.map((t, i) => t - (offset + i * period));
  const jitter = Math.max(...dev) - Math.min(...dev);
  return jitter <= period / 10 ? { period, offset: Math.max(0, offset), jitter } : undefined;
}
