import { describe, expect, it } from 'vitest';
import type { PacketId, PortId } from '../core/ids.ts';
import { Kernel } from '../core/Kernel.ts';
import { Rng } from '../core/Rng.ts';
import type { Ps } from '../core/SimTime.ts';
import { line } from '../engine/testScenario.ts';
import { loadScenario } from '../scenario/load.ts';
import { PacketPool } from './PacketPool.ts';
import { Ports } from './Ports.ts';
import { Routes } from './Routes.ts';

/** line(): A–S ports 0/1, A2–S 2/3 (10 Gb/s), S–B 4/5, S–GPU 6/7 (1 Gb/s); strict priority, 1 frame of transmit buffer, 3 packets per class */
const model = loadScenario(line({ scheduler: 'strict', txBuffer: 1, queueLimit: 3, switchLatency: '2 us' }));
const routes = new Routes([[4], [6], [0], [3]], (p) => model.links[p >> 1].mtu);

/** [time ns, port, bytes, class]: bursts that fill port 4's queues (drops), overtake by priority and refill the buffer */
const sends: (readonly number[])[] = [];
const at = [4, 4, 6, 4, 0, 3];
for (let i = 0; i < 48; i++) sends.push([Math.floor(i / 6) * 40, at[i % 6], 64 + ((i * 137) % 1400), (i * 5) % 3]);

/** Every arrival (time, packet), drop, and the ports' figures, with the ports' slots given first in `order`. */
function replay(order: readonly number[]) {
  const kernel = new Kernel();
  const pool = new PacketPool(4);
  const out: number[][] = [];
  const ports = new Ports({
    model,
    kernel,
    pool,
    routes,
    rng: new Rng(1),
    window: { startPs: 0 as Ps, endPs: 1e9 as Ps, binPs: 2e5, bins: 4 },
    onDrop: (pkt, port) => out.push(['drop', kernel.now, pkt, port] as never),
    onArrive: (pkt) => out.push([kernel.now, pkt]),
  });
  for (const p of order) ports.slots.of(p as PortId);
  const send = kernel.register('test:send', (i) => {
    const [, port, bytes, c] = sends[i];
    const pkt = pool.alloc() as PacketId;
    pool.size[pkt] = bytes;
    pool.prio[pkt] = c;
    pool.route[pkt] = [4, 6, 0, 3].indexOf(port);
    pool.hop[pkt] = 0;
    ports.enqueue(port as PortId, pkt);
  });
  sends.forEach(([ns], i) => kernel.push(ns * 1000, send, i, 0));
  kernel.run(1e12 as Ps, 1e9, () => {});
  const s = ports.stats;
  return { out, figures: [s.busyPs, s.frames, s.waitSum, s.waitCount, s.maxQueue, s.drops, s.busyBins(), s.hopWaitSum, s.hopFrames].map((a) => [...a]) };
}

describe('PortSlots', () => {
  it('gives the same frames, drops and figures whatever order the ports get their slots in', () => {
    const byPort = replay([0, 1, 2, 3, 4, 5, 6, 7]);
    const reversed = replay([7, 6, 5, 4, 3, 2, 1, 0]);
    expect(reversed).toEqual(byPort);
    // slots given by first use, as in a run
    expect(replay([])).toEqual(byPort);
    // the traffic queued, overtook and was dropped: every case above was exercised
    expect(byPort.out.filter((e) => e[0] === ('drop' as never)).length).toBeGreaterThan(0);
    expect(Math.max(...byPort.figures[4])).toBeGreaterThan(3);
    // each packet arrived or was dropped, once
    expect(byPort.out.length).toBe(sends.length);
  });
});
