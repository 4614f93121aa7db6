/**
 * A port's gate control list from the reservations on it, over the port's cycle (the lcm of
 * its flows' periods). Within each reservation: other classes open until `guard`, every gate
 * shut until `open` (only when the frame waits), the scheduled class alone until `close`.
 * Outside reservations every class but the scheduled one is open. Adjacent entries with the
 * same gates merge; an opening for other classes too short to carry even their smallest frame
 * (and holding no scheduled frame) is given to its neighbour, which changes nothing a frame
 * can do and saves entries.
 */
import type { GateEntry } from './Schedule.ts';

export interface Reservation {
  flow: string;
  start: number;
  guard: number;
  open: number;
  close: number;
}

interface Segment {
  start: number;
  end: number;
  mask: number;
  free: boolean;
}

export interface GateList {
  entries: GateEntry[];
  windows: { flow: string; openPs: number; closePs: number }[];
  /** the longest time the other classes' gates stay open, counted across the cycle's end */
  longestOpeningPs: number;
}

/** `reservations` are in absolute time; each repeats every `cyclePs`. `minOtherPs`: wire time of the smallest frame of another class. */
export function buildGateList(reservations: readonly Reservation[], cyclePs: number, pcp: number, minOtherPs: number): GateList {
  const crit = 1 << pcp;
  const others = 0xff & ~crit;
  const segments: Segment[] = [];
  const push = (a: number, b: number, mask: number) => {
    if (b <= a) return;
    const s = ((a % cyclePs) + cyclePs) % cyclePs;
    const e = s + (b - a);
    segments.push({ start: s, end: Math.min(e, cyclePs), mask, free: false });
    if (e > cyclePs) segments.push({ start: 0, end: e - cyclePs, mask, free: false });
  };
  const windows: GateList['windows'] = [];
  for (const r of reservations) {
    push(r.start, r.guard, others);
    push(r.guard, r.open, 0);
    push(r.open, r.close, crit);
    const openPs = ((r.open % cyclePs) + cyclePs) % cyclePs;
    windows.push({ flow: r.flow, openPs, closePs: openPs + r.close - r.open });
  }
  segments.sort((a, b) => a.start - b.start);
  windows.sort((a, b) => a.openPs - b.openPs);
  // fill the gaps: every class but the scheduled one
  const filled: Segment[] = [];
  let t = 0;
  for (const s of segments) {
    if (s.start > t) filled.push({ start: t, end: s.start, mask: others, free: true });
    filled.push(s);
    t = s.end;
  }
  if (t < cyclePs) filled.push({ start: t, end: cyclePs, mask: others, free: true });
  // openings too short for any frame of the other classes, inside the cycle and holding no scheduled frame, go to the scheduled class
  for (let i = 1; i < filled.length - 1; i++) {
    const s = filled[i];
    if (s.free && s.end - s.start < minOtherPs && filled[i - 1].mask !== others && filled[i + 1].mask !== others) s.mask = filled[i - 1].mask;
  }
  const entries: GateEntry[] = [];
  for (const s of filled) {
    const last = entries[entries.length - 1];
    if (last && last.mask === s.mask) last.durationPs += s.end - s.start;
    else entries.push({ durationPs: s.end - s.start, mask: s.mask });
  }
  return { entries, windows, longestOpeningPs: longestOpening(entries, others) };
}

function longestOpening(entries: readonly GateEntry[], others: number): number {
  const open = (e: GateEntry) => (e.mask & others) === others;
  if (entries.every(open)) return Infinity;
  let best = 0;
  let run = 0;
  // twice round the cycle, so a run across its end counts whole
  for (let k = 0; k < 2 * entries.length; k++) {
    const e = entries[k % entries.length];
    run = open(e) ? run + e.durationPs : 0;
    best = Math.max(best, run);
  }
  return best;
}
