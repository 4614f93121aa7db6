/** Link-layer framing: the bytes a packet occupies on the wire. */
import type { Framing } from './model.ts';

export const FRAMING: Record<'ethernet' | 'ppp', Framing> = {
  ethernet: { overhead: 18, tag: 4, minFrame: 64, preamble: 8, ifg: 12 },
  ppp: { overhead: 2, tag: 0, minFrame: 0, preamble: 0, ifg: 0 },
};

/** Bytes a packet of `size` bytes occupies on the wire, idle gap included. */
export function wireBytes(f: Framing, size: number, tagged: boolean): number {
  return Math.max(size + f.overhead + (tagged ? f.tag : 0), f.minFrame) + f.preamble + f.ifg;
}

/** A point-to-point link without Ethernet framing: PPP's 2 B, no padding, no gap ("ppp", or a custom framing that is the same). */
export const isPpp = (f: Framing): boolean => f.overhead === FRAMING.ppp.overhead && f.tag === 0 && f.minFrame === 0 && f.preamble === 0 && f.ifg === 0;
