/**
 * Worst-case bounds of a compiled scenario by network calculus (see boundNetwork for the
 * method, analysePort for a port, pathBound for a route), assembled into the report people
 * read: per flow the bound, whether the requirement is guaranteed, and which ports make the
 * bound what it is.
 */
import { ScenarioError } from '../scenario/errors.ts';
import type { Model } from '../scenario/model.ts';
import { rateLatency } from './Curve.ts';
import { aggregate, BLIND_EXACT } from './analysePort.ts';
import { boundNetwork, type NetworkBounds, type StreamBound } from './boundNetwork.ts';
import { BOUNDS_FORMAT, type BoundsReport, type Check, type FlowBound, type HopBound, type HopTerm, type PortBound } from './BoundsReport.ts';
import { backlogBound } from './deviation.ts';
import { meanEstimates, type MeanEstimates } from './meanEstimate.ts';
import { buildStreams } from './Stream.ts';
import { interferers, type PortClasses, portClasses } from './portClasses.ts';
import type { TsnSpec } from './tsn/TsnSpec.ts';
import { maxOf, minOf } from '../core/extrema.ts';

const PS = 1e-12;
const ESTIMATE_NOTE = 'estimate, not a bound: M/G/1 per port with Poisson arrivals at the mean rates';

export const METHOD = [
  'arrival curves: a token bucket per flow from its pattern (one packet, ' +
    'all its fragments, or one whole burst), in wire bits with preamble, gap ' +
    'and padding; bursts grow hop by hop by rate × the delay variation so far',
  'line shaping: what arrives over one link is capped by that link (its rate plus one frame)',
  'periodic sources with a common period: a phase-aware arrival curve (their offsets and the delay windows so far keep them apart)',
  'ports: strict priority with non-preemptive blocking (one lower-priority frame, or 1 + ' +
    'txBuffer frames when the MAC buffers) or FIFO; per-hop bound with FIFO order within a class',
  'per-flow service: residual curve by blind multiplexing (Le Boudec & Thiran, Theorem 6.2.1) for FIFO and same-class traffic',
  'end to end: the smaller of pay-bursts-only-once (concatenated residual ' +
    'curves, one largest frame per junction for store-and-forward) and ' +
    'the sum of per-hop bounds; propagation and forwarding latency added',
  '802.1Qbv gates: per class, the time its windows leave after the guard band and the ' +
    'frames still on the wire when they open, as a rate-latency curve (Zhao, Pop & ' +
    'Craciunas, IEEE Access 2018), and, where no higher class shares its windows, a ' +
    'phase-aware bound from where in the cycle its frames arrive (± the clock offset bound)',
  "802.1Qav credit-based shapers: a rate-idleSlope server in tandem with the class's " +
    'gate and priority residual, less the credit deficit of one frame (after Ruiz De Azua ' +
    '& Boyer, RTNS 2014; credit accrues while waiting whatever the gates, as in the ' +
    'engine); lower classes see at most idleSlope·t + the largest credit swing (not for a ' +
    'class whose frames are preempted: the engine then lets its credit grow while idle)',
  '802.1Qbu/802.3br preemption: an express class waits for at most one fragment it cannot ' +
    'cut instead of a whole frame (a whole one where the engine does not cut: behind a higher ' +
    'preemptable class, for a shaped express class, or one waiting for a cut-through tail); ' +
    'preemptable frames pay mCRC + gap + continuation preamble per cut and may be held ' +
    'across express traffic and gate closes; a link that preempts may deliver a reassembled ' +
    'frame right behind the express frames that cut it (one more frame of line-shaping burst)',
  "cut-through: a hop ends when the next switch has the frame's first bytes (preemptable " +
    'frames out of a preempting port are handed over whole, as store-and-forward); ' +
    'a plain egress faster than the rest of the frame takes to arrive is held for it',
  'compute nodes: busy-period bound with batching (timeout + largest batch service), only for bounded service times',
  'estimates of the mean: M/G/1 per port (Cobham for priorities), Allen–Cunneen for compute nodes, with Poisson arrivals: estimates, not bounds',
];

/** Said only where it was done: ports busier than blind multiplexing is made for each stream (analysePort). */
const COARSE =
  `per-flow service where a flow waits for more than ${BLIND_EXACT.toLocaleString('en-US')} streams at a port: what all of them ` +
  'leave, itself included (one curve for the class instead of one per flow; sound, looser by one flow of thousands)';

