/**
 * Smart gateways' protocol conversion: a packet forwarded through a gateway with `gateway`
 * settings is converted (per message + per byte), by one of its servers in FIFO order, and
 * then published: at once, or at the gateway's next cycle boundary (k · cycle, itself if the
 * conversion ends on one) when it has a cycle. Then it goes on to its next port as any packet.
 * Per gateway it counts, within the measured window, the conversions, the wait for a server and
 * the time held (arrival to publication).
 */
import type { NodeIndex, PacketId } from '../core/ids.ts';
import { grown } from '../core/grown.ts';
import type { EventKind, Kernel } from '../core/Kernel.ts';
import type { Model } from '../scenario/model.ts';
import type { PacketPool } from './PacketPool.ts';

export interface GatewayFigures {
  /** node index of each gateway that converts */
  node: number;
  conversions: number;
  /** picoseconds: wait for a server (sum, max), arrival to publication (sum, max) */
  waitSumPs: number;
  waitMaxPs: number;
  heldSumPs: number;
  heldMaxPs: number;
}

export interface GatewaysOptions {
  model: Model;
  kernel: Kernel;
  pool: PacketPool;
  window: { startPs: number; endPs: number };
  /** the packet is published now: send it on to its next port */
  onReady(pkt: PacketId): void;
}

export class Gateways {
  /** per port: the converting gateway at its far end (−1: none) */
  readonly after: Int32Array;
  private readonly kernel: Kernel;
  private readonly pool: PacketPool;
  private readonly onReady: (pkt: PacketId) => void;
  private readonly window: { startPs: number; endPs: number };
  private readonly servers: Int32Array;
  private readonly busy: Int32Array;
  private readonly perMessage: Float64Array;
  private readonly perByte: Float64Array;
  private readonly cycle: Float64Array;
  /** per node: its FIFO of packets waiting for a server (linked through pool.next) */
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  /** per packet held here: when it arrived (grown on demand) */
  private arrived: Float64Array;
  private readonly figures: GatewayFigures[];
  private readonly figureOf: Int32Array;
  private readonly doneKind: EventKind;
  private readonly publishKind: EventKind;

  constructor({ model, kernel, pool, window, onReady }: GatewaysOptions) {
    this.kernel = kernel;
    this.pool = pool;
    this.window = window;
    this.onReady = onReady;
    const n = model.nodes.length;
    this.after = Int32Array.from(model.ports, (p) => (model.nodes[p.to].gateway ? p.to : -1));
    this.servers = Int32Array.from(model.nodes, (x) => x.gateway?.servers ?? 0);
    this.perMessage = Float64Array.from(model.nodes, (x) => x.gateway?.perMessagePs ?? 0);
    this.perByte = Float64Array.from(model.nodes, (x) => x.gateway?.perBytePs ?? 0);
    this.cycle = Float64Array.from(model.nodes, (x) => x.gateway?.cyclePs ?? 0);
    this.busy = new Int32Array(n);
    this.head = new Int32Array(n).fill(-1);
    this.tail = new Int32Array(n).fill(-1);
    this.arrived = new Float64Array(1024);
    this.figures = model.nodes.filter((x) => x.gateway).map((x) => ({ node: x.index, conversions: 0, waitSumPs: 0, waitMaxPs: 0, heldSumPs: 0, heldMaxPs: 0 }));
    this.figureOf = new Int32Array(n).fill(-1);
    this.figures.forEach((f, k) => {
      this.figureOf[f.node] = k;
    });
    this.doneKind = kernel.register('gateway:converted', (pkt, node) => this.converted(pkt as PacketId, node as NodeIndex));
    this.publishKind = kernel.register('gateway:publish', (pkt, node) => this.publish(pkt as PacketId, node as NodeIndex));
  }

  /** What each converting gateway did in the measured window, in node order. */
  result(): GatewayFigures[] {
    return this.figures.map((f) => ({ ...f }));
  }

  /** Packet `pkt` reached gateway `node` (over `port`) on its way on: it waits for a server. */
  arrive(node: NodeIndex, pkt: PacketId): void {
    if (pkt >= this.arrived.length) this.arrived = grown(this.arrived, Math.max(2 * this.arrived.length, pkt + 1));
    this.arrived[pkt] = this.kernel.now;
    if (this.busy[node] < this.servers[node]) return this.start(node, pkt);
    this.pool.next[pkt] = -1;
    if (this.tail[node] < 0) this.head[node] = pkt;
    else this.pool.next[this.tail[node]] = pkt;
    this.tail[node] = pkt;
  }

  private start(node: NodeIndex, pkt: PacketId): void {
    this.busy[node]++;
    const now = this.kernel.now;
    const wait = now - this.arrived[pkt];
    if (this.counted(pkt)) {
      const f = this.figures[this.figureOf[node]];
      f.waitSumPs += wait;
      if (wait > f.waitMaxPs) f.waitMaxPs = wait;
    }
    const service = this.perMessage[node] + Math.round(this.perByte[node] * this.pool.size[pkt]);
    this.kernel.push(now + service, this.doneKind, pkt, node);
  }

  private converted(pkt: PacketId, node: NodeIndex): void {
    this.busy[node]--;
    const next = this.head[node];
    if (next >= 0) {
      this.head[node] = this.pool.next[next];
      if (this.head[node] < 0) this.tail[node] = -1;
      this.start(node, next as PacketId);
    }
    const cycle = this.cycle[node];
    const now = this.kernel.now;
    const at = cycle > 0 ? Math.ceil(now / cycle) * cycle : now;
    if (at > now) this.kernel.push(at, this.publishKind, pkt, node);
    else this.publish(pkt, node);
  }

  private publish(pkt: PacketId, node: NodeIndex): void {
    if (this.counted(pkt)) {
      const f = this.figures[this.figureOf[node]];
      const held = this.kernel.now - this.arrived[pkt];
      f.conversions++;
      f.heldSumPs += held;
      if (held > f.heldMaxPs) f.heldMaxPs = held;
    }
    this.onReady(pkt);
  }

  /** whether the packet arrived in the measured window */
  private counted(pkt: PacketId): boolean {
    const t = this.arrived[pkt];
    return t >= this.window.startPs && t < this.window.endPs;
  }
}
