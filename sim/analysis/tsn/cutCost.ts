/**
 * What 802.1Qbu/802.3br cuts cost at a TSN port (analyseTsnPort.ts): which classes may be cut, and
 * the entries as they weigh on the wire. When the only express classes are above every preemptable
 * one and nothing preemptable is gated, each cut is followed by an express frame, whose bits are
 * counted one cut overhead larger (`seen`); otherwise every preemptable frame may be cut into all the
 * fragments it has (preemption.ts `cutRatio`), its own bits inflated (`own`).
 */
import type { PortEntry } from '../analysePort.ts';
import { scaleCurve } from '../Curve.ts';
import { cutOverhead, cutRatio } from './preemption.ts';
import { gated, preemptable, type TsnSpec } from './TsnSpec.ts';

export interface CutCost {
  /** the express classes (the port preempts) */
  express: number[];
  /** the class's frames may be cut */
  cuts(k: number): boolean;
  expressPays: boolean;
  /** each entry as its own class sends it, and as the others see it */
  own: PortEntry[];
  seen: PortEntry[];
}

export function cutCost(t: TsnSpec, entries: readonly PortEntry[], classes: readonly number[], membersOf: (c: number) => number[]): CutCost {
  const express = classes.filter((c) => t.minFragment > 0 && !preemptable(t, c));
  // frames under 2·min bytes cannot be cut (preemption.ts): such a class is sent whole
  const big = new Set(classes.filter((k) => membersOf(k).some((i) => (entries[i].bytes?.max ?? entries[i].frameMax / 8) >= 2 * (t.minFragment - 4))));
  const cuttable = classes.filter((c) => preemptable(t, c) && big.has(c));
  const cuts = (k: number) => preemptable(t, k) && big.has(k) && (express.length > 0 || gated(t, k));
  const expressPays =
    cuttable.length > 0 && express.length > 0 && express.every((e) => !gated(t, e) && cuttable.every((k) => e > k)) && cuttable.every((k) => !gated(t, k));
  const own = entries.map((e) =>
    cuts(e.cls) && !expressPays ? inflate(e, cutRatio(t.preamble, t.ifg, t.minFragment, e.bytes ?? { min: e.frameMin / 8, max: e.frameMax / 8 })) : e,
  );
  const seen = own.map((e) => (expressPays && express.includes(e.cls) ? inflate(e, 1 + (8 * cutOverhead(t.ifg)) / e.frameMin) : e));
  return { express, cuts, expressPays, own, seen };
}

function inflate(e: PortEntry, k: number): PortEntry {
  if (k === 1) return e;
  return {
    ...e,
    arrival: e.arrival && scaleCurve(e.arrival, k),
    window: e.window && { ...e.window, bits: e.window.bits * k },
    ratio: e.ratio * k,
    scale: (e.scale ?? 1) * k,
  };
}
