/**
 * One replication of a scenario: sources emit messages, messages are fragmented into
 * packets that cross ports hop by hop, requests are served by compute nodes and answered,
 * and every delivery is recorded in the flow's streaming statistics.
 *
 * Pure and deterministic: time is integer picoseconds, randomness comes from named streams
 * of one seed, events at one instant run in the order they were scheduled.
 */
import type { FlowId, MessageId, NodeIndex, PacketId, PortId, RouteId } from '../core/ids.ts';
import { type EventKind, Kernel } from '../core/Kernel.ts';
import { MemoryBudget, ResourceLimitError } from '../core/ResourceLimit.ts';
import { Rng } from '../core/Rng.ts';
import type { Ps } from '../core/SimTime.ts';
import { ComputeNodes } from '../compute/ComputeNodes.ts';
import { Gateways } from '../net/Gateways.ts';
import type { LlmServers } from '../compute/LlmServers.ts';
import { CHUNK, type LlmClients, llmServing } from './LlmClients.ts';
import { jobClasses } from '../compute/jobClasses.ts';
import { PacketPool } from '../net/PacketPool.ts';
import { Ports } from '../net/Ports.ts';
import { Routes } from '../net/Routes.ts';
import type { Model } from '../scenario/model.ts';
import { FlowTable } from '../stats/FlowTable.ts';
import { sampler, type Sampler } from '../traffic/sampler.ts';
import { PeriodicRings } from '../traffic/PeriodicRings.ts';
import { Source } from '../traffic/Source.ts';
import { Messages } from './Messages.ts';
import { legRoutes, Pipelines } from './Pipelines.ts';
import { Redundancy } from './Redundancy.ts';
import { type TraceOptions, Tracer, type TraceSink } from './Tracer.ts';
import { collectResult, type ReplicationResult, TIMELINE_BINS } from './ReplicationResult.ts';
import { PROGRESS_EVERY, runInSlices } from './runInSlices.ts';
import { whereItPiledUp } from './whereItPiledUp.ts';
import { MessageSizes } from './MessageSizes.ts';
import { LinkLoss } from './LinkLoss.ts';
import { flowRoutes } from './engineRoutes.ts';

