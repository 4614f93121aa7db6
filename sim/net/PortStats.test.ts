import { describe, expect, it } from 'vitest';
import type { PacketId, PortId } from '../core/ids.ts';
import { Kernel } from '../core/Kernel.ts';
import type { Ps } from '../core/SimTime.ts';
import { PacketPool } from './PacketPool.ts';
import { PortSlots } from './PortSlots.ts';
import { PortStats } from './PortStats.ts';
import { Routes } from './Routes.ts';

/** [port, route, hop, enqueued, now, busy for]: ports 3 and 0 transmit first, port 2 never */
const transmissions = [
  [3, 1, 1, 0, 10, 100],
  [0, 0, 0, 5, 20, 80],
  [1, 1, 0, 0, 1500, 60],
  [3, 1, 1, 900, 1600, 100],
  [0, 0, 0, 1000, 2100, 80],
  [3, 1, 1, 2000, 5000, 100],
];

/** PortStats after the transmissions in the order given, and one busy time corrected at port 1. */
function replay(order: readonly (readonly number[])[]): PortStats {
  const kernel = new Kernel();
  const pool = new PacketPool(4);
  const routes = new Routes([[0], [1, 3]], () => 1500);
  const stats = new PortStats(new PortSlots(4), kernel, routes, pool, { startPs: 0 as Ps, endPs: 4000 as Ps, binPs: 1000, bins: 3 });
  const pkt = pool.alloc() as PacketId;
  for (const [port, route, hop, enqueued, now, busy] of order) {
    pool.route[pkt] = route;
    pool.hop[pkt] = hop;
    pool.enqueued[pkt] = enqueued;
    kernel.pushWithSeq(now, kernel.reserveSeq(), 0, 0, 0);
    kernel.pop();
    stats.account(port as PortId, pkt, busy);
  }
  stats.adjustBusy(1 as PortId, 1500, 7);
  return stats;
}

describe('PortStats', () => {
  it('gives the same figures by port and by route position whatever order the ports first transmit in', () => {
    const byTime = replay(transmissions);
    const byPort = replay([...transmissions].sort((a, b) => a[0] - b[0] || a[4] - b[4]));
    for (const s of [byTime, byPort]) {
      expect([...s.busyPs]).toEqual([160, 67, 0, 200]);
      expect([...s.frames]).toEqual([2, 1, 0, 2]);
      expect([...s.waitSum]).toEqual([15 + 1100, 1500, 0, 10 + 700]);
      expect([...s.waitCount]).toEqual([2, 1, 0, 2]);
      // route positions: [0] of route 0, then [1, 3] of route 1
      expect([...s.hopWaitSum]).toEqual([1115, 1500, 710]);
      expect([...s.hopWaitMax]).toEqual([1100, 1500, 700]);
      expect([...s.hopFrames]).toEqual([2, 1, 2]);
      // busy per bin, port by port: port 0's three bins, port 1's, …; the transmission at 5000 is past the last bin
      expect([...s.busyBins()]).toEqual([80, 0, 80, 0, 67, 0, 0, 0, 0, 100, 100, 0]);
    }
  });
});
