/**
 * Where, in a gate cycle, the frames of a periodic stream can reach a port. A unit of the
 * stream leaves at phase + k·T and reaches the port within [lo, hi] after that (phaseAligned.ts,
 * `Phased`); the port's gate cycle C starts at base − offset with its clock offset in
 * [−sync, +sync] (sim/net/TsnScheduler.ts draws one per port). So the arrival's phase in the
 * cycle lies in phase + k·T − base + [lo − sync, hi + sync] (mod C), and k·T mod C takes the
 * values j·gcd(T, C): a few when the period and the cycle are commensurate, as in a schedule
 * built for the stream. Returned as intervals of the cycle's phase (not reduced mod C: the
 * service they meet is periodic); the whole cycle when that is all one knows.
 */
import type { Phased } from '../phaseAligned.ts';

const PS = 1e-12;
const MAX_PHASES = 64;

function gcd(a: number, b: number): number {
  while (b > 0) [a, b] = [b, a % b];
  return a;
}

export function phaseWindows(w: Phased | undefined, cycle: number, base: number, sync: number): [number, number][] {
  const whole: [number, number][] = [[0, cycle]];
  if (!w) return whole;
  const T = Math.round(w.period / PS);
  const C = Math.round(cycle / PS);
  const g = gcd(T, C);
  if (!(g > 0) || C / g > MAX_PHASES) return whole;
  const width = w.hi - w.lo + 2 * sync + 2 * PS;
  if (width >= cycle) return whole;
  const start = w.phase + w.lo - sync - PS - base;
  const out: [number, number][] = [];
  const step = g * PS;
  for (let j = 0; j < C / g; j++) {
    const a = (((start + j * step) % cycle) + cycle) % cycle;
    out.push([a, a + width]);
  }
  out.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const iv of out) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([...iv]);
  }
  return merged;
}