const IP_HEADER = 20;

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
  private readonly kernel: Kernel;
  private readonly emitKind: EventKind;
  private readonly pool: PacketPool;
  private readonly msgs: Messages;
  private readonly routes: Routes;
  private readonly ports: Ports;
  private readonly compute: ComputeNodes;
  /** smart gateways' protocol conversion, when some gateway converts */
  private readonly gateways: Gateways | undefined;
  /** LLM engines and what their clients see, when some flow is an LLM's */
  private readonly llm: LlmServers | undefined;
  private readonly llmClients: LlmClients | undefined;
  /** 802.1CB, when some flow is redundant */
  private readonly frer: Redundancy | undefined;
  /** pipeline flows' stages, when some flow has a pipeline */
  private readonly pipes: Pipelines | undefined;
  private readonly sources: Source[];
  /** the periodic flows' pending emissions, out of the event queue but for one per period */
  private readonly rings: PeriodicRings;
  private readonly stats: FlowTable;
  /** each flow's constant size (NaN when drawn or set by its pattern: then `sizes`) */
  private readonly constSize: Float64Array;
  private readonly sizes: MessageSizes;
  /** whether a flow's pattern sets some of its sizes (a trace's sizes, a burst's last packet) */
  private readonly patternSized: Uint8Array;
  private readonly responseSize: (Sampler | undefined)[];
  private readonly hasResponse: Uint8Array;
  private readonly prio: Uint8Array;
  private readonly tagged: Uint8Array;
  private readonly flowTo: Int32Array;
  /** per link: whether frames can be lost on it (LinkLoss says whether one is) */
  private readonly lossy: Uint8Array;
  private readonly loss: LinkLoss;
  private events = 0;
  private hops = 0;
  /** per-packet outcomes and transmissions, when a run asks for them (none: the hot path does nothing more) */
  private trace: Tracer | undefined;

  constructor(
    private readonly model: Model,
    private readonly replication = 0,
    private readonly limits: SimLimits = {},
  ) {
    const budget = new MemoryBudget(limits.maxMemoryBytes);
    const kernel = (this.kernel = new Kernel(4096, budget));
    const pool = (this.pool = new PacketPool(4096, budget));
    const msgs = (this.msgs = new Messages(4096, budget));
    const rng = new Rng(model.seed, replication);
    const windowStart = model.warmupPs as Ps;
    const windowEnd = model.durationPs as Ps;
    const allRoutes = flowRoutes(model);
    this.routes = new Routes(allRoutes, (port) => model.links[port >> 1].mtu);
    const binPs = Math.ceil(model.durationPs / TIMELINE_BINS);
    // b = 1: the emission is its period's ring's earliest
    this.emitKind = kernel.register('source:emit', (f, b) => this.emit(f as FlowId, b === 1));
    this.ports = new Ports({
      model,
      kernel,
      pool,
      rng,
      routes: this.routes,
      window: { startPs: windowStart, endPs: windowEnd, binPs, bins: TIMELINE_BINS },
      onDrop: (pkt, port) => this.drop(pkt, port),
      onArrive: (pkt) => this.arrive(pkt),
    });
    this.gateways = model.nodes.some((n) => n.gateway)
      ? new Gateways({ model, kernel, pool, window: { startPs: windowStart, endPs: windowEnd }, onReady: (pkt) => this.forward(pkt) })
      : undefined;
    this.frer = Redundancy.of({ model, routes: allRoutes, table: this.routes, pool, msgs, ports: this.ports, onDeliver: (m) => this.deliver(m) });
    const pipes = (this.pipes = Pipelines.of({
      model,
      rng,
      msgs,
      now: () => kernel.now,
      legRoute: legRoutes(model),
      stageBase: jobClasses(model).stageBase,
      send: (m, route, size) => this.send(m, route, size),
      serve: (node, m) => this.compute.arrive(node, m),
      deliver: (m) => this.deliver(m),
    }));
    this.compute = new ComputeNodes({
      model,
      kernel,
      rng,
      budget,
      windowStart,
      windowEnd,
      // a pipeline flow's message is a job of its stage's class; a request flow's, of its own
      classOf: pipes === undefined ? (msg) => msgs.flow[msg] : (msg) => (pipes.on[msgs.flow[msg]] === 1 ? pipes.classOf(msg) : msgs.flow[msg]),
      onDone: (msg) => (pipes !== undefined && pipes.on[msgs.flow[msg]] === 1 ? pipes.served(msg) : this.respond(msg)),
    });
    const llm = llmServing(
      { model, kernel, rng, msgs, windowStart, windowEnd },
      (c) => this.send(c, (2 * msgs.flow[c] + 1) as RouteId, msgs.size[c]),
      (m) => {
        if (this.trace !== undefined) this.lostNow(m); // never fits the KV cache: lost
        msgs.release(m);
      },
    );
    this.llm = llm?.servers;
    this.llmClients = llm?.clients;
    const flows = model.flows;
    this.sources = flows.map((f) => new Source(f, rng));
    this.rings = new PeriodicRings(flows);
    const deadlines = flows.map(({ requirement: r }) => (r?.latency !== undefined ? Math.round(r.latency * 1e12) : Infinity));
    this.stats = new FlowTable(deadlines, binPs, TIMELINE_BINS);
    this.constSize = Float64Array.from(flows, (f) => (f.size.dist === 'constant' ? f.size.value : NaN));
    this.patternSized = Uint8Array.from(flows, ({ pattern: p }) => ((p.type === 'trace' && p.sizes !== undefined) || p.type === 'burst' ? 1 : 0));
    this.sizes = new MessageSizes(flows, this.sources, this.constSize, rng);
    this.responseSize = flows.map((f) => (f.response ? sampler(f.response.size, rng.stream(`flow:${f.id}/response`)) : undefined));
    this.hasResponse = Uint8Array.from(flows, (f) => (f.response ? 1 : 0));
    this.prio = Uint8Array.from(flows, (f) => f.priority);
    this.tagged = Uint8Array.from(flows, (f) => (f.tagged ? 1 : 0));
    this.flowTo = Int32Array.from(flows, (f) => f.to);
    this.loss = new LinkLoss(model.links, rng);
    this.lossy = this.loss.lossy;
  }

  /** Records the run's per-packet outcomes and the transmissions on some ports into `sink` (call before run). */
  traceTo(options: TraceOptions, sink: TraceSink): void {
    const { model, pool, msgs } = this;
    const trace = (this.trace = new Tracer(model.flows.length, model.ports.length, options, sink));
    if (trace.portOn.includes(1))
      this.ports.wire.tap(trace.portOn, (port, pkt, startPs) =>
        trace.frame(port, startPs, pool.size[pkt], msgs.flow[pool.msg[pkt]], pool.prio[pkt], pool.tagged[pkt]),
      );
  }

  run(host: SimHost = {}): ReplicationResult {
    try {
      return this.loop(host);
    } catch (e) {
      throw this.placed(e);
    }
  }

  /**
   * As run(), for a trace whose sink may ask the engine to wait (its host writes slower than the run
   * traces): the kernel runs in slices (runInSlices). Without such a sink: run().
   */
  async runPaced(host: SimHost = {}): Promise<ReplicationResult> {
    const trace = this.trace;
    if (trace === undefined || !trace.paced) return this.run(host);
    try {
      const end = this.start();
      this.events = await runInSlices(
        this.kernel,
        end,
        () => trace.wait(),
        (events, now) => this.ticked(host, events, now, end),
      );
      return this.finish(host);
    } catch (e) {
      throw this.placed(e);
    }
  }

  /** A limit's error with the replication and where the traffic piled up; any other error as it is. */
  private placed(e: unknown): unknown {
    if (!(e instanceof ResourceLimitError)) return e;
    const waiting = this.llm?.plusWaiting(this.compute.waiting) ?? this.compute.waiting;
    return new ResourceLimitError(
      `replication ${this.replication + 1}: ${e.message} ${whereItPiledUp(this.model, this.kernel.now, this.ports.stats.maxQueue, waiting)}`,
    );
  }

  private loop(host: SimHost): ReplicationResult {
    const end = this.start();
    this.events = this.kernel.run(end, PROGRESS_EVERY, (events, now) => this.ticked(host, events, now, end));
    return this.finish(host);
  }

  /** Schedules the first emissions; the time the run ends. */
  private start(): Ps {
    // first emissions in flow order, so same-instant sends run in the order flows are declared
    const firsts = this.sources.map((src, f) => {
      const t = src.first();
      if (this.rings.ringOf[f] >= 0) this.rings.startCount(f, src.index());
      return t;
    });
    this.rings.scheduleFirst(this.kernel, this.emitKind, firsts);
    return (this.model.durationPs + this.model.drainPs) as Ps;
  }

  /** Every PROGRESS_EVERY events: the event limit, then the host's progress. */
  private ticked(host: SimHost, events: number, now: Ps, end: Ps): void {
    const maxEvents = this.limits.maxEvents ?? Infinity;
    if (events > maxEvents)
      throw new ResourceLimitError(
        `the run passed ${events.toLocaleString('en-US')} events, more than the limit of ${maxEvents.toLocaleString('en-US')} (--max-events)`,
      );
    host.progress?.(Math.min(1, now / end), now, events);
  }

  private finish(host: SimHost): ReplicationResult {
    this.trace?.flush();
    host.progress?.(1, this.kernel.now, this.events);
    const result = collectResult(this.model, this.replication, this.events, this.hops, this.kernel.now, this.stats, this.ports.stats, this.compute, this.pipes);
    if (this.gateways !== undefined) result.gateways = this.gateways.result();
    return this.llm === undefined ? result : { ...result, llm: this.llmClients!.result(this.llm) };
  }

  private emit(f: FlowId, fromRing: boolean): void {
    const now = this.kernel.now;
    // a periodic flow's instants are counted by the rings; its source is not reached
    const periodic = this.rings.ringOf[f] >= 0;
    const n = periodic ? 1 : this.sources[f].burstSize();
    const msgs = this.msgs;
    const constant = this.constSize[f];
    for (let k = 0; k < n; k++) {
      const size = !Number.isNaN(constant) && this.patternSized[f] === 0 ? constant : this.sizes.at(f, k);
      const m = msgs.alloc();
      msgs.flow[m] = f;
      msgs.emitted[m] = now;
      msgs.lost[m] = 0;
      msgs.phase[m] = 0;
      msgs.size[m] = size;
      if (this.trace !== undefined) this.trace.emitted(m, f, now);
      const counted = now >= this.model.warmupPs;
      msgs.counted[m] = counted ? 1 : 0;
      if (counted) this.stats.sent(f);
      if (this.pipes !== undefined && this.pipes.on[f] === 1) this.pipes.emit(m, size);
      else this.send(m, (2 * f) as RouteId, size);
      this.frer?.emit(m, f, size);
    }
    this.rings.schedule(this.kernel, this.emitKind, f, periodic ? this.rings.next(f) : this.sources[f].next(), fromRing);
  }

  /** Sends message m along `route`, fragmented to the route's MTU (IPv4 rules). */
  private send(m: MessageId, route: RouteId, size: number): void {
    const { pool, routes, msgs } = this;
    const f = msgs.flow[m];
    const mtu = routes.mtu[route];
    const port = routes.ports[routes.start[route]] as PortId;
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
      this.ports.enqueue(port, pkt);
    }
  }

  /** A frame reached the far end of the port its packet crossed: lost there, forwarded, or delivered. */
  private arrive(pkt: PacketId): void {
    this.hops++;
    const { pool, routes } = this;
    const r = pool.route[pkt] as RouteId;
    const at = routes.start[r] + pool.hop[pkt];
    if (this.lossy[routes.ports[at] >> 1] === 1 && this.loss.lost(routes.ports[at] >> 1, this.kernel.now)) {
      this.drop(pkt, routes.ports[at] as PortId);
      return;
    }
    const frer = this.frer;
    if (frer !== undefined && frer.redundant[r] === 1 && !frer.relay(pkt, r, pool.hop[pkt])) return;
    const h = pool.hop[pkt] + 1;
    if (h < routes.length[r]) {
      pool.hop[pkt] = h;
      const gw = this.gateways;
      if (gw !== undefined && gw.after[routes.ports[at]] >= 0) gw.arrive(gw.after[routes.ports[at]] as NodeIndex, pkt);
      else this.ports.enqueue(routes.ports[at + 1] as PortId, pkt);
      return;
    }
    const msgs = this.msgs;
    const m = pool.msg[pkt] as MessageId;
    pool.release(pkt);
    if (frer !== undefined && frer.redundant[r] === 1) {
      frer.listen(m);
      return;
    }
    if (--msgs.left[m] > 0) return;
    if (msgs.lost[m] === 1) {
      if (this.trace !== undefined) this.lostNow(m);
      msgs.release(m);
      return;
    }
    const f = msgs.flow[m];
    if (this.pipes !== undefined && this.pipes.on[f] === 1) {
      this.pipes.arrived(m);
      return;
    }
    if (this.hasResponse[f] === 1 && msgs.phase[m] === 0) {
      if (this.llm !== undefined && this.llm.isLlm[f] === 1) {
        this.llmClients!.started(m);
        this.llm.arrive(this.flowTo[f] as NodeIndex, m);
      } else this.compute.arrive(this.flowTo[f] as NodeIndex, m);
      return;
    }
    if (this.llm !== undefined && this.llm.isLlm[f] === 1) {
      this.llmClients!.arrived(m, this.kernel.now);
      if (msgs.phase[m] === CHUNK) return void msgs.release(m);
    }
    this.deliver(m);
    msgs.release(m);
  }

  /** A packet a gateway converted goes on to the port of its current hop. */
  private forward(pkt: PacketId): void {
    const { pool, routes } = this;
    this.ports.enqueue(routes.ports[routes.start[pool.route[pkt]] + pool.hop[pkt]] as PortId, pkt);
  }

  /** Message m reached its destination now: its latency counts if it was emitted in the window. */
  private deliver(m: MessageId): void {
    const now = this.kernel.now;
    const msgs = this.msgs;
    if (msgs.counted[m] === 1) this.stats.record(msgs.flow[m], now - msgs.emitted[m], msgs.size[m], now);
    if (this.trace !== undefined) this.trace.outcome(m, msgs.flow[m], msgs.emitted[m], msgs.size[m], now);
  }

  /** Message m is lost (its last fragment or copy is gone): its outcome, if traced. */
  private lostNow(m: MessageId): void {
    const msgs = this.msgs;
    this.trace?.outcome(m, msgs.flow[m], msgs.emitted[m], msgs.size[m], -1);
  }

  private respond(m: MessageId): void {
    const f = this.msgs.flow[m];
    this.msgs.phase[m] = 1;
    this.send(m, (2 * f + 1) as RouteId, Math.max(1, Math.round(this.responseSize[f]!())));
  }

  private drop(pkt: PacketId, port: PortId): void {
    const m = this.pool.msg[pkt] as MessageId;
    this.pool.release(pkt);
    this.msgs.lost[m] = 1;
    // a streamed answer's packet before its last is no message the trace knows
    const traced = this.trace !== undefined && this.msgs.phase[m] !== CHUNK;
    if (traced) this.trace!.dropped(m, port);
    if (--this.msgs.left[m] === 0) {
      if (traced) this.lostNow(m);
      this.msgs.release(m);
    }
  }
}
