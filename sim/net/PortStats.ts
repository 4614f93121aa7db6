/**
 * What the egress ports measure: per port its busy time (over the measured window and per
 * timeline bin), frames, drops, longest queue and queue waits; per route position the waits of
 * the packets that crossed it, so each flow's waiting is attributed to the ports on its route.
 * A transmission is counted when it starts; it counts in the window if it starts in it.
 */
import type { PacketId, PortId } from '../core/ids.ts';
import type { Kernel } from '../core/Kernel.ts';
import type { Ps } from '../core/SimTime.ts';
import type { PacketPool } from './PacketPool.ts';
import type { Routes } from './Routes.ts';

export interface MeasuredWindow {
  /** statistics count what starts in [startPs, endPs) */
  startPs: Ps;
  endPs: Ps;
  /** timeline: `bins` bins of `binPs` from 0 */
  binPs: number;
  bins: number;
}

export class PortStats {
  readonly busyPs: Float64Array;
  readonly frames: Float64Array;
  readonly drops: Float64Array;
  /** most packets ever waiting at the port (queued and in a transmit buffer) */
  readonly maxQueue: Int32Array;
  readonly waitSum: Float64Array;
  readonly waitCount: Float64Array;
  /**
   * busy picoseconds per timeline bin, bin by bin (bin b of port p at b * ports + p): the
   * transmissions of all ports during one bin write one row, not a row per port (see busyBins)
   */
  private readonly byBin: Float64Array;
  /** queue wait per route position (Routes' flat index) */
  readonly hopWaitSum: Float64Array;
  readonly hopWaitMax: Float64Array;
  readonly hopFrames: Float64Array;
  private readonly windowStart: number;
  private readonly windowEnd: number;
  private readonly binPs: number;
  private readonly bins: number;
  private readonly ports: number;

  constructor(
    ports: number,
    private readonly kernel: Kernel,
    private readonly routes: Routes,
    private readonly pool: PacketPool,
    measured: MeasuredWindow,
  ) {
    this.windowStart = measured.startPs;
    this.windowEnd = measured.endPs;
    this.binPs = measured.binPs;
    this.bins = measured.bins;
    this.busyPs = new Float64Array(ports);
    this.frames = new Float64Array(ports);
    this.drops = new Float64Array(ports);
    this.maxQueue = new Int32Array(ports);
    this.waitSum = new Float64Array(ports);
    this.waitCount = new Float64Array(ports);
    this.ports = ports;
    this.byBin = new Float64Array(ports * this.bins);
    this.hopWaitSum = new Float64Array(routes.ports.length);
    this.hopWaitMax = new Float64Array(routes.ports.length);
    this.hopFrames = new Float64Array(routes.ports.length);
  }

  /** `waiting` packets wait at a port now. */
  queued(port: PortId, waiting: number): void {
    if (waiting > this.maxQueue[port]) this.maxQueue[port] = waiting;
  }

  /** Busy time and waiting of a transmission starting now that occupies the port for `free`. */
  account(port: PortId, pkt: PacketId, free: number): void {
    const pool = this.pool;
    const now = this.kernel.now;
    const bin = Math.floor(now / this.binPs);
    if (bin < this.bins) this.byBin[bin * this.ports + port] += free;
    if (now >= this.windowStart && now < this.windowEnd) {
      this.busyPs[port] += free;
      this.frames[port]++;
      const wait = now - pool.enqueued[pkt];
      this.waitSum[port] += wait;
      this.waitCount[port]++;
      const h = this.routes.start[pool.route[pkt]] + pool.hop[pkt];
      this.hopWaitSum[h] += wait;
      if (wait > this.hopWaitMax[h]) this.hopWaitMax[h] = wait;
      this.hopFrames[h]++;
    }
  }

  /** Corrects the busy time of a transmission that started at `start` (a preempted frame's extra overhead, a radio retry). */
  adjustBusy(port: PortId, start: number, deltaPs: number): void {
    const bin = Math.floor(start / this.binPs);
    if (bin < this.bins) this.byBin[bin * this.ports + port] += deltaPs;
    if (start >= this.windowStart && start < this.windowEnd) this.busyPs[port] += deltaPs;
  }

  /** Busy picoseconds per timeline bin, port by port: port p's bins are [p * bins, (p + 1) * bins). */
  busyBins(): Float64Array {
    const out = new Float64Array(this.byBin.length);
    for (let p = 0; p < this.ports; p++) for (let b = 0; b < this.bins; b++) out[p * this.bins + b] = this.byBin[b * this.ports + p];
    return out;
  }
}
