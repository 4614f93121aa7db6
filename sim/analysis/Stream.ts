/**
 * The analysis' view of traffic: a stream is one direction of a flow (its requests, or the
 * responses of a request flow) with, for each port it crosses, what one emission unit costs
 * on that wire. Sizes are wire bits including preamble, inter-frame gap and padding, plus one
 * picosecond's worth of bits per frame (`slack`): the engine rounds every transmission to the
 * nearest picosecond, so a frame may hold the port up to 0.5 ps longer than its bits say.
 *
 * A frame is handed to the next node with its last bit, or, into a cut-through switch
 * (sim/net/Wire.ts `send`), once its first `cutThrough` bytes are in: the per-hop bounds run
 * from the arrival at a port to that handover.
 */
import { wireBytes } from '../scenario/compile.ts';
import type { FlowModel, LinkModel, Model } from '../scenario/model.ts';
import { fragments, largestFragment, smallestFragment } from './fragments.ts';
import { gatewayFloors } from './gatewayFloors.ts';
import { distRange, sizeRange, sourceArrival, type SourceResult } from './sourceArrival.ts';
import { maxOf, minOf } from '../core/extrema.ts';

const PS = 1e-12;

export interface Hop {
  port: number;
  /** the port before this one on the stream's route, -1 at the source */
  prev: number;
  rate: number;
  /** wire bits (with slack) of one emission unit */
  unitBits: number;
  /** the port time one emission unit takes, in bits at the line rate, exactly as the engine rounds it: the long-term rate */
  unitWireBits: number;
  /** wire bits (with slack) of the largest and the smallest frame */
  frameMax: number;
  frameMin: number;
  /** seconds from the start of a transmission to the smallest frame's handover: its last bit, or its first `cutThrough` bytes (a lower bound) */
  lastBitMin: number;
  /** bytes the next node needs before it forwards (cut-through), 0 for store-and-forward or the destination */
  cutThrough: number;
  /** frame bytes (header, trailer, padding; no preamble or gap) of the smallest and largest frame on this link */
  bytes: { min: number; max: number };
  /** seconds after the last bit: propagation plus the next node's forwarding latency */
  constant: number;
}

export interface Stream {
  index: number;
  flow: number;
  /** a flow's packets (request), its compute node's answers (response), or an 802.1CB copy on a redundant route */
  kind: 'request' | 'response' | 'copy';
  label: string;
  priority: number;
  tagged: boolean;
  mtu: number;
  source: SourceResult;
  /** smallest and largest frame, bytes handed to the link layer */
  frameSizes: { min: number; max: number };
  hops: Hop[];
  /** one unit and the largest frame in the stream's own measure: each frame counts its largest wire bits over the route */
  unitM: number;
  frameM: number;
  /** packets per emission unit (requests a compute node receives per unit) */
  packetsPerUnit: number;
  /** least latency of a whole message (its last fragment), seconds: the floor of the jitter bound */
  minLatency: number;
  /** responses: the least time their request spends in the compute node (its least service time), seconds */
  computeMin: number;
  /** periodic sources: units leave at phase + k·period, spread over `spread` (a spaced burst), seconds; a response keeps its request's */
  lattice?: { period: number; phase: number; spread: number };
}

/** Wire bits of a frame of `size` bytes on `link`, with one picosecond of slack. */
export function frameBits(link: LinkModel, size: number, tagged: boolean): number {
  return 8 * wireBytes(link.framing, size, tagged) + link.rateBps * PS;
}

/**
 * The port time a frame takes in the engine (its wire time rounded to a whole picosecond, as
 * sim/net/WiredMedium.ts holds the port), in bits at the line rate. No slack: summed over the flows of a
 * port loaded exactly to 1 it gives the link's rate, and a finite bound.
 */
function engineBits(link: LinkModel, size: number, tagged: boolean): number {
  return (Math.round((8e12 * wireBytes(link.framing, size, tagged)) / link.rateBps) * link.rateBps) / 1e12;
}

