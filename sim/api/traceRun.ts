/**
 * Per-packet outcomes and pcapng captures of a run (`run --trace-out`, `--pcap-out`): what a host
 * asks for (a TraceRequest, names and seconds), checked against the scenario, and the engine's
 * rows turned into the text and bytes the host writes (TraceOutput). The worker encodes; the
 * host only compresses and writes, in replication order. Pure: no file system here.
 */
import type { FrameRows, PacketRows, TraceOptions, TraceSink } from '../engine/Tracer.ts';
import { enhancedPacketLength, packetComment, pcapngHeader, writeEnhancedPacket } from '../io/pcap/writePcapng.ts';
import { LINKTYPE_ETHERNET, LINKTYPE_PPP } from '../io/pcap/decodeFrame.ts';
import { type FrameEnds, flowPorts, nodeIp, nodeMac, setTcpSequence, synthesizeFrame } from '../io/pcap/synthesizeFrame.ts';
import { isPpp } from '../scenario/framing.ts';
import type { Model } from '../scenario/model.ts';

export interface TraceRequest {
  /** record each packet's outcome (--trace-out) */
  packets: boolean;
  /** the window, seconds: packets emitted and frames started in [from, to) */
  window?: [number, number];
  /** ids of the flows traced (default: all) */
  flows?: string[];
  /** egress ports whose frames are captured (--pcap-out), by index: see portLabels */
  ports?: number[];
  /** bytes of the trace in flight to the host's output at most, besides one part (default TRACE_WINDOW_BYTES) */
  windowBytes?: number;
}

/**
 * Where a replication's trace goes, in order; `end` comes after the last of it. A call may return a
 * promise that settles once its part is taken (written, or in a stream's buffer below its high-water
 * mark): the run then keeps at most TRACE_WINDOW_BYTES in flight, and waits for the rest (TraceWindow).
 */
export interface TraceOutput {
  /** CSV rows (TRACE_CSV_HEADER's columns), each ending in a newline */
  csv(text: string): void | Promise<void>;
  /** enhanced packet blocks of a port's pcapng (after pcapHeaderOf) */
  pcap(port: number, bytes: Uint8Array): void | Promise<void>;
  end(): void | Promise<void>;
}

/** Times in integer ns, sizes in bytes; recv_ns and delay_ns empty and dropped_at naming the port for a lost packet. */
export const TRACE_CSV_HEADER = 'replication,flow,seq,send_ns,size_bytes,recv_ns,delay_ns,dropped_at\n';

/** Each egress port's name, "NODE:k": the k-th port of NODE, counted from 1 in the order its links are declared. */
export function portLabels(model: Model): string[] {
  const count = new Map<number, number>();
  return model.ports.map((p) => {
    const k = (count.get(p.from) ?? 0) + 1;
    count.set(p.from, k);
    return `${model.nodes[p.from].id}:${k}`;
  });
}

/**
 * The ports `text` names: "all-switch-egress" (every port of every switch), or labels "S1:3,S2:1"
 * (see portLabels) or "S1>S2" (S1's port towards S2). Throws an Error whose message says what is wrong.
 */
export function parsePorts(model: Model, text: string): number[] {
  if (text === 'all-switch-egress') return model.ports.filter((p) => model.nodes[p.from].type === 'switch').map((p) => p.index);
  const labels = portLabels(model);
  const byLabel = new Map(labels.map((l, i) => [l, i]));
  const ids = model.nodes.map((n) => n.id);
  const ports = new Set<number>();
  for (const name of text.split(',').map((s) => s.trim())) {
    const arrow = name.split('>');
    const port = arrow.length === 2 ? model.ports.find((p) => ids[p.from] === arrow[0] && ids[p.to] === arrow[1])?.index : byLabel.get(name);
    if (port === undefined) {
      const node = (arrow.length === 2 ? arrow[0] : name.replace(/:[^:]*$/, '')) || name;
      const own = model.ports.filter((p) => ids[p.from] === node).map((p) => `${labels[p.index]} (to ${ids[p.to]})`);
      throw new Error(
        own.length > 0
          ? `no port "${name}"; ${node}'s ports are ${own.join(', ')}`
          : `no port "${name}": expected NODE:k (the k-th link of NODE), FROM>TO, or all-switch-egress`,
      );
    }
    ports.add(port);
  }
  return [...ports].sort((a, b) => a - b);
}

/** The engine's options for `request`; throws an Error naming a flow the scenario does not have. */
export function traceOptions(model: Model, request: TraceRequest): TraceOptions {
  const index = new Map(model.flows.map((f) => [f.id, f.index]));
  const flows = request.flows?.map((id) => {
    const f = index.get(id);
    if (f === undefined) throw new Error(`no flow "${id}" in the scenario`);
    return f;
  });
  const [from, to] = request.window ?? [0, Infinity];
  return {
    packets: request.packets,
    flows,
    ports: request.ports ?? [],
    startPs: Math.round(from * 1e12),
    endPs: to === Infinity ? Infinity : Math.round(to * 1e12),
  };
}

