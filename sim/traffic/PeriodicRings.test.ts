import { describe, expect, it } from 'vitest';
import { EventQueue } from '../core/EventQueue.ts';
import { Mulberry32 } from '../core/mulberry32.ts';
import { PeriodicRings } from './PeriodicRings.ts';

const EMIT = 1;
const OTHER = 2;

/**
 * Runs periodic flows (and other events scheduled by them, some at the very instants of
 * emissions) on an event queue until `end`, with their emissions in rings or each its own event;
 * returns every event run as (time, sequence number, kind, flow).
 */
function trace(periods: number[], offsets: number[], stops: number[], end: number, rings: boolean): string[] {
  const q = new EventQueue(4);
  const r = new PeriodicRings(rings ? periods : periods.map(() => 0));
  const n = periods.map(() => 0);
  const next = (f: number) => {
    const t = offsets[f] + n[f]++ * periods[f];
    return t < stops[f] ? t : Infinity;
  };
  for (let f = 0; f < periods.length; f++) r.schedule(q, EMIT, f, next(f), false);
  const out: string[] = [];
  while (q.peekTime() <= end && q.pop()) {
    out.push(`${q.time}/${q.seq}/${q.kind}/${q.a}`);
    if (q.kind !== EMIT) continue;
    const f = q.a;
    // a frame's arrival, sometimes at the instant of another flow's emission
    q.push(q.time + (f % 3 === 0 ? periods[(f + 1) % periods.length] - offsets[f] : 7), OTHER, f, 0);
    r.schedule(q, EMIT, f, next(f), q.b === 1);
  }
  return out;
}

describe('PeriodicRings', () => {
  it('the queue runs the same events in the same order, with the same sequence numbers, as with one event per emission', () => {
    const rand = new Mulberry32(7);
    const flows = 300;
    // three periods shared by many flows, a few of their own; offsets past one period; flows that stop
    const periods = Array.from({ length: flows }, (_, f) => (f % 50 === 0 ? 1000 + f : [1000, 3000, 250][f % 3]));
    const offsets = periods.map((p, f) => (f % 17 === 0 ? 2 * p + 5 : Math.floor(rand.next() * 4) * 50));
    const stops = periods.map((_, f) => (f % 11 === 0 ? 4000 : Infinity));
    const plain = trace(periods, offsets, stops, 20_000, false);
    expect(plain.length).toBeGreaterThan(15_000);
    expect(trace(periods, offsets, stops, 20_000, true)).toEqual(plain);
  });

  it('keeps one event per period in the queue once the flows run in step', () => {
    const q = new EventQueue();
    const r = new PeriodicRings(Array.from({ length: 100 }, () => 1000));
    for (let f = 0; f < 100; f++) r.schedule(q, EMIT, f, f * 10, false);
    expect(q.length).toBe(1);
  });

  it("refuses an emission that would come before the ring's latest", () => {
    const r = new PeriodicRings([1000, 1000]);
    expect(r.add(0, 500, 1)).toBe(true);
    expect(r.add(1, 400, 2)).toBe(false);
    expect(r.add(1, 500, 0)).toBe(false);
    expect(r.add(1, 500, 2)).toBe(true);
  });
});