export function computeBounds(model: Model): BoundsReport {
  // a pipeline's legs load ports its route does not name: bounding the others without them would not be sound
  const piped = model.flows.filter((f) => f.pipeline);
  if (piped.length > 0)
    throw new ScenarioError(
      piped.map((f) => ({ path: `flows[${f.index}].pipeline`, message: 'worst-case bounds of pipeline flows come in a later round; simulate them with run' })),
    );
  const streams = buildStreams(model);
  const net = boundNetwork(model, streams);
  const est = meanEstimates(model, streams);
  const classes = net.entries.map((es, p) => portClasses(es, net.specs[p].fifo));
  const ports = portBounds(model, net, est, classes);
  // each flow's streams (in stream order) and the compute node answering each request stream, found once
  const byFlow = model.flows.map((): StreamBound[] => []);
  for (const s of net.streams) byFlow[s.stream.flow].push(s);
  const computeOf = new Map<number, NetworkBounds['compute'][number]>();
  for (const c of net.compute) for (const s of c.streams) if (!computeOf.has(s)) computeOf.set(s, c);
  const flows = model.flows.map((f) => flowBound(model, net, est, ports, classes, f.index, byFlow[f.index], computeOf));
  const bounded = flows.filter((f) => f.status === 'bounded').length;
  return {
    format: BOUNDS_FORMAT,
    scenario: model.name,
    method: net.results.some((rs) => rs.some((r) => r.coarse)) ? [...METHOD, COARSE] : METHOD,
    iterations: net.iterations,
    cyclic: net.cyclic,
    flows,
    ports: ports.filter((p) => p.classes.length > 0),
    compute: net.compute.map((c) => ({
      node: model.nodes[c.node].id,
      model: model.flows[streams[c.streams[0]].flow].model ?? null,
      delay: finite(c.delay),
      reason: c.why?.text ?? null,
      requests: c.streams.map((s) => streams[s].label),
      estimate: { mean: est.compute.get(c.node) ?? null, note: 'estimate, not a bound: M/G/c (Allen–Cunneen) with Poisson arrivals, batching approximated' },
    })),
    summary: {
      flows: flows.length,
      bounded,
      unbounded: flows.length - bounded,
      guaranteed: flows.filter((f) => f.guaranteed === true).length,
      notGuaranteed: flows.filter((f) => f.guaranteed === false).length,
    },
  };
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Cut-through at either end of a hop, for people: where the hop ends, and a plain egress held for the tail of a frame. */
function cutThroughTerms(model: Model, net: NetworkBounds, sb: StreamBound, h: number): HopTerm[] {
  const hop = sb.stream.hops[h];
  const e = net.entries[hop.port][net.slots[sb.stream.index][h]];
  const out: HopTerm[] = [];
  if (hop.cutThrough > 0 && e?.handover)
    out.push({
      source: 'cut-through',
      term: `${model.nodes[model.ports[hop.port].to].id} forwards after ${hop.cutThrough} B: the hop ends at the frame's first bytes, not its last bit`,
      seconds: -Math.max(0, hop.frameMax - (e.ifgBits ?? 0) - e.handover.bits) / hop.rate,
    });
  if (e?.scale && e.scale > 1 && h > 0 && sb.stream.hops[h - 1].cutThrough > 0)
    out.push({
      source: 'cut-through',
      term:
        `a frame forwarded cut-through is held here until its tail has arrived over the ` +
        `slower link (frames count ${+((e.scale - 1) * 100).toPrecision(3)} % longer)`,
      seconds: null,
    });
  return out;
}

/** The TSN mechanisms a port uses, for the report (null: none). */
function tsnFeatures(t: TsnSpec | undefined): string[] | null {
  if (!t) return null;
  const out: string[] = [];
  if (t.gates) out.push('802.1Qbv');
  if (t.idleSlope.some((x) => x !== undefined)) out.push('802.1Qav');
  if (t.minFragment > 0) out.push('802.1Qbu');
  return out;
}

/** Ports two routes share at their ends (their last link, at least, is not counted: as sim/engine/Redundancy.ts). */
function commonSuffix(a: readonly number[], b: readonly number[]): number {
  let n = 0;
  while (n < Math.min(a.length, b.length) - 1 && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function portBounds(model: Model, net: NetworkBounds, est: MeanEstimates, classes: PortClasses[]): PortBound[] {
  return model.ports.map((p, i) => {
    const entries = net.entries[i];
    const node = model.nodes[p.from];
    const spec = net.specs[i];
    const unbounded = entries.find((e) => !e.arrival);
    const tsn = net.tsnPorts[i];
    // a work-conserving port holds no more than its aggregate over the link rate; a TSN port, what each class's service leaves
    const backlogBits =
      unbounded || entries.length === 0
        ? entries.length === 0
          ? 0
          : Infinity
        : tsn
          ? tsn.backlog
          : backlogBound(
              aggregate(
                entries,
                entries.map((_, k) => k),
              ),
              rateLatency(spec.rate, 0),
            );
    const minFrame = minOf(entries.map((e) => e.frameMin));
    const frames = Number.isFinite(backlogBits) ? (entries.length ? Math.ceil(backlogBits / minFrame - 1e-9) : 0) : Infinity;
    const limitPackets = Number.isFinite(node.queueLimitPackets) ? node.queueLimitPackets : null;
    const limitBytes = Number.isFinite(node.queueLimitBytes) ? node.queueLimitBytes : null;
    const lossFree = tsn?.drops
      ? false
      : Number.isFinite(backlogBits)
        ? (limitPackets === null || frames <= limitPackets) && (limitBytes === null || backlogBits / 8 <= limitBytes)
        : limitPackets === null && limitBytes === null
          ? true
          : null;
    return {
      port: i,
      link: model.links[p.link].id,
      from: node.id,
      to: model.nodes[p.to].id,
      rate: spec.rate,
      scheduler: spec.fifo ? 'fifo' : 'strict',
      tsn: tsnFeatures(spec.tsn),
      load: entries.reduce((s, e) => s + (e.arrival?.slope ?? 0), 0) / spec.rate,
      backlog: finite(backlogBits / 8),
      frames: finite(frames),
      queueLimit: { packets: limitPackets, bytes: limitBytes },
      lossFree,
      reason: unbounded
        ? `carries ${unbounded.label}, which has no bound (${unbounded.why?.root})`
        : tsn?.drops
          ? "drops frames that fit no window of their class's gate"
          : null,
      classes: classes[i].classes,
      estimate: { utilization: est.ports[i].utilization, meanWait: meanWait(est, i) },
    };
  });
}

function meanWait(est: MeanEstimates, port: number): number | null {
  const ws = [...est.ports[port].wait.values()];
  if (ws.length === 0) return 0;
  return ws.some((w) => w === null) ? null : maxOf(ws as number[]);
}

function hopBounds(model: Model, net: NetworkBounds, classes: PortClasses[], sb: StreamBound): HopBound[] {
  const s = sb.stream;
  const pboo = sb.path.pboo <= sb.path.additive && Number.isFinite(sb.path.pboo);
  return s.hops.map((hop, h) => {
    const p = model.ports[hop.port];
    const r = sb.hops[h];
    const spec = net.specs[hop.port];
    const cls = net.entries[hop.port][net.slots[s.index][h]].cls;
    const far = model.nodes[p.to];
    const propagation = model.links[p.link].delayPs * PS;
    const forwarding = far.forwarding ? far.latencyPs * PS : 0;
    const latency = Number.isFinite(sb.path.pboo) ? sb.path.latency[h] : null;
    const burst = Number.isFinite(sb.path.pboo) && sb.path.bottleneck === h ? sb.path.burst : 0;
    const saving = pboo ? r.saving : 0;
    const contribution = !Number.isFinite(sb.delay) ? null : pboo ? latency! + burst + hop.constant - saving : r.delay + hop.constant;
    return {
      direction: s.kind,
      port: hop.port,
      link: model.links[p.link].id,
      from: model.nodes[p.from].id,
      to: far.id,
      scheduler: spec.fifo ? 'fifo' : 'strict',
      tsn: tsnFeatures(spec.tsn),
      priority: s.priority,
      rate: hop.rate,
      delay: finite(r.delay),
      latency,
      packetization: Number.isFinite(sb.path.pboo) ? sb.path.packetization[h] : null,
      burst,
      blocking: r.blocking / hop.rate,
      propagation,
      forwarding,
      saving,
      terms: [...r.terms, ...cutThroughTerms(model, net, sb, h)],
      contribution,
      interferers: interferers(classes[hop.port], cls),
    };
  });
}

function flowBound(
  model: Model,
  net: NetworkBounds,
  est: MeanEstimates,
  ports: PortBound[],
  classes: PortClasses[],
  f: number,
  parts: StreamBound[],
  computeOf: ReadonlyMap<number, NetworkBounds['compute'][number]>,
): FlowBound {
  const flow = model.flows[f];
  const resp = parts.find((s) => s.stream.kind === 'response');
  // a frame surely arrives over a route whose ports never overflow and whose links neither lose frames nor fail
  const surviving = (sb: StreamBound) =>
    sb.stream.hops.every(
      (h) => ports[h.port].lossFree === true && model.links[model.ports[h.port].link].loss === 0 && model.links[model.ports[h.port].link].failures.length === 0,
    );
  // 802.1CB: the listener keeps the first copy, no later than the copy on a route that never loses one
  const routes = parts.filter((s) => s.stream.kind !== 'response');
  let req = routes[0];
  let redundancy: FlowBound['redundancy'] = null;
  if (routes.length > 1) {
    // copies that meet at a relay (one redundant route rejoining before the listener, sim/engine/Redundancy.ts) go on as one, whichever came first
    const merged = flow.frer!.length === 1 && commonSuffix(flow.route, flow.frer![0]) > 0;
    const safe = merged ? [] : routes.filter(surviving);
    const pick = (list: StreamBound[], better: (a: number, b: number) => boolean) => list.reduce((x, y) => (better(y.delay, x.delay) ? y : x));
    req = safe.length > 0 ? pick(safe, (a, b) => a < b) : pick(routes, (a, b) => a > b);
    redundancy = {
      route: routes.indexOf(req),
      rule: merged
        ? 'the copies meet at a relay and the first goes on: the slower route bounds it'
        : safe.length > 0
          ? 'the first copy arrives no later than the one on this route, which never loses a frame'
          : 'every route may lose frames: the slowest route bounds the first copy',
    };
  }
  const comp = resp ? computeOf.get(req.stream.index) : undefined;
  const compDelay = comp ? comp.delay : 0;
  const delay = req.delay + compDelay + (resp?.delay ?? 0);
  const minDelay = minOf(routes.map((r) => r.minDelay)) + (resp ? resp.stream.computeMin + resp.minDelay : 0);
  const ok = Number.isFinite(delay);
  const reason = ok ? null : ((req.why ?? comp?.why ?? resp?.why)?.text ?? 'no bound');
  const chosen = [...hopBounds(model, net, classes, req), ...(resp ? hopBounds(model, net, classes, resp) : [])];
  const hops = routes.length > 1 ? routes.flatMap((r) => hopBounds(model, net, classes, r)) : chosen;
  const methods = [req, ...(resp ? [resp] : [])].map((s) => (s.path.pboo <= s.path.additive ? 'pay bursts only once' : 'per-hop sum'));
  const pboo = req.path.pboo + compDelay + (resp?.path.pboo ?? 0);
  const additive = req.path.additive + compDelay + (resp?.path.additive ?? 0);
  // dominant share: a port of the route that sets the bound, or the compute node
  let dominant: string | null = null;
  if (ok) {
    let best = -1;
    for (const h of chosen)
      if ((h.contribution ?? 0) > best) {
        best = h.contribution ?? 0;
        dominant = `${h.from}→${h.to}`;
      }
    if (comp && compDelay > best) dominant = `compute ${model.nodes[comp.node].id}`;
  }
  const r = flow.requirement;
  const checks: Check[] = [];
  if (r?.latency !== undefined) checks.push({ criterion: 'latency', required: r.latency, bound: finite(delay), holds: ok && delay <= r.latency });
  if (r?.jitter !== undefined)
    checks.push({ criterion: 'jitter', required: r.jitter, bound: ok ? delay - minDelay : null, holds: ok && delay - minDelay <= r.jitter });
  if (r?.loss !== undefined) {
    const lossFree = (routes.length > 1 ? routes.some(surviving) : surviving(req)) && (!resp || surviving(resp));
    checks.push({ criterion: 'loss', required: r.loss, bound: lossFree ? 0 : null, holds: lossFree });
  }
  const a = req.stream.source.ok ? req.stream.source.arrival : undefined;
  const first = req.stream.hops[0];
  const mean = est.streams[req.stream.index];
  const respMean = resp ? est.streams[resp.stream.index] : 0;
  // an LLM engine's mean is not estimated (its steps are not an M/G/1 service)
  const compMean = flow.llm ? null : comp ? (est.compute.get(comp.node) ?? null) : 0;
  return {
    id: flow.id,
    from: model.nodes[flow.from].id,
    to: model.nodes[flow.response?.to ?? flow.to].id,
    status: ok ? 'bounded' : 'unbounded',
    delay: finite(delay),
    minDelay,
    jitter: ok ? delay - minDelay : null,
    method: !ok ? null : methods.every((m) => m === methods[0]) ? (methods[0] as FlowBound['method']) : 'mixed',
    pboo: finite(pboo),
    additive: finite(additive),
    reason,
    arrival: a && first ? { describe: a.describe, burst: (first.unitBits * a.burst) / 8, rate: first.unitBits * a.rate } : null,
    requirement: r?.latency ?? null,
    checks,
    guaranteed: checks.length === 0 ? null : checks.every((c) => c.holds),
    dominant,
    hops,
    redundancy,
    compute: comp ? { node: model.nodes[comp.node].id, delay: finite(comp.delay), reason: comp.why?.text ?? null } : null,
    // the mean cannot exceed the worst case: M/G/1 knows no gates or shapers, and may overshoot a bound that does
    estimate: {
      mean: mean === null || respMean === null || compMean === null ? null : Math.min(mean + respMean + compMean, ok ? delay : Infinity),
      note: ESTIMATE_NOTE,
    },
  };
}
