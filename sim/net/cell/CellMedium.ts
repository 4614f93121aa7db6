/**
 * Private 5G cells. The devices on a cell's wireless links share its uplink (device → cell)
 * and its downlink (cell → device): each direction is one scheduler serving packets in strict
 * priority by PCP, FIFO within a class, at the direction's capacity. Before it can be
 * scheduled a packet waits for the next slot boundary and, uplink with a dynamic grant, for the
 * scheduling request and grant; every transmission fails with probability BLER and is
 * retransmitted after the HARQ round trip, up to the maximum number of transmissions, after
 * which the packet is lost. The core's user-plane latency is added on the way out of the cell.
 */
import type { PacketId, PortId } from '../../core/ids.ts';
import type { EventKind, Kernel } from '../../core/Kernel.ts';
import type { RngStream } from '../../core/Rng.ts';
import type { CellModel } from '../../scenario/model.ts';
import type { EgressMedium, PortContext } from '../EgressMedium.ts';
import type { PacketPool } from '../PacketPool.ts';
import type { PortStats } from '../PortStats.ts';
import { PS_BITS, type Wire } from '../Wire.ts';

const CLASSES = 8;

class Direction {
  busy = false;
  readonly head = new Int32Array(CLASSES).fill(-1);
  readonly tail = new Int32Array(CLASSES).fill(-1);
  constructor(readonly capacityBps: number) {}
}

class Cell {
  readonly dirs: [Direction, Direction];
  constructor(
    readonly m: CellModel,
    readonly rng: RngStream,
  ) {
    this.dirs = [new Direction(m.uplinkBps), new Direction(m.downlinkBps)];
  }
}

export class CellMedium implements EgressMedium {
  private readonly cells: Cell[] = [];
  /** per port: its cell and direction as cell * 2 + (0 uplink, 1 downlink), −1 if not a cell radio port */
  private readonly dirOf: Int32Array;
  private readonly kernel: Kernel;
  private readonly pool: PacketPool;
  private readonly wire: Wire;
  private readonly stats: PortStats;
  private readonly drop: PortContext['drop'];
  private readonly portOf: PortContext['portOf'];
  private readonly readyKind: EventKind;
  private readonly txEndKind: EventKind;

  constructor(ctx: PortContext) {
    ({ kernel: this.kernel, pool: this.pool, wire: this.wire, stats: this.stats, drop: this.drop, portOf: this.portOf } = ctx);
    const { model, rng } = ctx;
    this.dirOf = new Int32Array(model.ports.length).fill(-1);
    for (const n of model.nodes) {
      if (!n.cell) continue;
      const c = this.cells.push(new Cell(n.cell, rng.stream(`cell:${n.id}/radio`))) - 1;
      for (const p of model.ports) {
        if (!model.links[p.link].wireless) continue;
        if (p.to === n.index) this.dirOf[p.index] = 2 * c;
        else if (p.from === n.index) this.dirOf[p.index] = 2 * c + 1;
      }
    }
    this.readyKind = this.kernel.register('cell:ready', (port, pkt) => this.ready(port as PortId, pkt as PacketId, this.kernel.now));
    this.txEndKind = this.kernel.register('cell:tx-end', (d, pkt) => this.txEnd(d, pkt as PacketId, this.kernel.now));
  }

  handles(port: PortId): boolean {
    return this.dirOf[port] >= 0;
  }

  /** A packet reached a cell radio port: it waits for its slot (and grant), then for the scheduler. */
  enqueue(port: PortId, pkt: PacketId): void {
    const now = this.kernel.now;
    const d = this.dirOf[port];
    const cell = this.cells[d >> 1];
    const m = cell.m;
    this.pool.attempt[pkt] = 0;
    // to the next slot boundary, plus the scheduling request and grant on a dynamic uplink
    let wait = m.slotPs - (now % m.slotPs);
    if ((d & 1) === 0 && m.grant === 'dynamic') wait += m.grantDelaySlots * m.slotPs;
    this.kernel.push(now + wait, this.readyKind, port, pkt);
  }

  /** The packet may be scheduled now. */
  private ready(port: PortId, pkt: PacketId, now: number): void {
    const d = this.dirOf[port];
    const dir = this.cells[d >> 1].dirs[d & 1];
    const c = this.pool.prio[pkt];
    this.pool.next[pkt] = -1;
    if (dir.tail[c] < 0) dir.head[c] = pkt;
    else this.pool.next[dir.tail[c]] = pkt;
    dir.tail[c] = pkt;
    if (!dir.busy) this.serve(d, now);
  }

  /** A transmission ended: HARQ decides; the direction serves its next packet. */
  private txEnd(d: number, pkt: PacketId, now: number): void {
    const cell = this.cells[d >> 1];
    const m = cell.m;
    const dir = cell.dirs[d & 1];
    dir.busy = false;
    const port = this.portOf(pkt);
    if (cell.rng.next() < m.bler) {
      if (++this.pool.attempt[pkt] < m.maxTransmissions) this.kernel.push(now + m.harqRttSlots * m.slotPs, this.readyKind, port, pkt);
      else this.drop(port, pkt);
    } else {
      // delivered over the air; the core's user-plane latency on the cell's side of the link
      this.wire.send(port, pkt, m.corePs, 0, 0);
    }
    this.serve(d, now);
  }

  private serve(d: number, now: number): void {
    const dir = this.cells[d >> 1].dirs[d & 1];
    let c = CLASSES - 1;
    while (c >= 0 && dir.head[c] < 0) c--;
    if (c < 0) return;
    const pkt = dir.head[c] as PacketId;
    const next = this.pool.next[pkt];
    dir.head[c] = next;
    if (next < 0) dir.tail[c] = -1;
    const port = this.portOf(pkt);
    const air = Math.round((this.wire.frameBytes(port, pkt) * PS_BITS) / dir.capacityBps);
    dir.busy = true;
    if (this.pool.attempt[pkt] === 0) this.stats.account(port, pkt, air);
    else this.stats.adjustBusy(port, now, air);
    this.kernel.push(now + air, this.txEndKind, d, pkt);
  }
}
