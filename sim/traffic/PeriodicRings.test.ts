import { describe, expect, it } from 'vitest';
import { EventQueue } from '../core/EventQueue.ts';
import { Mulberry32 } from '../core/mulberry32.ts';
import { Rng } from '../core/Rng.ts';
import type { FlowModel } from '../scenario/model.ts';
import { PeriodicRings } from './PeriodicRings.ts';
import { Source } from './Source.ts';

const EMIT = 1;
const OTHER = 2;
const notPeriodic = { pattern: { type: 'poisson', meanIntervalPs: 1 }, stopPs: Infinity } as const;
const periodic = (periodPs: number) => ({ pattern: { type: 'periodic', periodPs, offsetPs: 0 }, stopPs: Infinity }) as const;

/**
 * Runs periodic flows (and other events scheduled by them, some at the very instants of
 * emissions) on an event queue until `end`, with their emissions in rings or each its own event;
 * returns every event run as (time, sequence number, kind, flow).
 */
function trace(periods: number[], offsets: number[], stops: number[], end: number, rings: boolean, together = false): string[] {
  const q = new EventQueue(4);
  const r = new PeriodicRings(periods.map((p) => (rings ? periodic(p) : notPeriodic)));
  const n = periods.map(() => 0);
  const next = (f: number) => {
    const t = offsets[f] + n[f]++ * periods[f];
    return t < stops[f] ? t : Infinity;
  };
  if (together)
    r.scheduleFirst(
      q,
      EMIT,
      periods.map((_, f) => next(f)),
    );
  else for (let f = 0; f < periods.length; f++) r.schedule(q, EMIT, f, next(f), false);
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
    expect(trace(periods, offsets, stops, 20_000, true, true)).toEqual(plain);
  });

  it('keeps one event per ring in the queue from the start when the first emissions are scheduled together, in any order', () => {
    const rand = new Mulberry32(3);
    // first emissions in no order within one period, and flows whose period is longer than the run
    const flows = Array.from({ length: 200 }, (_, f) => periodic(f % 2 === 0 ? 1000 : 1e9));
    const firsts = flows.map(() => Math.floor(rand.next() * 1000));
    const q = new EventQueue();
    new PeriodicRings(flows).scheduleFirst(q, EMIT, firsts);
    expect(q.length).toBe(2);
    expect(q.scheduled).toBe(200);
  });

  it("leaves a late first emission out of its ring, which then takes the others' next emissions", () => {
    const q = new EventQueue();
    const r = new PeriodicRings(Array.from({ length: 10 }, () => periodic(1000)));
    // flow 9 starts ten periods late; in the ring, every other flow's next emission would come before it
    r.scheduleFirst(q, EMIT, [...Array.from({ length: 9 }, (_, f) => f * 10), 10_000]);
    expect(q.length).toBe(2);
    for (let k = 0; k < 9; k++) {
      q.pop();
      r.schedule(q, EMIT, q.a, q.time + 1000, q.b === 1);
    }
    expect(q.length).toBe(2);
  });

  it('keeps one event per period in the queue once the flows run in step', () => {
    const q = new EventQueue();
    const r = new PeriodicRings(Array.from({ length: 100 }, () => periodic(1000)));
    for (let f = 0; f < 100; f++) r.schedule(q, EMIT, f, f * 10, false);
    expect(q.length).toBe(1);
  });

  it("refuses an emission that would come before the ring's latest", () => {
    const r = new PeriodicRings([periodic(1000), periodic(1000)]);
    expect(r.add(0, 500, 1)).toBe(true);
    expect(r.add(1, 400, 2)).toBe(false);
    expect(r.add(1, 500, 0)).toBe(false);
    expect(r.add(1, 500, 2)).toBe(true);
  });

  it("counts a periodic flow's instants as its Source does, to its stop", () => {
    const flow: FlowModel = {
      ...{ id: 'f', index: 0, from: 0, to: 1, size: { dist: 'constant', value: 100 }, priority: 0, tagged: false, route: [0] },
      pattern: { type: 'periodic', periodPs: 33_333_333_333.3, offsetPs: 1_234_567 },
      startPs: 100e9,
      stopPs: 2_000e9,
    };
    const src = new Source(flow, new Rng(1, 0));
    const mine = new Source(flow, new Rng(1, 0));
    const r = new PeriodicRings([flow]);
    const first = mine.first();
    expect(src.first()).toBe(first);
    r.startCount(0, mine.index());
    const theirs: number[] = [];
    const ours: number[] = [];
    for (let t = src.next(); t !== Infinity; t = src.next()) theirs.push(t);
    for (let t = r.next(0); t !== Infinity; t = r.next(0)) ours.push(t);
    expect(theirs.length).toBe(56); // n = 4 … 59 of offset + n·period in [100 s, 2,000 s), after the first (n = 3)
    expect(ours).toEqual(theirs);
  });
});
