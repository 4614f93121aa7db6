/**
 * One replication of a scenario: sources emit messages, messages are fragmented into
 * packets that cross ports hop by hop, requests are served by compute nodes and answered,
 * and every delivery is recorded in the flow's streaming statistics.
 *
 * Pure and deterministic: time is integer picoseconds, randomness comes from named streams
 * of one seed, events at one instant run in the order they were scheduled.
 */
import { EventQueue } from '../core/EventQueue.ts';
import { maxIndex } from '../core/extrema.ts';
import { shortPs } from '../core/formatPs.ts';
import { MemoryBudget, ResourceLimitError } from '../core/ResourceLimit.ts';
import { Rng, type RngStream } from '../core/Rng.ts';
import { ComputeNodes, EV_BATCH_TIMEOUT, EV_SERVICE_DONE } from '../compute/ComputeNodes.ts';
import { PacketPool } from '../net/PacketPool.ts';
import { EV_ARRIVE, EV_CELL_READY, EV_CELL_TXEND, EV_TSN_TXEND, EV_TSN_WAKE, EV_TXEND, EV_WIFI_ACCESS, EV_WIFI_END, Ports } from '../net/Ports.ts';
import { Routes } from '../net/Routes.ts';
import type { Model } from '../scenario/model.ts';
import { FlowStats } from '../stats/FlowStats.ts';
import { sampler, type Sampler } from '../traffic/sampler.ts';
import { Source } from '../traffic/Source.ts';
import { Messages } from './Messages.ts';
import { Redundancy } from './Redundancy.ts';
import type { ReplicationResult } from './ReplicationResult.ts';

const EV_EMIT = 5;
const IP_HEADER = 20;
const PROGRESS_EVERY = 1 << 16;
/** timeline bins over [0, duration) for throughput and utilization over time */
export const TIMELINE_BINS = 60;

/**
 * Every flow's routes in engine order: flow f's request route is 2f, its response route 2f + 1
 * (empty if none); after them, the redundant (802.1CB) routes of each flow in flow order.
 */
export function flowRoutes(model: Model): number[][] {
  return [...model.flows.flatMap((f) => [f.route, f.response?.route ?? []]), ...model.flows.flatMap((f) => f.frer ?? [])];
}

export interface SimHost {
  /** called now and then with the fraction of simulated time done and the events so far */
  progress?(fraction: number, simulatedPs: number, events: number): void;
}

/** What one replication may use; past either it stops with a ResourceLimitError. */
export interface SimLimits {
  /** events processed */
  maxEvents?: number;
  /** bytes held by the packets, messages and events in flight */
  maxMemoryBytes?: number;
}

export class Simulation {
  private readonly budget: MemoryBudget;
  private readonly queue: EventQueue;
  private readonly pool: PacketPool;
  private readonly msgs: Messages;
  private readonly routes: Routes;
  private readonly ports: Ports;
  private readonly compute: ComputeNodes;
  private readonly sources: Source[];
  private readonly stats: FlowStats[];
  /** size sampler of each flow; undefined when the size is constant (then `constSize`) */
  private readonly sizeOf: (Sampler | undefined)[];
  private readonly constSize: Float64Array;
  private readonly responseSize: (Sampler | undefined)[];
  private readonly hasResponse: Uint8Array;
  private readonly prio: Uint8Array;
  private readonly tagged: Uint8Array;
  private readonly flowTo: Int32Array;
  private readonly redundancy: Redundancy;
  /** per link: whether frames can be lost on it, its loss stream, its down intervals */
  private readonly lossy: Uint8Array;
  private readonly lossRng: (RngStream | undefined)[];
  private now = 0;
  private seq = 0;
  private events = 0;
  private hops = 0;

