/**
 * The time a class can count on at a port with an 802.1Qbv gate control list: in each of its
 * windows [open, close), from open + b to close − g, where
 *  - g, the guard band, is the largest transmission the class must fit before its gate closes
 *    (the whole frame without its gap; for a preemptable class, at most a minimum fragment:
 *    sim/net/TsnScheduler.ts `needs`), capped by the longest window (larger frames are dropped);
 *  - b is how long a frame that started before the window opened can still hold the port: a
 *    frame of a class whose gate stays open across `open` (at most a whole frame, and no longer
 *    than its gate's close plus what may run past it), or the tail of one whose gate closed just
 *    before (the gap, or for a preemptable class a frame the engine lets run past its close).
 *    For a preemptable class, a frame of another preemptable class held across `open` keeps it
 *    waiting until that frame has resumed and finished (heldFrames.ts: `hold`).
 *    The classes in `traffic` are those the caller does not count otherwise (the higher classes
 *    that share the windows are interference over the whole interval, partial frames included).
 * Within those intervals a backlogged class whose frames fit is never passed over for a lower
 * class: the port sends it, a higher class, or finishes the one frame in progress when the
 * class's backlog began (counted as blocking by the caller).
 */
import { availability, type Availability } from './Availability.ts';
import { gateAt, type GateSchedule } from './gateSchedule.ts';

const PS = 1e-12;

export interface ClassTraffic {
  /** longest single transmission (wire bits with gap) */
  frameMax: number;
  /** may run past its gate's close for this long (seconds) */
  spill: number;
  /** for a preemptable class whose frame may be held (heldFrames.ts): how long it may still hold the port after `open` */
  hold?: (open: number) => number;
}

export function classAvailability(
  g: GateSchedule,
  c: number,
  guard: number,
  rate: number,
  traffic: ReadonlyMap<number, ClassTraffic>,
): { av: Availability; windowBlocking: number } {
  if (g.alwaysOpen[c]) return { av: availability(g.cycle, [[0, g.cycle]]), windowBlocking: 0 };
  let worst = 0;
  const intervals: [number, number][] = [];
  for (const w of g.windows[c]) {
    let b = 0;
    for (const [k, tr] of traffic) {
      const st = gateAt(g, k, w.open);
      const held = tr.hold ? tr.hold(w.open) : st.open ? Math.min(tr.frameMax / rate, st.left + tr.spill) : Math.max(0, tr.spill - st.ago);
      b = Math.max(b, held);
    }
    worst = Math.max(worst, b);
    if (w.close - guard > w.open + b) intervals.push([w.open + b, w.close - guard]);
  }
  return { av: availability(g.cycle, intervals), windowBlocking: worst };
}

/**
 * How long past its gate's close a transmission of a class may hold the port: its gap; for a
 * preemptable class, held at the close, fewer than min = minFragment − 4 bytes and the gap (it
 * started with a minimum fragment's room, so at the close at least min bytes are out: it is cut,
 * 4 B of mCRC, or finishes its last < min bytes); when the engine may miss the hold (`missed`,
 * preemption.ts), a whole frame.
 */
export function spillTime(rate: number, ifgBits: number, frameMax: number, preemptable: boolean, minFragment: number, missed: boolean): number {
  if (!preemptable) return ifgBits / rate + 2 * PS;
  return missed ? frameMax / rate : (8 * (minFragment - 5) + ifgBits) / rate + 2 * PS;
}