export function buildStreams(model: Model): Stream[] {
  const streams: Stream[] = [];
  for (const f of model.flows) {
    const source = sourceArrival(f);
    const req = stream(model, streams.length, f, 'request', f.route, source);
    streams.push(req);
    if (f.response) {
      const sizes = sizeRange(f.response.size, true);
      let resp: SourceResult;
      if (!source.ok) resp = { ok: false, reason: `its requests are unbounded (${source.reason})` };
      else if (!sizes) resp = { ok: false, reason: `the response size is ${f.response.size.dist}-distributed, with no largest value` };
      else {
        const count = source.arrival.packets.reduce((s, p) => s + p.count, 0);
        resp = {
          ok: true,
          arrival: {
            ...source.arrival,
            packets: [{ size: sizes.max, count }],
            minSize: sizes.min,
            maxSize: sizes.max,
            describe: `one response of ≤ ${sizes.max} B per request`,
          },
        };
      }
      const service = f.service ?? model.nodes[f.to].compute?.service;
      const computeMin = service ? (distRange(service)?.min ?? 0) : 0;
      streams.push({ ...stream(model, streams.length, f, 'response', f.response.route, resp), lattice: resp.ok ? req.lattice : undefined, computeMin });
    }
    // 802.1CB: every packet also leaves whole on each redundant route
    f.frer?.forEach((route, k) => streams.push({ ...stream(model, streams.length, f, 'copy', route, source), label: `${f.id} (copy ${k + 1})` }));
  }
  return streams;
}

function stream(model: Model, index: number, f: FlowModel, kind: Stream['kind'], route: number[], source: SourceResult): Stream {
  const links = route.map((p) => model.links[model.ports[p].link]);
  const mtu = minOf(links.map((l) => l.mtu));
  const packets = source.ok ? source.arrival.packets : [{ size: 1, count: 1 }];
  const minSize = source.ok ? source.arrival.minSize : 1;
  const maxSize = source.ok ? source.arrival.maxSize : mtu;
  const frameSizes = { min: smallestFragment(minSize, maxSize, mtu), max: largestFragment(minSize, maxSize, mtu) };
  const frames = packets.flatMap((p) => fragments(p.size, mtu).map((fr) => ({ size: fr.size, count: fr.count * p.count })));
  const m = (size: number) => maxOf(links.map((l) => frameBits(l, size, f.tagged)));
  const hops: Hop[] = route.map((port, h) => {
    const l = links[h];
    const far = model.nodes[model.ports[port].to];
    const cutThrough = cutThroughAt(model, port, f.priority);
    const lastBitBytes = handoverBytes(l, frameSizes.min, f.tagged, cutThrough);
    return {
      port,
      prev: h > 0 ? route[h - 1] : -1,
      rate: l.rateBps,
      unitBits: frames.reduce((s, fr) => s + fr.count * frameBits(l, fr.size, f.tagged), 0),
      unitWireBits: frames.reduce((s, fr) => s + fr.count * engineBits(l, fr.size, f.tagged), 0),
      frameMax: frameBits(l, frameSizes.max, f.tagged),
      frameMin: frameBits(l, frameSizes.min, f.tagged),
      lastBitMin: Math.max(0, (8 * lastBitBytes) / l.rateBps - PS),
      cutThrough,
      bytes: { min: frameBytes(l, frameSizes.min, f.tagged), max: frameBytes(l, frameSizes.max, f.tagged) },
      constant: (l.delayPs + (far.forwarding ? far.latencyPs : 0)) * PS,
    };
  });
  // a fieldbus poll or a gateway's conversion on the way (one-packet messages): the floor is the sum of the hops' least times
  const polled = gatewayFloors(model, route, hops, frameSizes.min);
  return {
    index,
    flow: f.index,
    kind,
    label: kind === 'request' ? f.id : `${f.id} (response)`,
    priority: f.priority,
    tagged: f.tagged,
    mtu,
    source,
    frameSizes,
    hops,
    unitM: frames.reduce((s, fr) => s + fr.count * m(fr.size), 0),
    frameM: m(frameSizes.max),
    packetsPerUnit: packets.reduce((s, p) => s + p.count, 0),
    lattice: source.ok ? lattice(f) : undefined,
    computeMin: 0,
    minLatency: polled
      ? hops.reduce((sum, hop) => sum + hop.lastBitMin + hop.constant, 0)
      : minOf([minSize, ...(maxSize > mtu && minSize <= mtu ? [mtu + 1] : [])].map((size) => messageFloor(links, hops, fragments(size, mtu), f.tagged))),
  };
}

/** Frame bytes of a packet on a link: header, tag, trailer, padding (Ports.frameBytes). */
export function frameBytes(l: LinkModel, size: number, tagged: boolean): number {
  return Math.max(size + l.framing.overhead + (tagged ? l.framing.tag : 0), l.framing.minFrame);
}