  constructor(
    private readonly model: Model,
    private readonly replication = 0,
    private readonly limits: SimLimits = {},
  ) {
    this.budget = new MemoryBudget(limits.maxMemoryBytes);
    this.queue = new EventQueue(4096, this.budget);
    this.pool = new PacketPool(4096, this.budget);
    this.msgs = new Messages(4096, this.budget);
    const rng = new Rng(model.seed, replication);
    const windowStart = model.warmupPs;
    const windowEnd = model.durationPs;
    const allRoutes = flowRoutes(model);
    this.routes = new Routes(allRoutes, (port) => model.links[port >> 1].mtu);
    this.redundancy = new Redundancy(model, allRoutes);
    const binPs = Math.ceil(model.durationPs / TIMELINE_BINS);
    this.ports = new Ports(model, this.queue, this.pool, (pkt) => this.drop(pkt), windowStart, windowEnd, binPs, TIMELINE_BINS, this.routes.start, this.routes.ports, rng);
    this.compute = new ComputeNodes(
      model,
      this.queue,
      rng,
      (msg) => this.msgs.flow[msg],
      (msg, now) => this.respond(msg, now),
      windowStart,
      windowEnd,
    );
    const flows = model.flows;
    this.sources = flows.map((f) => new Source(f, rng));
    this.stats = flows.map((f) => {
      const r = f.requirement;
      const deadline = r?.latency !== undefined ? Math.round(r.latency * 1e12) : Infinity;
      return new FlowStats(deadline, binPs, TIMELINE_BINS);
    });
    this.constSize = Float64Array.from(flows, (f) => (f.size.dist === 'constant' ? f.size.value : NaN));
    this.sizeOf = flows.map((f) => (f.size.dist === 'constant' ? undefined : sampler(f.size, rng.stream(`flow:${f.id}/size`))));
    this.responseSize = flows.map((f) => (f.response ? sampler(f.response.size, rng.stream(`flow:${f.id}/response`)) : undefined));
    this.hasResponse = Uint8Array.from(flows, (f) => (f.response ? 1 : 0));
    this.prio = Uint8Array.from(flows, (f) => f.priority);
    this.tagged = Uint8Array.from(flows, (f) => (f.tagged ? 1 : 0));
    this.flowTo = Int32Array.from(flows, (f) => f.to);
    this.lossy = Uint8Array.from(model.links, (l) => (l.loss > 0 || l.failures.length > 0 ? 1 : 0));
    this.lossRng = model.links.map((l) => (l.loss > 0 ? rng.stream(`link:${l.id}/loss`) : undefined));
  }

  run(host: SimHost = {}): ReplicationResult {
    try {
      return this.loop(host);
    } catch (e) {
      if (e instanceof ResourceLimitError) throw new ResourceLimitError(`replication ${this.replication + 1}: ${e.message} ${this.where()}`);
      throw e;
    }
  }

  /** Where the traffic piled up: the port whose queue grew longest (for a limit's message). */
  private where(): string {
    const longest = maxIndex(this.ports.maxQueue);
    const at = shortPs(this.now);
    if (longest < 0 || this.ports.maxQueue[longest] === 0) return `at ${at} of simulated time`;
    const p = this.model.ports[longest];
    const node = (i: number) => this.model.nodes[i].id;
    return `at ${at} of simulated time; the longest queue, ${this.ports.maxQueue[longest].toLocaleString('en-US')} packets, is at ${node(p.from)}'s port to ${node(p.to)}: more traffic is sent there than its link carries`;
  }

  private loop(host: SimHost): ReplicationResult {
    const { queue, model } = this;
    const maxEvents = this.limits.maxEvents ?? Infinity;
    // first emissions in flow order, so same-instant sends run in the order flows are declared
    for (let f = 0; f < this.sources.length; f++) {
      const t = this.sources[f].first();
      if (t !== Infinity) queue.push(t, EV_EMIT, f, 0);
    }
    const end = model.durationPs + model.drainPs;
    const ports = this.ports;
    let events = 0;
    let nextProgress = PROGRESS_EVERY;
    while (queue.length > 0 && queue.peekTime() <= end) {
      queue.pop();
      const now = (this.now = queue.time);
      this.seq = queue.seq;
      switch (queue.kind) {
        case EV_ARRIVE:
          if (queue.b === this.pool.gen[queue.a]) this.arrive(queue.a, now);
          break;
        case EV_TXEND:
          ports.txEnd(queue.a, now);
          break;
        case EV_EMIT:
          this.emit(queue.a, now);
          break;
        case EV_BATCH_TIMEOUT:
          this.compute.timeout(queue.a, now);
          break;
        case EV_SERVICE_DONE:
          this.compute.done(queue.a, now);
          break;
        case EV_TSN_TXEND:
          ports.tsn!.txEnd(queue.a, queue.b, now);
          break;
        case EV_TSN_WAKE:
          ports.tsn!.wake(queue.a, now);
          break;
        case EV_WIFI_ACCESS:
          ports.wifi!.access(queue.a, queue.b, now);
          break;
        case EV_WIFI_END:
          ports.wifi!.end(queue.a, queue.b, now);
          break;
        case EV_CELL_READY:
          ports.cell!.ready(queue.a, queue.b, now);
          break;
        case EV_CELL_TXEND:
          ports.cell!.txEnd(queue.a, queue.b, now);
          break;
      }
      if (++events === nextProgress) {
        nextProgress += PROGRESS_EVERY;
        if (events > maxEvents) throw new ResourceLimitError(`the run passed ${events.toLocaleString('en-US')} events, more than the limit of ${maxEvents.toLocaleString('en-US')} (--max-events)`);
        host.progress?.(Math.min(1, now / end), now, events);
      }
    }
    this.events = events;
    host.progress?.(1, this.now, events);
    return this.result();
  }

