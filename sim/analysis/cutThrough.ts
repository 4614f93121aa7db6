/**
 * Cut-through forwarding as sim/net/Wire.ts does it. A frame longer than the switch's
 * `cutThroughBytes` reaches the switch's egress once its preamble and first bytes are in
 * (`send`): the per-hop bound of the port before the switch ends there, not at the last bit
 * (Stream.handoverBytes). The frame still cannot finish leaving before its last bit is in: when
 * the egress is faster than the rest of the frame takes to arrive, a plain egress starts it at
 * max(now, lastBitAt − its own transmission) and is held meanwhile (`startTx`), a TSN egress
 * lets its class wait for that instant (TsnScheduler `needs`) while other classes may go. The
 * analysis counts the wait as a longer frame: for the port (plain) or for the class (TSN).
 *
 * Early arrivals also shift by frame size (preamble + min(frame, cut-through) bytes after the
 * start instead of the whole frame): traffic over one input link may arrive up to that many
 * bytes' time closer together, which the line-shaping cap allows for.
 */
import type { LinkModel } from '../scenario/model.ts';
import { frameBits, frameBytes, type Stream } from './Stream.ts';

const PS = 1e-12;

/** Bits a frame of `size` holds the plain egress `to` for, after cut-through over `from` into a switch of latency `latency` (seconds). */
function occupancy(s: Stream, from: LinkModel, to: LinkModel, ct: number, latency: number, size: number): number {
  const own = frameBits(to, size, s.tagged);
  // the rest of the frame after the cut-through point, as it arrives, less the switch latency; then the gap
  const rest = (8 * (frameBytes(from, size, s.tagged) - ct)) / from.rateBps - latency + 2 * PS;
  return Math.max(own, 8 * to.framing.ifg + to.rateBps * PS + to.rateBps * rest);
}

/**
 * κ ≥ 1, the largest occupancy and the largest wait (bits): how much longer than their bits
 * frames of a stream hold a plain egress after a cut-through switch.
 */
export function tailInflation(s: Stream, from: LinkModel, to: LinkModel, ct: number, latency: number): { ratio: number; frameMax: number; tail: number } {
  const { min, max } = s.frameSizes;
  const candidates = [min, max];
  for (const l of [from, to]) {
    const knee = l.framing.minFrame - l.framing.overhead - (s.tagged ? l.framing.tag : 0);
    if (knee > min && knee < max) candidates.push(knee);
  }
  let ratio = 1;
  let tail = 0;
  for (const size of candidates) {
    const occ = occupancy(s, from, to, ct, latency, size);
    ratio = Math.max(ratio, occ / frameBits(to, size, s.tagged));
    tail = Math.max(tail, occ - frameBits(to, size, s.tagged));
  }
  return { ratio, frameMax: occupancy(s, from, to, ct, latency, max), tail };
}

/**
 * What a hop hands over and when: `bits` from the start of the largest frame's transmission
 * to its handover when the next node forwards cut-through, and the least `saving` (bits) between
 * a frame's handover and the end of its transmission (gap included), which pay-bursts-only-once
 * takes off at each hop.
 */
export function handover(link: LinkModel, bytes: { min: number; max: number }, ct: number): { cutThrough: number; bits: number; saving: number } {
  const ifg = 8 * link.framing.ifg;
  if (!(ct > 0)) return { cutThrough: 0, bits: 0, saving: ifg };
  return {
    cutThrough: ct,
    bits: 8 * (link.framing.preamble + Math.min(bytes.max, ct)) + link.rateBps * PS,
    saving: 8 * Math.max(0, bytes.min - ct) + ifg,
  };
}
