/**
 * Network-wide bounds: arrival curves propagated hop by hop (a stream's burst at a port is its
 * source burst plus its rate times the delay variation it has picked up upstream, Le Boudec &
 * Thiran, Network Calculus, Theorem 1.4.3 with the jitter of the path so far), every port
 * analysed with the curves of everything crossing it, compute nodes bounded from the requests
 * they receive, and responses leaving them with the jitter of request path and compute node.
 *
 * Bursts depend on upstream delays, which depend on upstream bursts: the computation is a
 * fixed point (fixedPoint.ts), exact for feed-forward networks.
 */
import type { Model } from '../scenario/model.ts';
import { wireBytes } from '../scenario/compile.ts';
import { type Curve, tokenBucket } from './Curve.ts';
import { analysePort, type EntryResult, type PortEntry, type PortSpec } from './analysePort.ts';
import { handover, tailInflation } from './cutThrough.ts';
import { analyseTsnPort } from './tsn/analyseTsnPort.ts';
import { preemptable, tsnSpec, type TsnSpec } from './tsn/TsnSpec.ts';
import { unmodelled as radioPorts } from './unmodelled.ts';
import { computeNodeBound, multiQueueBound } from './computeNodeBound.ts';
import { computeQueues, type ComputeQueue } from './computeQueues.ts';
import { pathBound, pathDelay, packetizedAll, type PathBound } from './pathBound.ts';
import { fixedPoint, type State } from './fixedPoint.ts';
import { GatewayBounds } from './gatewayHops.ts';
import { hasCycle } from './hasCycle.ts';
import { PhaseCache, type Phased } from './phaseAligned.ts';
import { because, via, type Reason } from './Reason.ts';
import { wireRatio, type Stream } from './Stream.ts';

const PS = 1e-12;

export interface StreamBound {
  stream: Stream;
  /** per hop: the port's result for this stream */
  hops: EntryResult[];
  /** end-to-end, from the stream's emission (the compute node's answer for a response) */
  path: PathBound;
  delay: number;
  minDelay: number;
  /** jitter of the emissions themselves (a response inherits its request's and the compute node's) */
  ingressJitter: number;
  why?: Reason;
}

export interface ComputeNodeResult {
  node: number;
  delay: number;
  why?: Reason;
  streams: number[];
}

export interface NetworkBounds {
  specs: (PortSpec & { tsn?: TsnSpec })[];
  /** TSN ports: the backlog bound (bits, all classes) and whether frames that fit no window are dropped */
  tsnPorts: ({ backlog: number; drops: boolean } | undefined)[];
  /** per port: the (stream, hop) pairs that cross it, with their last entries and results */
  members: { s: number; h: number }[][];
  /** per stream and hop: its place in its port's members */
  slots: number[][];
  entries: PortEntry[][];
  results: EntryResult[][];
  streams: StreamBound[];
  compute: ComputeNodeResult[];
  iterations: number;
  cyclic: boolean;
}