  private emit(f: number, now: number): void {
    const src = this.sources[f];
    const n = src.burstSize();
    const p = this.model.flows[f].pattern;
    const sizeOf = this.sizeOf[f];
    for (let k = 0; k < n; k++) {
      const size =
        p.type === 'trace' && p.sizes !== undefined
          ? p.sizes[src.index()]
          : p.type === 'burst' && src.isLastOfBurst(k)
            ? p.lastSize
            : sizeOf === undefined
              ? this.constSize[f]
              : Math.max(1, Math.round(sizeOf()));
      const m = this.msgs.alloc();
      const msgs = this.msgs;
      msgs.flow[m] = f;
      msgs.emitted[m] = now;
      msgs.lost[m] = 0;
      msgs.phase[m] = 0;
      msgs.size[m] = size;
      msgs.delivered[m] = 0;
      msgs.merged[m] = 0;
      const counted = now >= this.model.warmupPs;
      msgs.counted[m] = counted ? 1 : 0;
      if (counted) this.stats[f].sent++;
      this.send(m, 2 * f, size, now);
      // 802.1CB: the talker replicates onto the redundant routes that leave it at once
      if (this.redundancy.redundant[f] === 1) for (const sp of this.redundancy.splits[2 * f]) if (sp.hop < 0) this.replicate(m, sp.route, size, -1, now);
    }
    const t = src.next();
    if (t !== Infinity) this.queue.push(t, EV_EMIT, f, 0);
  }

  /** Sends message m along `route`, fragmented to the route's MTU (IPv4 rules). */
  private send(m: number, route: number, size: number, now: number): void {
    const { pool, routes, msgs } = this;
    const f = msgs.flow[m];
    const mtu = routes.mtu[route];
    const port = routes.ports[routes.start[route]];
    let count = 1;
    let payload = size;
    if (size > mtu) {
      payload = Math.floor((mtu - IP_HEADER) / 8) * 8;
      count = Math.ceil((size - IP_HEADER) / payload);
    }
    msgs.left[m] = count;
    for (let i = 0; i < count; i++) {
      const pkt = pool.alloc();
      pool.msg[pkt] = m;
      pool.route[pkt] = route;
      pool.hop[pkt] = 0;
      pool.size[pkt] = count === 1 ? size : IP_HEADER + (i < count - 1 ? payload : size - IP_HEADER - (count - 1) * payload);
      pool.prio[pkt] = this.prio[f];
      pool.tagged[pkt] = this.tagged[f];
      pool.lastBitAt[pkt] = 0;
      this.ports.enqueue(port, pkt, now, this.seq);
    }
  }

  /** A copy of message m that goes on along `route` after hop `hop` (−1: from the talker). */
  private replicate(m: number, route: number, size: number, hop: number, now: number): void {
    const { pool, routes } = this;
    const f = this.msgs.flow[m];
    const pkt = pool.alloc();
    pool.msg[pkt] = m;
    pool.route[pkt] = route;
    pool.hop[pkt] = hop + 1;
    pool.size[pkt] = size;
    pool.prio[pkt] = this.prio[f];
    pool.tagged[pkt] = this.tagged[f];
    pool.lastBitAt[pkt] = 0;
    this.msgs.left[m]++;
    this.ports.enqueue(routes.ports[routes.start[route] + hop + 1], pkt, now, this.seq);
  }