/**
 * Cut-through bytes of the node a port leads to (Ports.farCutThrough) for frames of class `cls`:
 * 0 unless it forwards cut-through, and 0 for a preemptable class of a port with 802.1Qbu
 * preemption, whose frames the far MAC merge sublayer reassembles before the switch sees them
 * (TsnScheduler.start hands them over whole, as store-and-forward).
 */
export function cutThroughAt(model: Model, port: number, cls: number): number {
  const p = model.ports[port];
  const far = model.nodes[p.to];
  if (!far.forwarding) return 0;
  const pre = p.tsn?.preemption;
  if (pre && pre.minFragment > 0 && ((pre.expressMask >> cls) & 1) === 0) return 0;
  return far.cutThroughBytes;
}

/** Bytes on the wire from the start of a frame to its handover: the last bit, or preamble + cut-through bytes when the frame is longer (Ports.send). */
export function handoverBytes(l: LinkModel, size: number, tagged: boolean, cutThrough: number): number {
  const frame = frameBytes(l, size, tagged);
  return l.framing.preamble + (cutThrough > 0 && cutThrough < frame ? cutThrough : frame);
}

/**
 * Least latency of a message with these fragments: at any port h its last fragment cannot
 * start before the first has arrived there and every earlier fragment has been sent, so
 * latency ≥ max_h [ first fragment's least time to h + the earlier fragments' transmission at h
 * + the last fragment's least time from h on ]. A frame reaches the next node at its handover
 * (the last bit, or the cut-through point); the engine's other constraint, that a frame cannot
 * finish leaving a store-and-forward egress before it is all in, is not needed for a floor.
 * Picosecond rounding taken off.
 */
function messageFloor(links: LinkModel[], hops: Hop[], frags: { size: number; count: number }[], tagged: boolean): number {
  const sizes = frags.flatMap((fr) => Array<number>(fr.count).fill(fr.size));
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const lastBit = (l: LinkModel, size: number, h: number) => Math.max(0, (8 * handoverBytes(l, size, tagged, hops[h].cutThrough)) / l.rateBps - PS);
  const occupy = (l: LinkModel, size: number) => Math.max(0, (8 * wireBytes(l.framing, size, tagged)) / l.rateBps - PS);
  let best = 0;
  let before = 0; // the first fragment's least time to port h
  for (let h = 0; h < hops.length; h++) {
    let after = 0;
    for (let k = h; k < hops.length; k++) after += lastBit(links[k], last, k) + hops[k].constant;
    const earlier = sizes.slice(0, -1).reduce((s, size) => s + occupy(links[h], size), 0);
    best = Math.max(best, before + earlier + after);
    before += lastBit(links[h], first, h) + hops[h].constant;
  }
  return best;
}

function lattice(f: FlowModel): Stream['lattice'] {
  const p = f.pattern;
  // cbr sends are rounded to the picosecond (±0.5 ps): the analysis widens every window by 1 ps
  if (p.type === 'periodic') return { period: p.periodPs * PS, phase: (p.offsetPs % p.periodPs) * PS, spread: 0 };
  if (p.type === 'cbr') return { period: p.intervalPs * PS, phase: (p.offsetPs % p.intervalPs) * PS, spread: 0 };
  if (p.type === 'burst')
    return { period: p.periodPs * PS, phase: (p.offsetPs % p.periodPs) * PS, spread: (p.spacingPs > 0 ? (p.count - 1) * p.spacingPs : 0) * PS };
  return undefined;
}

/**
 * κ such that a frame's wire bits (with slack) at port `to` are at most κ times its bits at
 * port `from` less the rounding the engine may shave off there (0.5 ps per frame; 1 ps used):
 * a ratio of two piecewise-affine functions of the frame size, largest at an end of the size
 * range or where padding stops.
 */
export function wireRatio(s: Stream, from: LinkModel, to: LinkModel): number {
  const { min, max } = s.frameSizes;
  const candidates = [min, max];
  for (const l of [from, to]) {
    const knee = l.framing.minFrame - l.framing.overhead - (s.tagged ? l.framing.tag : 0);
    if (knee > min && knee < max) candidates.push(knee);
  }
  let k = 0;
  for (const size of candidates) k = Math.max(k, frameBits(to, size, s.tagged) / (8 * wireBytes(from.framing, size, s.tagged) - from.rateBps * PS));
  return k;
}
