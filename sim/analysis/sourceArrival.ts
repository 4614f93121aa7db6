/**
 * What a flow's source can emit, as a token bucket on emission units: in any window of length t
 * it emits at most `burst + rate·t` units, a unit being one packet (periodic, cbr, trace,
 * on-off) or one whole burst of `count` packets (burst pattern). Derived from exactly what
 * sim/traffic/Source.ts emits, times rounded to the picosecond included.
 *
 * Sources without a deterministic bound (Poisson arrivals, packet sizes or on/off periods drawn
 * from exponential, normal or lognormal distributions) get a reason instead of a number.
 */
import type { Dist, FlowModel } from '../scenario/model.ts';
import { maxOf, minOf } from '../core/extrema.ts';

export interface SourceArrival {
  /** emission units in a window of length t: at most burst + rate·t */
  burst: number;
  /** units per second (long-term) */
  rate: number;
  /** the packets of one unit, at their largest sizes (bytes handed to the link layer) */
  packets: { size: number; count: number }[];
  /** smallest and largest packet the flow emits, bytes */
  minSize: number;
  maxSize: number;
  /** what the bucket stands for, for people */
  describe: string;
}

export type SourceResult = { ok: true; arrival: SourceArrival } | { ok: false; reason: string };

const PS = 1e-12;
const BOUNDED: ReadonlySet<Dist['dist']> = new Set(['constant', 'uniform', 'empirical']);

/** Range of packet sizes a size distribution yields as the engine draws it (non-constant draws are rounded, at least 1 B). */
export function sizeRange(d: Dist, roundConstant = false): { min: number; max: number } | undefined {
  const r = (x: number) => Math.max(1, Math.round(x));
  switch (d.dist) {
    case 'constant':
      return roundConstant ? { min: r(d.value), max: r(d.value) } : { min: d.value, max: d.value };
    case 'uniform':
      return { min: r(d.min), max: r(d.max) };
    case 'empirical':
      return { min: r(minOf(d.values)), max: r(maxOf(d.values)) };
    default:
      return undefined;
  }
}

/** Smallest and largest value of a bounded distribution (times, seconds), undefined when unbounded. */
export function distRange(d: Dist): { min: number; max: number } | undefined {
  switch (d.dist) {
    case 'constant':
      return { min: d.value, max: d.value };
    case 'uniform':
      return { min: d.min, max: d.max };
    case 'empirical':
      return { min: minOf(d.values), max: maxOf(d.values) };
    default:
      return undefined;
  }
}

const ms = (ps: number) => `${+(ps / 1e9).toPrecision(4)} ms`;

export function sourceArrival(flow: FlowModel): SourceResult {
  const p = flow.pattern;
  if (p.type === 'poisson') return { ok: false, reason: 'Poisson arrivals have no deterministic burst bound' };
  const sizes = sizeRange(flow.size);
  if (!sizes) return { ok: false, reason: `the packet size is ${flow.size.dist}-distributed, with no largest value` };
  const one = [{ size: sizes.max, count: 1 }];
  const fmt = `${+sizes.max.toPrecision(6)} B`;
  switch (p.type) {
    case 'periodic':
      // offset + n·period are exact picoseconds: a window of length t holds at most 1 + t/period sends
      return ok(1, 1 / (p.periodPs * PS), one, sizes, `1 packet of ≤ ${fmt} every ${ms(p.periodPs)}`);
    case 'cbr':
      // sends at offset + round(n·interval): ±0.5 ps off the lattice
      return ok(1 + 1 / p.intervalPs, 1 / (p.intervalPs * PS), one, sizes, `1 packet of ≤ ${fmt} every ${ms(p.intervalPs)} (constant bit rate)`);
    case 'burst': {
      const packets =
        p.count > 1
          ? [
              { size: sizes.max, count: p.count - 1 },
              { size: p.lastSize, count: 1 },
            ]
          : [{ size: p.lastSize, count: 1 }];
      return ok(
        1,
        1 / (p.periodPs * PS),
        packets,
        { min: Math.min(sizes.min, p.lastSize), max: Math.max(sizes.max, p.lastSize) },
        `a burst of ${p.count} packets every ${ms(p.periodPs)}`,
      );
    }
    case 'onoff': {
      const on = distRange(p.on);
      const off = distRange(p.off);
      if (!on || !BOUNDED.has(p.on.dist)) return { ok: false, reason: `the on periods are ${p.on.dist}-distributed: no deterministic bound` };
      if (!off || !BOUNDED.has(p.off.dist)) return { ok: false, reason: `the off periods are ${p.off.dist}-distributed: no deterministic bound` };
      // within an on period sends are `interval` apart; each on period (≥ cycle apart) can add one more
      const cycle = Math.max(1, Math.round(on.min / PS)) + Math.round(off.min / PS);
      const e = 1 + 1 / p.intervalPs;
      return ok(2 * e, 1 / (p.intervalPs * PS) + e / (cycle * PS), one, sizes, `on-off at 1 packet of ≤ ${fmt} every ${ms(p.intervalPs)} while on`);
    }
    case 'trace': {
      const times = Array.from(p.timesPs).filter((t) => t >= flow.startPs && t < flow.stopPs);
      const { burst, rate } = traceBucket(times);
      return ok(burst, rate, one, sizes, `a trace of ${times.length} sends`);
    }
  }
}

function ok(burst: number, rate: number, packets: SourceArrival['packets'], sizes: { min: number; max: number }, describe: string): SourceResult {
  return { ok: true, arrival: { burst, rate, packets, minSize: sizes.min, maxSize: sizes.max, describe } };
}

/**
 * The tightest token bucket of a trace for its own average rate r = (n − 1) / span:
 * b = max over i ≤ j of (j − i + 1) − r (t_j − t_i), in one pass. Rate per second.
 */
export function traceBucket(timesPs: readonly number[]): { burst: number; rate: number } {
  const n = timesPs.length;
  if (n === 0) return { burst: 0, rate: 0 };
  const span = timesPs[n - 1] - timesPs[0];
  const r = span > 0 ? (n - 1) / span : 0; // per picosecond
  let best = -Infinity;
  let b = 0;
  for (let j = 0; j < n; j++) {
    best = Math.max(best, r * timesPs[j] - j); // max over i ≤ j of r t_i − i
    b = Math.max(b, j + 1 - r * timesPs[j] + best);
  }
  return { burst: b + 1e-9, rate: r / PS };
}
