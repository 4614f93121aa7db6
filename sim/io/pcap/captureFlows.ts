/**
 * A capture's packets → flows between a scenario's nodes: grouped by source and destination MAC
 * (and IP when present), VLAN PCP and EtherType, each a `trace` flow of its packets' times with
 * their `protocol` (PROFINET RT, GOOSE, SV, PTP, UDP, TCP), its endpoints found by MAC or IP in
 * `nodeOf` (the --map). What is named, kept and left out is listed.
 */
import { FLOW_PROTOCOLS, type FlowJson, type FlowProtocol } from '../../scenario/schema.ts';
import type { Note } from '../ImportResult.ts';
import { decodeFrame, type Frame } from './decodeFrame.ts';
import { fitPattern } from './fitPattern.ts';
import type { Capture } from './readCapture.ts';

/** PCP of untagged frames by kind: PROFINET RT 6 (IEC 61158-6-10), GOOSE and SV 4 (IEC 61850-8-1); neither in industrial_figures.csv */
const DEFAULT_PCP: Record<string, number> = { 'profinet-rt': 6, goose: 4, sv: 4 };

/** a frame's kind that names a flow's protocol (plain IPv4 and other EtherTypes do not) */
const isProtocol = (kind: string): kind is FlowProtocol => (FLOW_PROTOCOLS as readonly string[]).includes(kind);

export interface CaptureGroup {
  frame: Frame;
  from: string;
  to: string;
  times: number[];
  sizes: number[];
}

export function captureGroups(file: string, capture: Capture, nodeOf: ReadonlyMap<string, string>, mapped: Note[], assumed: Note[]): CaptureGroup[] {
  const groups = new Map<string, CaptureGroup & { key: string }>();
  const skipped = new Map<string, number>();
  let short = 0;
  capture.packets.forEach((p) => {
    const frame = decodeFrame(p.data, p.length, capture.linkType);
    if (!frame) return void short++;
    const key = [frame.src, frame.dst, frame.srcIp ?? '', frame.dstIp ?? '', frame.pcp ?? '', frame.kind].join(' ');
    let g = groups.get(key);
    if (!g) {
      const from = (frame.srcIp && nodeOf.get(frame.srcIp)) || nodeOf.get(frame.src);
      const to = (frame.dstIp && nodeOf.get(frame.dstIp)) || nodeOf.get(frame.dst);
      if (!from || !to || from === to) return void skipped.set(key, (skipped.get(key) ?? 0) + 1);
      g = { key, frame, from, to, times: [], sizes: [] };
      groups.set(key, g);
    }
    g.times.push(p.time);
    g.sizes.push(frame.size);
  });
  if (capture.packets.some((p) => p.untimed)) assumed.push({ source: file, what: "simple packet blocks carry no time: each taken at its predecessor's" });
  if (short > 0) assumed.push({ source: file, what: `${short} packets shorter than their link header left out` });
  for (const [key, n] of skipped)
    assumed.push({ source: file, what: `${n} packets ${describe(key)} left out: no node has the address of an end (give it addresses, or --map MAC=NODE)` });
  for (const g of groups.values()) mapped.push({ source: file, what: `${g.times.length} packets ${describe(g.key)} → ${g.from} → ${g.to}` });
  return [...groups.values()];
}

const describe = (key: string) => {
  const [src, dst, srcIp, dstIp, pcp, kind] = key.split(' ');
  return `${kind} ${srcIp || src} → ${dstIp || dst}${pcp ? ` PCP ${pcp}` : ''}`;
};

/** A group → a trace flow of its packet times (ns from the capture's first packet), or with `fit` the pattern that fits them */
export function traceFlow(id: string, g: CaptureGroup, file: string, assumed: Note[], fit = false): FlowJson {
  const flow: FlowJson = { id, from: g.from, to: g.to, size: sizeOf(g.sizes), pattern: { type: 'trace', times: g.times, unit: 'ns' } };
  if (isProtocol(g.frame.kind)) flow.protocol = g.frame.kind;
  if (fit) {
    const constant = new Set(g.sizes).size === 1 ? g.sizes[0] : undefined;
    const fitted = fitPattern(g.times, constant, g.frame.srcIp !== undefined);
    if (fitted) flow.pattern = fitted.pattern;
    assumed.push({ source: file, what: `${id}: ${fitted ? fitted.why : `no pattern fits its ${g.times.length} packets: the trace is kept`}` });
  }
  const pcp = g.frame.pcp ?? DEFAULT_PCP[g.frame.kind];
  if (pcp !== undefined) flow.priority = pcp;
  if (g.frame.pcp === undefined && pcp !== undefined) assumed.push({ source: file, what: `${id}: untagged ${g.frame.kind} → priority ${pcp}` });
  if (new Set(g.sizes).size > 1)
    assumed.push({ source: file, what: `${id}: sizes vary → drawn from their empirical distribution (the order of sizes is not kept)` });
  return flow;
}

function sizeOf(sizes: readonly number[]): FlowJson['size'] {
  const counts = new Map<number, number>();
  for (const s of sizes) counts.set(s, (counts.get(s) ?? 0) + 1);
  if (counts.size === 1) return `${sizes[0]} B`;
  const values = [...counts.keys()].sort((a, b) => a - b);
  return { dist: 'empirical', values: values.map((v) => `${v} B`), weights: values.map((v) => counts.get(v) ?? 0) };
}