  /** 802.1CB at a relay: split copies off after this hop, or eliminate the later copy here. False when the packet was eliminated. */
  private relay(pkt: number, r: number, hop: number, now: number): boolean {
    const red = this.redundancy;
    const msgs = this.msgs;
    const m = this.pool.msg[pkt];
    if (red.mergeAt[r] === hop) {
      if (msgs.merged[m] === 1) {
        this.pool.release(pkt);
        if (--msgs.left[m] === 0) msgs.release(m);
        return false;
      }
      msgs.merged[m] = 1;
    }
    for (const sp of red.splits[r]) if (sp.hop === hop) this.replicate(m, sp.route, this.pool.size[pkt], hop, now);
    return true;
  }

  private arrive(pkt: number, now: number): void {
    this.hops++;
    const { pool, routes } = this;
    const r = pool.route[pkt];
    if (this.lossy[routes.ports[routes.start[r] + pool.hop[pkt]] >> 1] === 1 && this.lostOnLink(routes.ports[routes.start[r] + pool.hop[pkt]] >> 1, now)) {
      this.drop(pkt);
      return;
    }
    if (this.redundancy.redundant[this.msgs.flow[pool.msg[pkt]]] === 1 && !this.relay(pkt, r, pool.hop[pkt], now)) return;
    const h = pool.hop[pkt] + 1;
    if (h < routes.length[r]) {
      pool.hop[pkt] = h;
      this.ports.enqueue(routes.ports[routes.start[r] + h], pkt, now, this.seq);
      return;
    }
    const msgs = this.msgs;
    const m = pool.msg[pkt];
    pool.release(pkt);
    if (this.redundancy.redundant[msgs.flow[m]] === 1) {
      // the listener keeps the first copy and eliminates the others
      if (msgs.delivered[m] === 0) {
        msgs.delivered[m] = 1;
        if (msgs.counted[m] === 1) this.stats[msgs.flow[m]].record(now - msgs.emitted[m], msgs.size[m], now);
      }
      if (--msgs.left[m] === 0) msgs.release(m);
      return;
    }
    if (--msgs.left[m] > 0) return;
    if (msgs.lost[m] === 1) {
      msgs.release(m);
      return;
    }
    const f = msgs.flow[m];
    if (this.hasResponse[f] === 1 && msgs.phase[m] === 0) {
      this.compute.arrive(this.flowTo[f], m, now);
      return;
    }
    if (msgs.counted[m] === 1) this.stats[f].record(now - msgs.emitted[m], msgs.size[m], now);
    msgs.release(m);
  }

  private respond(m: number, now: number): void {
    const f = this.msgs.flow[m];
    this.msgs.phase[m] = 1;
    this.send(m, 2 * f + 1, Math.max(1, Math.round(this.responseSize[f]!())), now);
  }

  /** Whether a frame arriving now over link l is lost: the link is down, or a loss draw says so. */
  private lostOnLink(l: number, now: number): boolean {
    for (const [from, to] of this.model.links[l].failures) if (now >= from && now < to) return true;
    const rng = this.lossRng[l];
    return rng !== undefined && rng.next() < this.model.links[l].loss;
  }

  private drop(pkt: number): void {
    const m = this.pool.msg[pkt];
    this.pool.release(pkt);
    this.msgs.lost[m] = 1;
    if (--this.msgs.left[m] === 0) this.msgs.release(m);
  }

  private result(): ReplicationResult {
    const p = this.ports;
    const c = this.compute;
    return {
      replication: this.replication,
      events: this.events,
      packetHops: this.hops,
      endPs: this.now,
      binPs: Math.ceil(this.model.durationPs / TIMELINE_BINS),
      flows: this.stats.map((s) => s.data()),
      ports: {
        busyPs: p.busyPs,
        frames: p.frames,
        drops: p.drops,
        maxQueue: p.maxQueue,
        waitSum: p.waitSum,
        waitCount: p.waitCount,
        busyBins: p.busyBins,
      },
      compute: { busyPs: c.busyPs, waitSum: c.waitSum, jobs: c.jobs, batches: c.batches },
      hops: { waitSum: p.hopWaitSum, waitMax: p.hopWaitMax, frames: p.hopFrames },
      computeByFlow: { waitSum: c.flowWaitSum, waitMax: c.flowWaitMax, serviceSum: c.flowServiceSum, jobs: c.flowJobs },
    };
  }
}
