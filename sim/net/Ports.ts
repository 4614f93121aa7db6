/**
 * Egress ports: one per direction of every full-duplex link. The ports share their queues
 * (PortQueues), their wires (Wire) and their statistics (PortStats); each is driven by an
 * egress medium (EgressMedium): TSN transmission selection where the port has TSN settings,
 * the BSS's channel access on a Wi-Fi access point's radio links, the cell's schedulers on a
 * 5G cell's, a fieldbus poll on a fieldbus device's link, wired Ethernet everywhere else.
 */
import type { PacketId, PortId } from '../core/ids.ts';
import type { Kernel } from '../core/Kernel.ts';
import type { Rng } from '../core/Rng.ts';
import type { Model } from '../scenario/model.ts';
import { CellMedium } from './cell/CellMedium.ts';
import type { EgressMedium, PortContext } from './EgressMedium.ts';
import { FieldbusMedium } from './FieldbusMedium.ts';
import type { PacketPool } from './PacketPool.ts';
import { PortQueues } from './PortQueues.ts';
import { PortSlots } from './PortSlots.ts';
import { type MeasuredWindow, PortStats } from './PortStats.ts';
import type { Routes } from './Routes.ts';
import { TsnScheduler } from './TsnScheduler.ts';
import { WifiMedium } from './wifi/WifiMedium.ts';
import { WiredMedium } from './WiredMedium.ts';
import { Wire } from './Wire.ts';

export interface PortsOptions {
  model: Model;
  kernel: Kernel;
  pool: PacketPool;
  routes: Routes;
  rng: Rng;
  window: MeasuredWindow;
  /** a packet was dropped at a port: its message is lost */
  onDrop(pkt: PacketId, port: PortId): void;
  /** a frame reached the far end of the port its packet crossed (now) */
  onArrive(pkt: PacketId): void;
}

export class Ports {
  readonly stats: PortStats;
  readonly wire: Wire;
  /** the slot each port's state is kept at (PortSlots) */
  readonly slots: PortSlots;
  private readonly kernel: Kernel;
  private readonly pool: PacketPool;
  /** the medium that drives each port */
  private readonly medium: EgressMedium[];

  constructor({ model, kernel, pool, routes, rng, window, onDrop, onArrive }: PortsOptions) {
    this.kernel = kernel;
    this.pool = pool;
    const slots = (this.slots = new PortSlots(model.ports.length));
    const stats = (this.stats = new PortStats(slots, kernel, routes, pool, window));
    const drop = (port: PortId, pkt: PacketId) => {
      stats.drops[port]++;
      onDrop(pkt, port);
    };
    const ctx: PortContext = {
      model,
      kernel,
      pool,
      rng,
      stats,
      drop,
      queues: new PortQueues(model, pool, stats, slots, drop),
      wire: (this.wire = new Wire(model, kernel, pool, slots, onArrive)),
      slots,
      portOf: (pkt) => routes.ports[routes.start[pool.route[pkt]] + pool.hop[pkt]] as PortId,
    };
    const wired = new WiredMedium(ctx);
    const special = [
      model.ports.some((p) => p.tsn) ? new TsnScheduler(ctx) : undefined,
      model.nodes.some((n) => n.wifi) ? new WifiMedium(ctx) : undefined,
      model.nodes.some((n) => n.cell) ? new CellMedium(ctx) : undefined,
      model.links.some((l) => l.fieldbus) ? new FieldbusMedium(ctx) : undefined,
    ].filter((m) => m !== undefined);
    this.medium = model.ports.map((p) => special.find((m) => m.handles(p.index as PortId)) ?? wired);
  }

  /** Hands a packet to a port now. */
  enqueue(port: PortId, pkt: PacketId): void {
    this.pool.enqueued[pkt] = this.kernel.now;
    this.medium[port].enqueue(port, pkt);
  }
}