/** The section and interface blocks that open port `port`'s pcapng: PPP on a link framed as PPP, Ethernet otherwise. */
export function pcapHeaderOf(model: Model, port: number, application: string): Uint8Array {
  const p = model.ports[port];
  const link = model.links[p.link];
  const ids = (i: number) => model.nodes[i].id;
  const linkType = isPpp(link.framing) ? LINKTYPE_PPP : LINKTYPE_ETHERNET;
  return pcapngHeader({ name: portLabels(model)[port], description: `${ids(p.from)} → ${ids(p.to)}, ${link.rateBps / 1e6} Mb/s`, application, linkType });
}

const ns = (ps: number) => Math.round(ps / 1000);
/** frames kept per flow seen on a captured port (its first distinct sizes and link types; others are made anew): at most 8 × 1.5 kB a flow */
const MADE_PER_FLOW = 8;

/** The sink that turns replication `replication`'s rows into CSV text and pcapng blocks for `out`. */
export function traceEncoder(model: Model, replication: number, out: TraceOutput): TraceSink {
  const flowIds = model.flows.map((f) => f.id);
  const labels = portLabels(model);
  const ends: FrameEnds[] = model.flows.map((f) => {
    const [srcPort, dstPort] = flowPorts(f.index);
    const [from, to] = [model.nodes[f.from].id, model.nodes[f.to].id];
    return { srcMac: nodeMac(from), dstMac: nodeMac(to), srcIp: nodeIp(f.from), dstIp: nodeIp(f.to), srcPort, dstPort, protocol: f.protocol ?? 'udp' };
  });
  const ppp = model.ports.map((p) => isPpp(model.links[p.link].framing));
  const comments = flowIds.map(packetComment);
  /** each flow's frames by size and link type: a frame depends on nothing else, so each is made once */
  const made = model.flows.map(() => new Map<number, Uint8Array>());
  const frameOf = (f: number, size: number, pcp: number, tagged: boolean, port: number) => {
    const key = ppp[port] ? -size - 1 : size;
    let frame = made[f].get(key);
    if (frame === undefined) {
      frame = synthesizeFrame(ends[f], size, pcp, tagged, ppp[port]);
      if (made[f].size < MADE_PER_FLOW) made[f].set(key, frame);
    }
    return frame;
  };
  const tcpSeq = new Map<number, number>();
  const rep = String(replication + 1);
  return {
    packets(r: PacketRows) {
      let text = '';
      for (let i = 0; i < r.count; i++) {
        const sent = ns(r.sentPs[i]);
        const lost = r.arrivedPs[i] < 0;
        const recv = lost ? '' : String(ns(r.arrivedPs[i]));
        const delay = lost ? '' : String(ns(r.arrivedPs[i] - r.sentPs[i]));
        const drop = r.droppedAt[i] >= 0 ? labels[r.droppedAt[i]] : '';
        text += `${rep},${csvField(flowIds[r.flow[i]])},${r.seq[i]},${sent},${r.size[i]},${recv},${delay},${csvField(drop)}\n`;
      }
      out.csv(text);
    },
    frames(r: FrameRows) {
      // each port's blocks straight into one buffer: sized first, then written
      const size = new Map<number, number>();
      for (let i = 0; i < r.count; i++) {
        const frame = frameOf(r.flow[i], r.size[i], r.pcp[i], r.tagged[i] === 1, r.port[i]);
        size.set(r.port[i], (size.get(r.port[i]) ?? 0) + enhancedPacketLength(frame, comments[r.flow[i]]));
      }
      const at = new Map<number, number>();
      const buffers = new Map([...size].sort((a, b) => a[0] - b[0]).map(([port, n]) => [port, new Uint8Array(n)]));
      for (let i = 0; i < r.count; i++) {
        const port = r.port[i];
        let frame = frameOf(r.flow[i], r.size[i], r.pcp[i], r.tagged[i] === 1, port);
        if (ends[r.flow[i]].protocol === 'tcp') {
          // a TCP stream's sequence numbers run on, per flow and port, so Wireshark sees no retransmissions
          const stream = r.flow[i] * model.ports.length + port;
          const seq = tcpSeq.get(stream) ?? 0;
          frame = frame.slice();
          tcpSeq.set(stream, seq + setTcpSequence(frame, ppp[port], seq));
        }
        at.set(port, writeEnhancedPacket(buffers.get(port)!, at.get(port) ?? 0, ns(r.startPs[i]), frame, comments[r.flow[i]]));
      }
      for (const [port, bytes] of buffers) out.pcap(port, bytes);
    },
  };
}

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
