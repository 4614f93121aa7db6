/**
 * What a source puts on the wire: how a message is fragmented (as the engine's `send` does it,
 * IPv4 rules), the bytes its frames occupy on a link, and how many messages a pattern emits per
 * second. Compile uses it to refuse a source its first link cannot carry, the work estimate to
 * count packets.
 */
import { distMean } from './fields.ts';
import type { Framing, PatternModel } from './model.ts';
import { wireBytes } from './framing.ts';

export const IP_HEADER = 20;

/** Fragments of a message of `size` bytes on a route whose smallest MTU is `mtu`, and the payload of each full one. */
export function fragments(size: number, mtu: number): { count: number; payload: number } {
  if (size <= mtu) return { count: 1, payload: size };
  const payload = Math.floor((mtu - IP_HEADER) / 8) * 8;
  return { count: Math.ceil((size - IP_HEADER) / payload), payload };
}

/** Bytes on the wire (framing and idle gap included) of every frame of one message. */
export function messageWireBytes(size: number, mtu: number, framing: Framing, tagged: boolean): number {
  const { count, payload } = fragments(size, mtu);
  if (count === 1) return wireBytes(framing, size, tagged);
  const last = size - IP_HEADER - (count - 1) * payload;
  return (count - 1) * wireBytes(framing, IP_HEADER + payload, tagged) + wireBytes(framing, IP_HEADER + last, tagged);
}

/**
 * Messages emitted per second, on average, while the source is active. For on/off sources a
 * lower bound: every on period sends at least one message, at its start, whatever its length; a
 * trace's rate is its sends over `windowPs` (0 without one).
 */
export function messagesPerSecond(p: PatternModel, windowPs = 0): number {
  switch (p.type) {
    case 'periodic':
      return 1e12 / p.periodPs;
    case 'cbr':
      return 1e12 / p.intervalPs;
    case 'poisson':
      return 1e12 / (p.reproduce ? p.reproduce.meanSteps * p.reproduce.resolutionPs : p.meanIntervalPs);
    case 'burst':
      return (1e12 * p.count) / p.periodPs;
    case 'onoff': {
      const onPs = Math.max(1, distMean(p.on) * 1e12);
      const perOn = p.on.dist === 'constant' ? Math.ceil(onPs / p.intervalPs) : Math.max(1, onPs / p.intervalPs);
      return (1e12 * perOn) / (onPs + distMean(p.off) * 1e12);
    }
    case 'trace':
      return windowPs > 0 ? (p.timesPs.length * 1e12) / windowPs : 0;
  }
}
