/**
 * What the egress ports measure: per port its busy time (over the measured window and per
 * timeline bin), frames, drops, longest queue and queue waits; per route position the waits of
 * the packets that crossed it, so each flow's waiting is attributed to the ports on its route.
 * A transmission is counted when it starts; it counts in the window if it starts in it.
 *
 * The figures a transmission writes are kept at slots numbered in the order ports are first used
 * (PortSlots) and route positions first transmit, not at their numbers: in a plant whose cells
 * step together the transmissions of one instant go cell after cell, a cell's ports apart, so
 * numbered by port each reached a page of its own (bench/memoryFloor.ts). They are read back by
 * port at the end.
 */
import type { PacketId, PortId } from '../core/ids.ts';
import type { Kernel } from '../core/Kernel.ts';
import type { Ps } from '../core/SimTime.ts';
import type { PacketPool } from './PacketPool.ts';
import type { PortSlots } from './PortSlots.ts';
import type { Routes } from './Routes.ts';

export interface MeasuredWindow {
  /** statistics count what starts in [startPs, endPs) */
  startPs: Ps;
  endPs: Ps;
  /** timeline: `bins` bins of `binPs` from 0 */
  binPs: number;
  bins: number;
}

/** a port's figures at slot * PORT_FIELDS + field, a route position's at slot * HOP_FIELDS + field */
const PORT_FIELDS = 4;
const BUSY = 0;
const FRAMES = 1;
const WAIT_SUM = 2;
const WAIT_COUNT = 3;
const HOP_FIELDS = 3;
const HOP_WAIT_SUM = 0;
const HOP_WAIT_MAX = 1;
const HOP_FRAMES = 2;

export class PortStats {
  readonly drops: Float64Array;
  /** per slot: most packets ever waiting at the port (queued and in a transmit buffer) */
  private readonly longest: Int32Array;
  /** per slot: busy time, frames and queue waits in the window */
  private readonly figures: Float64Array;
  /**
   * busy picoseconds per timeline bin, bin by bin (bin b of the port in slot s at b * ports + s):
   * the transmissions of all ports during one bin write one row, not a row per port (see busyBins)
   */
  private readonly byBin: Float64Array;
  /** each route position's slot (−1: none yet), the position in each slot, and per slot the queue waits there */
  private readonly hopSlotOf: Int32Array;
  private readonly hopAt: Int32Array;
  private hopSlots = 0;
  private readonly hopFigures: Float64Array;
  private readonly windowStart: number;
  private readonly windowEnd: number;
  private readonly binPs: number;
  private readonly bins: number;
  private readonly ports: number;

  constructor(
    private readonly slots: PortSlots,
    private readonly kernel: Kernel,
    private readonly routes: Routes,
    private readonly pool: PacketPool,
    measured: MeasuredWindow,
  ) {
    this.windowStart = measured.startPs;
    this.windowEnd = measured.endPs;
    this.binPs = measured.binPs;
    this.bins = measured.bins;
    const ports = slots.portAt.length;
    this.drops = new Float64Array(ports);
    this.longest = new Int32Array(ports);
    this.ports = ports;
    this.figures = new Float64Array(ports * PORT_FIELDS);
    this.byBin = new Float64Array(ports * this.bins);
    const hops = routes.ports.length;
    this.hopSlotOf = new Int32Array(hops).fill(-1);
    this.hopAt = new Int32Array(hops);
    this.hopFigures = new Float64Array(hops * HOP_FIELDS);
  }

  /** The slot of route position h, given at the first transmission there. */
  private hopSlot(h: number): number {
    const s = this.hopSlotOf[h];
    if (s >= 0) return s;
    this.hopAt[this.hopSlots] = h;
    this.hopSlotOf[h] = this.hopSlots;
    return this.hopSlots++;
  }

  /** `waiting` packets wait at a port now. */
  queued(port: PortId, waiting: number): void {
    const s = this.slots.of(port);
    if (waiting > this.longest[s]) this.longest[s] = waiting;
  }

  /** Per port: most packets ever waiting there (queued and in a transmit buffer). */
  get maxQueue(): Int32Array {
    const out = new Int32Array(this.ports);
    for (let s = 0; s < this.slots.count; s++) out[this.slots.portAt[s]] = this.longest[s];
    return out;
  }

  /** Busy time and waiting of a transmission starting now that occupies the port for `free`. */
  account(port: PortId, pkt: PacketId, free: number): void {
    const pool = this.pool;
    const now = this.kernel.now;
    const slot = this.slots.of(port);
    const bin = Math.floor(now / this.binPs);
    if (bin < this.bins) this.byBin[bin * this.ports + slot] += free;
    if (now >= this.windowStart && now < this.windowEnd) {
      const s = this.figures;
      const k = slot * PORT_FIELDS;
      s[k + BUSY] += free;
      s[k + FRAMES]++;
      const wait = now - pool.enqueued[pkt];
      s[k + WAIT_SUM] += wait;
      s[k + WAIT_COUNT]++;
      const hs = this.hopFigures;
      const j = this.hopSlot(this.routes.start[pool.route[pkt]] + pool.hop[pkt]) * HOP_FIELDS;
      hs[j + HOP_WAIT_SUM] += wait;
      if (wait > hs[j + HOP_WAIT_MAX]) hs[j + HOP_WAIT_MAX] = wait;
      hs[j + HOP_FRAMES]++;
    }
  }

  /** Corrects the busy time of a transmission that started at `start` (a preempted frame's extra overhead, a radio retry). */
  adjustBusy(port: PortId, start: number, deltaPs: number): void {
    const slot = this.slots.of(port);
    const bin = Math.floor(start / this.binPs);
    if (bin < this.bins) this.byBin[bin * this.ports + slot] += deltaPs;
    if (start >= this.windowStart && start < this.windowEnd) this.figures[slot * PORT_FIELDS + BUSY] += deltaPs;
  }

  /** Busy picoseconds per timeline bin, port by port: port p's bins are [p * bins, (p + 1) * bins). */
  busyBins(): Float64Array {
    const out = new Float64Array(this.byBin.length);
    for (let s = 0; s < this.slots.count; s++) {
      const p = this.slots.portAt[s];
      for (let b = 0; b < this.bins; b++) out[p * this.bins + b] = this.byBin[b * this.ports + s];
    }
    return out;
  }

  /** Per port: busy time in the window, frames, and the sum and count of queue waits. */
  get busyPs(): Float64Array {
    return this.byPort(BUSY);
  }
  get frames(): Float64Array {
    return this.byPort(FRAMES);
  }
  get waitSum(): Float64Array {
    return this.byPort(WAIT_SUM);
  }
  get waitCount(): Float64Array {
    return this.byPort(WAIT_COUNT);
  }

  /** Per route position (Routes' flat index): the sum and largest of the queue waits there, and frames. */
  get hopWaitSum(): Float64Array {
    return this.byHop(HOP_WAIT_SUM);
  }
  get hopWaitMax(): Float64Array {
    return this.byHop(HOP_WAIT_MAX);
  }
  get hopFrames(): Float64Array {
    return this.byHop(HOP_FRAMES);
  }

  private byPort(field: number): Float64Array {
    const out = new Float64Array(this.ports);
    for (let s = 0; s < this.slots.count; s++) out[this.slots.portAt[s]] = this.figures[s * PORT_FIELDS + field];
    return out;
  }

  private byHop(field: number): Float64Array {
    const out = new Float64Array(this.hopSlotOf.length);
    for (let s = 0; s < this.hopSlots; s++) out[this.hopAt[s]] = this.hopFigures[s * HOP_FIELDS + field];
    return out;
  }
}
