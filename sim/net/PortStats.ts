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

/** a port's figures side by side in `perPort` (a transmission updates them in one cache line) */
const BUSY = 0;
const FRAMES = 1;
const DROPS = 2;
/** most packets ever waiting at the port (queued and in a transmit buffer) */
const MAX_QUEUE = 3;
const WAIT_SUM = 4;
const WAIT_COUNT = 5;
const PORT_STRIDE = 8;
/** a route position's figures side by side in `perHop` */
const HOP_WAIT_SUM = 0;
const HOP_WAIT_MAX = 1;
const HOP_FRAMES = 2;
const HOP_STRIDE = 3;

/** The port figures of a replication's result, one array per figure (ReplicationResult's `ports` and `hops`). */
export interface PortFigures {
  ports: {
    busyPs: Float64Array;
    frames: Float64Array;
    drops: Float64Array;
    maxQueue: Int32Array;
    waitSum: Float64Array;
    waitCount: Float64Array;
    busyBins: Float64Array;
  };
  hops: { waitSum: Float64Array; waitMax: Float64Array; frames: Float64Array };
}

export class PortStats {
  private readonly perPort: Float64Array;
  private readonly perHop: Float64Array;
  /** busy picoseconds per timeline bin: port p's bins are busyBins[p * bins .. (p + 1) * bins) */
  private readonly busyBins: Float64Array;
  private readonly windowStart: number;
  private readonly windowEnd: number;
  private readonly binPs: number;
  private readonly bins: number;

  constructor(
    private readonly ports: number,
    private readonly kernel: Kernel,
    private readonly routes: Routes,
    private readonly pool: PacketPool,
    window: MeasuredWindow,
  ) {
    this.windowStart = window.startPs;
    this.windowEnd = window.endPs;
    this.binPs = window.binPs;
    this.bins = window.bins;
    this.perPort = new Float64Array(ports * PORT_STRIDE);
    this.perHop = new Float64Array(routes.ports.length * HOP_STRIDE);
    this.busyBins = new Float64Array(ports * this.bins);
  }

  /** `waiting` packets wait at a port now. */
  queued(port: PortId, waiting: number): void {
    const k = port * PORT_STRIDE + MAX_QUEUE;
    if (waiting > this.perPort[k]) this.perPort[k] = waiting;
  }

  /** A packet was dropped at a port. */
  dropped(port: PortId): void {
    this.perPort[port * PORT_STRIDE + DROPS]++;
  }

  /** Busy time and waiting of a transmission starting now that occupies the port for `free`. */
  account(port: PortId, pkt: PacketId, free: number): void {
    const pool = this.pool;
    const now = this.kernel.now;
    const bin = Math.floor(now / this.binPs);
    if (bin < this.bins) this.busyBins[port * this.bins + bin] += free;
    if (now >= this.windowStart && now < this.windowEnd) {
      const s = this.perPort;
      const k = port * PORT_STRIDE;
      s[k + BUSY] += free;
      s[k + FRAMES]++;
      const wait = now - pool.enqueued[pkt];
      s[k + WAIT_SUM] += wait;
      s[k + WAIT_COUNT]++;
      const h = this.perHop;
      const j = (this.routes.start[pool.route[pkt]] + pool.hop[pkt]) * HOP_STRIDE;
      h[j + HOP_WAIT_SUM] += wait;
      if (wait > h[j + HOP_WAIT_MAX]) h[j + HOP_WAIT_MAX] = wait;
      h[j + HOP_FRAMES]++;
    }
  }

  /** Corrects the busy time of a transmission that started at `start` (a preempted frame's extra overhead, a radio retry). */
  adjustBusy(port: PortId, start: number, deltaPs: number): void {
    const bin = Math.floor(start / this.binPs);
    if (bin < this.bins) this.busyBins[port * this.bins + bin] += deltaPs;
    if (start >= this.windowStart && start < this.windowEnd) this.perPort[port * PORT_STRIDE + BUSY] += deltaPs;
  }

  /** What was measured, one array per figure (copies, made once at the end of a run). */
  figures(): PortFigures {
    const column = <T extends Float64Array | Int32Array>(out: T, from: Float64Array, stride: number, field: number): T => {
      for (let i = 0; i < out.length; i++) out[i] = from[i * stride + field];
      return out;
    };
    const port = (field: number) => column(new Float64Array(this.ports), this.perPort, PORT_STRIDE, field);
    const hop = (field: number) => column(new Float64Array(this.perHop.length / HOP_STRIDE), this.perHop, HOP_STRIDE, field);
    return {
      ports: {
        busyPs: port(BUSY),
        frames: port(FRAMES),
        drops: port(DROPS),
        maxQueue: column(new Int32Array(this.ports), this.perPort, PORT_STRIDE, MAX_QUEUE),
        waitSum: port(WAIT_SUM),
        waitCount: port(WAIT_COUNT),
        busyBins: this.busyBins,
      },
      hops: { waitSum: hop(HOP_WAIT_SUM), waitMax: hop(HOP_WAIT_MAX), frames: hop(HOP_FRAMES) },
    };
  }
}
