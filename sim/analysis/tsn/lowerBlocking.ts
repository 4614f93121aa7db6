/**
 * The blocking of one class of a TSN port (analyseTsnPort.ts): the one lower frame on the wire when
 * its backlog began, within its windows; for an express class and a preemptable frame it can cut,
 * one fragment (preemption.ts); or a held preempted frame, when that is longer (heldFrames.ts).
 * Seconds, and the term that explains it.
 */
import type { HopTerm } from '../BoundsReport.ts';
import { type GateSchedule, overlap } from './gateSchedule.ts';
import type { Holds } from './heldFrames.ts';
import { preemptBlockBits } from './preemption.ts';
import { preemptable, shaped, type TsnSpec } from './TsnSpec.ts';

export interface BlockedClass {
  tsn: TsnSpec;
  gates: GateSchedule | undefined;
  cls: number;
  /** the classes at the port */
  classes: readonly number[];
  rate: number;
  /** bits of a class's largest frame */
  frameMax(k: number): number;
  /** the class has frames arriving cut-through, which wait for their tails */
  tail: boolean;
  crossing: readonly number[];
  holds: Holds;
}

export function lowerBlocking(q: BlockedClass): { seconds: number; term?: HopTerm } {
  const { tsn: t, gates: g, cls: c, rate: R, holds } = q;
  // the engine looks again for a waiting express frame only on events (preemption.ts): not when its credit turns
  // eligible, nor when a frame arriving cut-through has its tail in, if a preemptable frame started meanwhile; and a
  // higher preemptable class's backlog, which may begin the busy period, never cuts the lower frame on the wire
  const cutsBlocker = !shaped(t, c) && !q.tail && !q.crossing.some((h) => preemptable(t, h));
  let b0 = 0;
  let fragment = false;
  for (const k of q.classes)
    if (k < c && (!g || overlap(g, c, k))) {
      const whole = q.frameMax(k) / R;
      const cut = !preemptable(t, c) && preemptable(t, k) && cutsBlocker ? preemptBlockBits(R, t.preamble, t.ifg, t.minFragment, q.frameMax(k)) / R : whole;
      if (cut < whole) fragment = true;
      b0 = Math.max(b0, cut);
    }
  if (holds.blocking > b0)
    return {
      seconds: holds.blocking,
      term: {
        source: '802.1Qbu',
        term:
          `held frame: 802.3br holds one preempted frame at a time, so a frame ` +
          `of class ${holds.from} cut by an express frame or stopped at its ` +
          `gate's close keeps class ${c} waiting until it has resumed and finished`,
        seconds: holds.blocking,
      },
    };
  if (fragment)
    return {
      seconds: b0,
      term: {
        source: '802.1Qbu',
        term:
          `express: waits for at most one fragment of a preemptable frame it cannot ` +
          `cut (≤ ${Math.round((b0 * R) / 8)} B on the wire) instead of a whole frame`,
        seconds: b0,
      },
    };
  if (!q.classes.some((k) => k < c)) return { seconds: b0 };
  // an express class that still waits for a whole preemptable frame: say why (preemption.ts)
  const uncut = !cutsBlocker && !preemptable(t, c) && t.minFragment > 0 && b0 > 0 && q.classes.some((k) => k < c && preemptable(t, k));
  const reason = shaped(t, c)
    ? 'no cut when its credit turns positive'
    : q.tail
      ? 'no cut when the tail of a frame arriving cut-through is in'
      : 'a higher preemptable class waits for it, uncut';
  return {
    seconds: b0,
    term: {
      source: 'strict priority',
      term:
        b0 === 0
          ? 'no lower-priority frame can start in its windows'
          : uncut
            ? `blocking: one whole preemptable frame (${reason})`
            : 'blocking: one lower-priority frame it cannot overtake',
      seconds: b0,
    },
  };
}