export function boundNetwork(model: Model, streams: Stream[]): NetworkBounds {
  const specs: (PortSpec & { tsn?: TsnSpec })[] = model.ports.map((p) => {
    const node = model.nodes[p.from];
    return {
      rate: model.links[p.link].rateBps,
      fifo: node.scheduler === 'fifo',
      txBuffer: node.txBuffer,
      label: `${node.id}→${model.nodes[p.to].id}`,
      tsn: tsnSpec(model, p.index),
    };
  });
  const members: { s: number; h: number }[][] = model.ports.map(() => []);
  const slot: number[][] = streams.map((s) => s.hops.map((hop, h) => members[hop.port].push({ s: s.index, h }) - 1));
  const statics = members.map((ms, p) =>
    ms.map(({ s, h }): StaticEntry => {
      const st = streams[s];
      const hop = st.hops[h];
      const link = model.links[model.ports[p].link];
      const prevLink = hop.prev >= 0 ? model.links[model.ports[hop.prev].link] : undefined;
      // cut-through into this port's switch: arrivals are early by up to the frame's tail, which an egress faster than
      // the rest of the frame takes to arrive waits for: a plain port held meanwhile, a TSN port's class only (cutThrough.ts)
      const ct = prevLink ? st.hops[h - 1].cutThrough : 0;
      const tail = ct > 0 ? tailInflation(st, prevLink!, link, ct, model.nodes[model.ports[p].from].latencyPs * PS) : undefined;
      const kappa = tail?.ratio ?? 1;
      const held = specs[p].tsn ? 0 : (tail?.tail ?? 0);
      const out = handover(link, hop.bytes, hop.cutThrough);
      return {
        label: st.label,
        cls: specs[p].fifo ? 0 : st.priority,
        frameMax: held > 0 ? Math.max(hop.frameMax, tail!.frameMax) : hop.frameMax,
        frameMin: hop.frameMin,
        prev: hop.prev,
        prevRate: prevLink?.rateBps ?? 0,
        ratio: (prevLink ? wireRatio(st, prevLink, link) : 1) * kappa,
        prevFrameBits: prevLink ? 8 * wireBytes(prevLink.framing, st.frameSizes.max, st.tagged) + (ct > 0 ? 8 * (prevLink.framing.preamble + ct) : 0) : 0,
        prevHeldBits:
          prevLink && specs[hop.prev].tsn && preemptable(specs[hop.prev].tsn!, st.priority) ? 8 * wireBytes(prevLink.framing, st.frameSizes.max, st.tagged) : 0,
        ifgBits: 8 * link.framing.ifg,
        bytes: hop.bytes,
        handover: { ...out, bits: out.bits + held },
        scale: kappa,
        early: ct > 0,
      };
    }),
  );
  const unmodelled = radioPorts(model);
  const dmin = streams.map((s) => {
    const out = [0];
    s.hops.forEach((hop, h) => out.push(out[h] + hop.lastBitMin + hop.constant));
    return out;
  });
  // a response's emissions are counted from its request's lattice instant: shift by the request's least delay
  const base = streams.map((s) => (s.kind === 'response' ? streams.find((r) => r.flow === s.flow && r.kind === 'request')!.minLatency + s.computeMin : 0));
  const queuesAt = new Map<number, ComputeQueue[]>();
  for (const q of computeQueues(model)) queuesAt.set(q.node, [...(queuesAt.get(q.node) ?? []), q]);
  const requestOf = new Map<number, number>(streams.filter((s) => s.kind === 'request').map((s) => [s.flow, s.index]));
  const responseOf = new Map<number, number>(streams.filter((s) => s.kind === 'response').map((s) => [s.flow, s.index]));

  // a port whose streams bring the same delay variations (and reasons) as in the last round has the same entries and results
  type LastPort = { J: number[]; why: (Reason | undefined)[]; entries: PortEntry[]; results: EntryResult[]; tsn: NetworkBounds['tsnPorts'][number] };
  let last: (LastPort | undefined)[] | undefined;
  const unchanged = (state: State, p: number) => {
    const was = last?.[p];
    return was !== undefined && members[p].every(({ s, h }, k) => state.J[s][h] === was.J[k] && state.why[s] === was.why[k]);
  };

  // a stream whose ports all kept their results, and whose emissions their jitter, has the bound (and sets the delay variations) of the last round
  const lastStream: ({ J0: number; why: Reason | undefined; bound: StreamBound; J: number[]; sets?: Reason } | undefined)[] = [];
  const keeps = (state: State, s: Stream, reuse: readonly boolean[]) => {
    const was = lastStream[s.index];
    return (
      was !== undefined &&
      was.J0 === state.J[s.index][0] &&
      was.why === state.why[s.index] &&
      s.hops.every((hop) => reuse[hop.port]) &&
      !gateways.touches[s.index]
    );
  };

  const phases = new PhaseCache();
  // fieldbus polls and gateways' conversion: their hops' results depend on every stream they serve
  const gateways = new GatewayBounds(model, streams, members, slot);

  function evaluate(state: State): { next: State; out: Omit<NetworkBounds, 'iterations' | 'cyclic' | 'specs' | 'members' | 'slots'> } {
    const reuse = statics.map((_, p) => unchanged(state, p));
    // what the last round made for the ports and streams made again is garbage from here on: let it go before this round
    // makes theirs (at 50,000 devices a round is hundreds of MB, and two alive at once set the peak)
    for (let p = 0; p < (last?.length ?? 0); p++) if (!reuse[p]) last![p] = undefined;
    for (const s of streams) if (!keeps(state, s, reuse)) lastStream[s.index] = undefined;
    phases.round();
    const entries: PortEntry[][] = statics.map((ps, p) =>
      reuse[p]
        ? last![p]!.entries
        : ps.map((st, k) => {
            const { s, h } = members[p][k];
            const stream = streams[s];
            const J = state.J[s][h];
            if (!stream.source.ok) return portEntry(st, null, because(stream.source.reason));
            if (!Number.isFinite(J)) return portEntry(st, null, state.why[s] ?? because('its delay upstream has no bound'));
            const a = stream.source.arrival;
            const unit = stream.hops[h].unitBits * (st.scale ?? 1);
            // bursts with the per-frame slack; the long-term rate as exact as the engine's port time
            const arrival = tokenBucket(unit * (a.burst + a.rate * J), stream.hops[h].unitWireBits * (st.scale ?? 1) * a.rate);
            const l = stream.lattice;
            if (!l) return portEntry(st, arrival);
            // the unit's frames reach this port within [lo, hi] after its lattice instant (1 ps margins for rounding)
            const lo = base[s] + dmin[s][h];
            return portEntry(st, arrival, undefined, { bits: unit, period: l.period, phase: l.phase, lo: lo - PS, hi: lo + J + l.spread + PS });
          }),
    );
    const tsnPorts: NetworkBounds['tsnPorts'] = specs.map(() => undefined);
    const analysed = entries.map((es, p) => {
      if (es.length === 0) return [];
      if (reuse[p]) {
        tsnPorts[p] = last![p]!.tsn;
        return last![p]!.results;
      }
      const spec = specs[p];
      let r: EntryResult[];
      if (spec.tsn) {
        const t = analyseTsnPort({ ...spec, tsn: spec.tsn }, es, phases);
        tsnPorts[p] = { backlog: t.backlog, drops: t.drops };
        r = t.results;
      } else r = analysePort(spec, es, { cache: phases });
      const radio = unmodelled[p];
      return radio ? r.map((x) => ({ ...x, delay: Infinity, completion: Infinity, service: null, why: because(`${spec.label} uses ${radio}`) })) : r;
    });
    last = members.map((ms, p) =>
      reuse[p]
        ? last![p]
        : {
            J: ms.map(({ s, h }) => state.J[s][h]),
            why: ms.map(({ s }) => state.why[s]),
            entries: entries[p],
            results: analysed[p],
            tsn: tsnPorts[p],
          },
    );
    const results = gateways.active ? gateways.overlay(analysed, state.J) : analysed;
    const next: State = { J: state.J.map((j) => [...j]), why: [...state.why] };
    const bounds: StreamBound[] = [];
    const computeOut: ComputeNodeResult[] = [];
    const streamBound = (s: Stream): StreamBound => {
      const was = lastStream[s.index];
      if (was) {
        for (let h = 1; h < s.hops.length; h++) next.J[s.index][h] = was.J[h];
        if (was.sets) next.why[s.index] = was.sets;
        return was.bound;
      }
      const bound = boundOf(s);
      lastStream[s.index] = { J0: state.J[s.index][0], why: state.why[s.index], bound, J: [...next.J[s.index]], sets: bound.why && next.why[s.index] };
      return bound;
    };
    const boundOf = (s: Stream): StreamBound => {
      const hops = s.hops.map((hop, h) => results[hop.port][slot[s.index][h]]);
      const J0 = state.J[s.index][0];
      const why = !s.source.ok ? because(s.source.reason) : !Number.isFinite(J0) ? state.why[s.index] : hops.find((r) => r.why)?.why;
      const path: PathBound = { pboo: Infinity, additive: Infinity, latency: [], packetization: [], burst: 0, bottleneck: 0 };
      if (!s.source.ok || !Number.isFinite(J0)) {
        for (let h = 1; h < s.hops.length; h++) next.J[s.index][h] = Infinity;
        return { stream: s, hops, path, delay: Infinity, minDelay: s.minLatency, ingressJitter: J0, why };
      }
      const a = s.source.arrival;
      const alpha = tokenBucket(s.unitM * (a.burst + a.rate * J0), s.unitM * a.rate);
      const pathHops = hops.map((r, h) => ({ service: r.service, delay: r.delay, constant: s.hops[h].constant, saving: r.saving }));
      // the delay up to each hop (its burst at the next), then the whole route's bound: each service less a frame made once
      const packed = packetizedAll(pathHops, s.frameM);
      for (let h = 1; h < s.hops.length; h++) next.J[s.index][h] = J0 + pathDelay(alpha, pathHops.slice(0, h), packed) - dmin[s.index][h];
      const e2e = s.hops.length > 0 ? pathBound(alpha, pathHops, s.frameM, packed) : path;
      const delay = Math.min(e2e.pboo, e2e.additive);
      const reason = Number.isFinite(delay) ? undefined : (why ?? because('no bound'));
      if (reason) next.why[s.index] = reason;
      return { stream: s, hops, path: e2e, delay, minDelay: s.minLatency, ingressJitter: J0, why: reason };
    };
    for (const s of streams) bounds[s.index] = streamBound(s);
    for (const [node, qs] of queuesAt) {
      const c = model.nodes[node].compute!;
      // requests reaching the node: a token bucket in requests, from each request stream's arrival and delay variation
      let burst = 0;
      let rate = 0;
      let late: Reason | undefined;
      const queueLoad = qs.map(() => ({ burst: 0, rate: 0 }));
      qs.forEach((q, k) =>
        q.flows.forEach((f) => {
          const b = bounds[requestOf.get(f)!];
          if (!Number.isFinite(b.delay) || !b.stream.source.ok) {
            late ??= via(`the requests of ${model.flows[f].id} have no bound`, b.why ?? because('no bound'));
            return;
          }
          const a = b.stream.source.arrival;
          const n = b.stream.packetsPerUnit;
          queueLoad[k].burst += n * (a.burst + a.rate * (b.delay - b.minDelay));
          queueLoad[k].rate += n * a.rate;
        }),
      );
      for (const l of queueLoad) {
        burst += l.burst;
        rate += l.rate;
      }
      qs.forEach((q, k) => {
        let why = late;
        if (q.unbounded) {
          const u = q.unbounded;
          why = because(
            u.llm
              ? `its requests are served by the LLM engine at ${model.nodes[node].id} (continuous batching, KV-cache admission), which has no bound yet`
              : u.own
                ? `the service time of ${model.flows[u.flow].id} at ${model.nodes[node].id} is ${u.dist}-distributed, with no largest value`
                : `${model.nodes[node].id}'s service time is ${u.dist}-distributed, with no largest value`,
          );
        }
        let delay = Infinity;
        if (!why) {
          delay = qs.length === 1 ? computeNodeBound({ servers: c.servers, ...q }, burst, rate) : multiQueueBound(c.servers, qs, k, burst, rate);
          if (!Number.isFinite(delay))
            why = because(
              `${model.nodes[node].id} is overloaded: ${rate.toPrecision(4)} requests/s for ${c.servers} server(s) ` +
                `taking up to ${(q.batchService * 1e3).toPrecision(4)} ms per batch of ≤ ${q.batchMax}`,
            );
        }
        computeOut.push({ node, delay, why, streams: q.flows.map((f) => requestOf.get(f)!) });
        for (const f of q.flows) {
          const resp = responseOf.get(f)!;
          const b = bounds[requestOf.get(f)!];
          // responses leave between (request's least latency + least service) and (its bound + the node's bound)
          const J0 = Number.isFinite(delay) && Number.isFinite(b.delay) ? b.delay - b.minDelay + delay - streams[resp].computeMin : Infinity;
          next.J[resp][0] = J0;
          if (!Number.isFinite(J0)) next.why[resp] = why ?? b.why;
        }
      });
    }
    return { next, out: { entries, results, streams: bounds, compute: computeOut, tsnPorts } };
  }

  const cyclic = hasCycle(model, streams);
  const { out, iterations } = fixedPoint(evaluate, streams, cyclic);
  return { specs, members, slots: slot, ...out, iterations, cyclic };
}

/** What a port entry keeps from round to round: all but its arrival (and why it has none) and its window of delays. */
type StaticEntry = Omit<PortEntry, 'arrival' | 'why' | 'window'>;

/**
 * A round's port entry, written out field by field: spread (`{ ...st, arrival }`), an object of this many fields got a
 * hidden class of its own in V8, about 0.5 kB more for each of a plant's hundreds of thousands of entries, every round.
 */
function portEntry(st: StaticEntry, arrival: Curve | null, why?: Reason, window?: Phased): PortEntry {
  return {
    label: st.label,
    cls: st.cls,
    arrival,
    why,
    frameMax: st.frameMax,
    frameMin: st.frameMin,
    prev: st.prev,
    prevRate: st.prevRate,
    ratio: st.ratio,
    prevFrameBits: st.prevFrameBits,
    prevHeldBits: st.prevHeldBits,
    window,
    ifgBits: st.ifgBits,
    bytes: st.bytes,
    handover: st.handover,
    scale: st.scale,
    early: st.early,
  };
}
