/**
 * 802.1Qbu / 802.3br frame preemption as sim/net/TsnScheduler.ts does it, in the terms the
 * port analysis needs. A preemptable frame is cut once it has sent min = minFragment − 4 bytes
 * of frame data and at least as many are left; the fragment ends with a 4 B mCRC and the gap,
 * the rest later goes out behind an 8 B continuation preamble.
 *
 *  - Blocking of an express class by a preemptable frame (instead of a whole frame, the
 *    non-preemptive term of Le Boudec & Thiran, Section 1.3.2): when the express frame becomes
 *    ready the fragment on the wire either is cut once `min` bytes are out (preamble + min + 4 +
 *    gap) or, with fewer than `min` bytes left after that, or being a frame or a resumed rest
 *    of fewer than 2·min bytes (which cannot be cut at all), finishes: at most preamble (8 for a
 *    rest) + 2·min − 1 bytes + gap.
 *  - Each cut costs mCRC + gap + continuation preamble more wire time. A frame of F bytes has
 *    at most ⌊F/min⌋ fragments.
 *  - A gated preemptable frame may start when only a minimum fragment fits before its gate
 *    closes and is held at the close (a frame under 2·min that cannot be cut finishes its last
 *    < min bytes). Before TsnScheduler.armPreemption re-armed it, a hold's wake could be lost
 *    to an earlier one and the frame ran on, up to a whole frame past the close; the bounds
 *    still allow for that (sound, if looser than needed now).
 *  - The engine looks for a ready express frame on events only: its arrival, a wake it
 *    scheduled. A preemptable frame on the wire leaves wakes for its gate's close and for the
 *    time a waiting express frame can start (its tail in, its gate open, its credit back:
 *    armPreemption); before that last one, such a class could wait for a whole preemptable
 *    frame, which the bounds still allow for (analyseTsnPort `cutsBlocker`: sound, if looser
 *    than needed now). Nor does a higher class that is itself preemptable
 *    cut anything: the lower frame it waits for runs whole, and the backlog it builds meanwhile
 *    goes before the express class, so that class may wait for a whole preemptable frame too.
 *  - Only express frames cut: a preemptable frame of a higher class than an express one is cut
 *    for it and resumed at once (strict priority still picks it), as often as events come.
 */
const MCRC = 4;
const CONTINUATION = 8;
const PS = 1e-12;

/** Bytes one cut adds to the wire: mCRC, the gap after the fragment, the continuation preamble. */
export const cutOverhead = (ifg: number): number => MCRC + ifg + CONTINUATION;

/** Bits (with 2 ps of rounding) a preemptable transmission can still hold the port for after an express frame is ready. */
export function preemptBlockBits(rate: number, preamble: number, ifg: number, minFragment: number, frameMax: number): number {
  const min = minFragment - MCRC;
  return Math.min(frameMax, 8 * (Math.max(preamble, CONTINUATION) + 2 * min - 1 + ifg) + 2 * rate * PS);
}

/**
 * The ratio by which cuts may stretch a preemptable frame of min..max bytes on the wire (its
 * wire bits `wire(F)`): 1 + overhead · (⌊F/min⌋ − 1) / wire bytes, largest at the largest
 * fragment count (the count grows faster than the frame).
 */
export function cutRatio(preamble: number, ifg: number, minFragment: number, bytes: { min: number; max: number }): number {
  const min = minFragment - MCRC;
  const j = Math.floor(bytes.max / min);
  if (j < 2) return 1;
  return 1 + (cutOverhead(ifg) * (j - 1)) / (preamble + Math.max(j * min, bytes.min) + ifg);
}
