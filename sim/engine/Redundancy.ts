/**
 * 802.1CB frame replication and elimination, per route. A redundant flow's frames follow
 * its primary route; where a redundant route leaves it (after their common prefix: the talker
 * itself, or a relay when the talker has a single link) a copy is split off, and where the
 * routes join again for good (before their common suffix: a relay, or the listener) the
 * later copy is eliminated.
 *
 * The engine builds this module only when some flow is redundant, and asks it only about the
 * packets of redundant routes: a scenario without 802.1CB pays nothing for it.
 */
import type { FlowId, MessageId, PacketId, PortId, RouteId } from '../core/ids.ts';
import type { Model } from '../scenario/model.ts';
import type { PacketPool } from '../net/PacketPool.ts';
import type { Ports } from '../net/Ports.ts';
import type { Routes } from '../net/Routes.ts';
import type { Messages } from './Messages.ts';

export interface RedundancyOptions {
  model: Model;
  /** every flow's routes in engine order (flowRoutes) and their flat table */
  routes: readonly (readonly number[])[];
  table: Routes;
  pool: PacketPool;
  msgs: Messages;
  ports: Ports;
  /** the first copy of message m reached the listener (now) */
  onDeliver(m: MessageId): void;
}

export class Redundancy {
  /** per route: whether it carries a redundant flow's copies (its primary route or a redundant one) */
  readonly redundant: Uint8Array;
  /** per flow: whether it is redundant */
  private readonly flow: Uint8Array;
  /** per route: the hop (index of the port just crossed) after which copies split off, with their routes */
  private readonly splits: { hop: number; route: RouteId }[][];
  /** per route: the hop at whose arrival the later copy is eliminated (−1: at the listener) */
  private readonly mergeAt: Int32Array;
  private readonly o: RedundancyOptions;

  /** The module for a model, or undefined when no flow is redundant. */
  static of(o: RedundancyOptions): Redundancy | undefined {
    return o.model.flows.some((f) => f.frer) ? new Redundancy(o) : undefined;
  }

  private constructor(o: RedundancyOptions) {
    this.o = o;
    const { model, routes } = o;
    this.splits = routes.map(() => []);
    this.mergeAt = new Int32Array(routes.length).fill(-1);
    this.flow = new Uint8Array(model.flows.length);
    this.redundant = new Uint8Array(routes.length);
    let next = 2 * model.flows.length;
    model.flows.forEach((f, i) => {
      if (!f.frer) return;
      this.flow[i] = 1;
      this.redundant[2 * i] = this.redundant[2 * i + 1] = 1;
      const primary = routes[2 * i];
      const suffixes: number[] = [];
      for (const _ of f.frer) {
        const r = next++;
        this.redundant[r] = 1;
        const route = routes[r];
        let prefix = 0;
        while (prefix < Math.min(primary.length, route.length) - 1 && primary[prefix] === route[prefix]) prefix++;
        let suffix = 0;
        while (suffix < Math.min(primary.length, route.length) - 1 && primary[primary.length - 1 - suffix] === route[route.length - 1 - suffix]) suffix++;
        this.splits[2 * i].push({ hop: prefix - 1, route: r as RouteId });
        suffixes.push(suffix);
        this.mergeAt[r] = suffix > 0 ? route.length - suffix - 1 : -1;
      }
      // with one redundant route the copies meet where it rejoins; with several, at the listener
      if (f.frer.length === 1 && suffixes[0] > 0) this.mergeAt[2 * i] = primary.length - suffixes[0] - 1;
      else for (let k = next - f.frer.length; k < next; k++) this.mergeAt[k] = -1;
    });
  }

  /** The talker emitted message m of flow f: if f is redundant, copies go out at once on the routes that leave the talker. */
  emit(m: MessageId, f: FlowId, size: number): void {
    if (this.flow[f] === 0) return;
    const msgs = this.o.msgs;
    msgs.delivered[m] = 0;
    msgs.merged[m] = 0;
    for (const sp of this.splits[2 * f]) if (sp.hop < 0) this.replicate(m, sp.route, size, -1);
  }

  /** A copy crossed hop `hop` of redundant route r: split copies off after it, or eliminate the later copy here. False when it was eliminated. */
  relay(pkt: PacketId, r: RouteId, hop: number): boolean {
    const { pool, msgs } = this.o;
    const m = pool.msg[pkt] as MessageId;
    if (this.mergeAt[r] === hop) {
      if (msgs.merged[m] === 1) {
        pool.release(pkt);
        if (--msgs.left[m] === 0) msgs.release(m);
        return false;
      }
      msgs.merged[m] = 1;
    }
    for (const sp of this.splits[r]) if (sp.hop === hop) this.replicate(m, sp.route, pool.size[pkt], hop);
    return true;
  }

  /** A copy of message m reached the listener (its packet released): the first is delivered, the others eliminated. */
  listen(m: MessageId): void {
    const msgs = this.o.msgs;
    if (msgs.delivered[m] === 0) {
      msgs.delivered[m] = 1;
      this.o.onDeliver(m);
    }
    if (--msgs.left[m] === 0) msgs.release(m);
  }

  /** A copy of message m that goes on along `route` after hop `hop` (−1: from the talker). */
  private replicate(m: MessageId, route: RouteId, size: number, hop: number): void {
    const { pool, msgs, table, ports } = this.o;
    const f = msgs.flow[m];
    const model = this.o.model.flows[f];
    const pkt = pool.alloc();
    pool.msg[pkt] = m;
    pool.route[pkt] = route;
    pool.hop[pkt] = hop + 1;
    pool.size[pkt] = size;
    pool.prio[pkt] = model.priority;
    pool.tagged[pkt] = model.tagged ? 1 : 0;
    pool.lastBitAt[pkt] = 0;
    msgs.left[m]++;
    ports.enqueue(table.ports[table.start[route] + hop + 1] as PortId, pkt);
  }
}
