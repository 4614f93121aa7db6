/**
 * The ports' state numbered in the order ports are first used, not by port number. In a plant
 * whose cells step together, the events of one instant go cell after cell, so state numbered by
 * port puts each event a cell's ports apart: a page and a cache line of its own per event in
 * every per-port array (bench/memoryFloor.ts). Numbered by first use, consecutive events touch
 * neighbouring slots. Each structure keeping per-port state in slots registers how to fill a
 * new slot (its constants for that port); a port's slot is given at its first lookup. Outside
 * the run everything stays numbered by port.
 */
import type { PortId } from '../core/ids.ts';

export class PortSlots {
  /** each port's slot (−1: none yet) and the port in each slot */
  private readonly slotOf: Int32Array;
  readonly portAt: Int32Array;
  /** slots given so far */
  count = 0;
  private readonly fills: ((port: PortId, slot: number) => void)[] = [];

  constructor(ports: number) {
    this.slotOf = new Int32Array(ports).fill(-1);
    this.portAt = new Int32Array(ports);
  }

  /** Registers what to do when a port gets its slot (fill that slot's constants). */
  onNew(fill: (port: PortId, slot: number) => void): void {
    this.fills.push(fill);
  }

  /** The slot of a port, given at its first lookup. */
  of(port: PortId): number {
    const s = this.slotOf[port];
    return s >= 0 ? s : this.give(port);
  }

  private give(port: PortId): number {
    const s = this.count++;
    this.slotOf[port] = s;
    this.portAt[s] = port;
    for (const fill of this.fills) fill(port, s);
    return s;
  }
}
