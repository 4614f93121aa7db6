/**
 * IPv4 fragmentation as the engine does it at the source (sim/engine/Simulation.ts `send`):
 * a packet above the path MTU becomes fragments of at most the MTU, each with a 20 B header
 * and a payload that is a multiple of 8 bytes, the last one carrying the rest.
 */
import { minOf } from '../core/extrema.ts';
export const IP_HEADER = 20;

/** Fragment sizes of one packet, as (size, how many) pairs, largest first. */
export function fragments(size: number, mtu: number): { size: number; count: number }[] {
  if (size <= mtu) return [{ size, count: 1 }];
  const payload = Math.floor((mtu - IP_HEADER) / 8) * 8;
  const count = Math.ceil((size - IP_HEADER) / payload);
  const last = IP_HEADER + (size - IP_HEADER - (count - 1) * payload);
  return last === IP_HEADER + payload
    ? [{ size: last, count }]
    : [
        { size: IP_HEADER + payload, count: count - 1 },
        { size: last, count: 1 },
      ];
}

/**
 * The largest frame packets of `minSize` to `maxSize` bytes can produce: the largest packet
 * when none is fragmented; a full fragment when all are; when some are and some are not, a
 * packet just under the MTU goes whole, and that is the largest.
 */
export function largestFragment(minSize: number, maxSize: number, mtu: number): number {
  if (maxSize <= mtu) return maxSize;
  const full = IP_HEADER + Math.floor((mtu - IP_HEADER) / 8) * 8;
  return minSize <= mtu ? Math.max(mtu, full) : full;
}

/** The smallest fragment a packet of `minSize` to `maxSize` bytes can produce. */
export function smallestFragment(minSize: number, maxSize: number, mtu: number): number {
  if (maxSize <= mtu) return minSize;
  if (minSize === maxSize) return minOf(fragments(maxSize, mtu).map((f) => f.size));
  return Math.min(minSize, IP_HEADER + 1);
}
