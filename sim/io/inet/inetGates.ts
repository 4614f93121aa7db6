/**
 * A port's 802.1Qbv gate control list as INET's per-class PeriodicGate parameters: for each
 * traffic class, whether its gate starts open, how long it stays open and closed in turn (an even
 * list, as PeriodicGate wants), and the offset into that list at time 0.
 */
import type { GateModel } from '../../scenario/model.ts';

export interface ClassGate {
  initiallyOpen: boolean;
  /** picoseconds, open and closed in turn from `initiallyOpen`; empty: the gate never changes */
  durationsPs: number[];
  /** how far into the list the gate is at time 0, picoseconds */
  offsetPs: number;
}

/** The gate of traffic class `c` (PCP c) under the port's gate control list. */
export function classGate(g: GateModel, c: number): ClassGate {
  const runs: { open: boolean; ps: number }[] = [];
  for (const e of g.entries) {
    const open = ((e.mask >> c) & 1) === 1;
    const last = runs[runs.length - 1];
    if (last && last.open === open) last.ps += e.durationPs;
    else runs.push({ open, ps: e.durationPs });
  }
  if (runs.length === 1) return { initiallyOpen: runs[0].open, durationsPs: [], offsetPs: 0 };
  // an odd list starts and ends in the same state: the last run becomes the start of the first
  let shift = 0;
  if (runs.length % 2 === 1) {
    const last = runs.pop() as { open: boolean; ps: number };
    runs[0].ps += last.ps;
    shift = last.ps;
  }
  const offsetPs = (((shift - g.basePs) % g.cyclePs) + g.cyclePs) % g.cyclePs;
  return { initiallyOpen: runs[0].open, durationsPs: runs.map((r) => r.ps), offsetPs };
}
