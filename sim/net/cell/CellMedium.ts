/**
 * Private 5G cells. The devices on a cell's wireless links share its uplink (device → cell)
 * and its downlink (cell → device): each direction is one scheduler serving packets in strict
 * priority by PCP, FIFO within a class, at the direction's capacity. Before it can be
 * scheduled a packet waits for the next slot boundary and, uplink with a dynamic grant, for the
 * scheduling request and grant; every transmission fails with probability BLER and is
 * retransmitted after the HARQ round trip, up to the maximum number of transmissions, after
 * which the packet is lost. The core's user-plane latency is added on the way out of the cell.
 */
import type { EventQueue } from '../../core/EventQueue.ts';
import type { Rng, RngStream } from '../../core/Rng.ts';
import type { CellModel, Model } from '../../scenario/model.ts';
import type { PacketPool } from '../PacketPool.ts';
import { EV_CELL_READY, EV_CELL_TXEND, type Ports } from '../Ports.ts';

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

export class CellMedium {
  private readonly cells: Cell[] = [];
  /** per port: its cell and direction as cell * 2 + (0 uplink, 1 downlink), −1 if not a cell radio port */
  private readonly dirOf: Int32Array;

  constructor(
    private readonly ports: Ports,
    model: Model,
    private readonly queue: EventQueue,
    private readonly pool: PacketPool,
    rng: Rng,
  ) {
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
  }

  handles(port: number): boolean {
    return this.dirOf[port] >= 0;
  }

  /** A packet reached a cell radio port: it waits for its slot (and grant), then for the scheduler. */
  enqueue(port: number, pkt: number, now: number): void {
    const d = this.dirOf[port];
    const cell = this.cells[d >> 1];
    const m = cell.m;
    this.pool.attempt[pkt] = 0;
    // to the next slot boundary, plus the scheduling request and grant on a dynamic uplink
    let wait = m.slotPs - (now % m.slotPs);
    if ((d & 1) === 0 && m.grant === 'dynamic') wait += m.grantDelaySlots * m.slotPs;
    this.queue.push(now + wait, EV_CELL_READY, port, pkt);
  }

  /** The packet may be scheduled now. */
  ready(port: number, pkt: number, now: number): void {
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
  txEnd(d: number, pkt: number, now: number): void {
    const cell = this.cells[d >> 1];
    const m = cell.m;
    const dir = cell.dirs[d & 1];
    dir.busy = false;
    const port = this.portOf(pkt);
    if (cell.rng.next() < m.bler) {
      if (++this.pool.attempt[pkt] < m.maxTransmissions) this.queue.push(now + m.harqRttSlots * m.slotPs, EV_CELL_READY, port, pkt);
      else this.ports.dropPacket(port, pkt);
    } else {
      // delivered over the air; the core's user-plane latency on the cell's side of the link
      this.ports.send(port, pkt, now + m.corePs, 0, 0);
    }
    this.serve(d, now);
  }

  private serve(d: number, now: number): void {
    const dir = this.cells[d >> 1].dirs[d & 1];
    let c = CLASSES - 1;
    while (c >= 0 && dir.head[c] < 0) c--;
    if (c < 0) return;
    const pkt = dir.head[c];
    const next = this.pool.next[pkt];
    dir.head[c] = next;
    if (next < 0) dir.tail[c] = -1;
    const port = this.portOf(pkt);
    const air = Math.round((this.ports.frameBytes(port, pkt) * 8e12) / dir.capacityBps);
    dir.busy = true;
    if (this.pool.attempt[pkt] === 0) this.ports.account(port, pkt, now, air);
    else this.ports.adjustBusy(port, now, air);
    this.queue.push(now + air, EV_CELL_TXEND, d, pkt);
  }

  /** The port a packet is crossing (from its route and hop). */
  private portOf(pkt: number): number {
    return this.ports.portOfPacket(pkt);
  }
}
