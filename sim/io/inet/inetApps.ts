/**
 * Each flow as a pair of INET applications: a UdpBasicApp at its source (destination, port,
 * message length = the scenario's packet less its 20 B IPv4 and 8 B UDP headers, send interval,
 * start and stop) and a UdpSink at its destination; and, in a TSN plant, the stream that tags
 * the flow's frames with its PCP. What a UdpBasicApp cannot send as NetLoom does is assumed.
 */
import { ScenarioError } from '../../scenario/errors.ts';
import { distMean } from '../../scenario/fields.ts';
import type { FlowModel, Model, PatternModel } from '../../scenario/model.ts';
import { type InetPlant, Notes } from './inetPlant.ts';
import { commentText, nedBytes, nedString, nedTime } from './nedUnits.ts';

/** UDP port of the flow at index i (one port per flow, so a stream is told by its port alone) */
export const FIRST_PORT = 1000;
export const MAX_FLOWS = 65535 - FIRST_PORT;
const IP_UDP_HEADERS = 28;

interface Sending {
  interval: string;
  /** first send, picoseconds */
  startPs: number;
  /** an OMNeT++ expression for the start, when it is drawn */
  start?: string;
  assumed?: string;
}

function firstOfGrid(startPs: number, offsetPs: number, periodPs: number): number {
  return offsetPs + (startPs > offsetPs ? Math.ceil((startPs - offsetPs) / periodPs) : 0) * periodPs;
}

function sending(p: PatternModel, f: FlowModel): Sending {
  switch (p.type) {
    case 'periodic':
      return { interval: nedTime(p.periodPs), startPs: firstOfGrid(f.startPs, p.offsetPs, p.periodPs) };
    case 'cbr': {
      const exact = Number.isInteger(p.intervalPs);
      return {
        interval: nedTime(p.intervalPs),
        startPs: firstOfGrid(f.startPs, p.offsetPs, p.intervalPs),
        assumed: exact ? undefined : `CBR interval of ${p.intervalPs.toFixed(3)} ps rounded to whole picoseconds (${nedTime(p.intervalPs)})`,
      };
    }
    case 'poisson':
      return {
        interval: `exponential(${nedTime(p.meanIntervalPs)})`,
        startPs: f.startPs,
        start: `${f.startPs > 0 ? `${nedTime(f.startPs)} + ` : ''}exponential(${nedTime(p.meanIntervalPs)})`,
        assumed: p.reproduce ? "Poisson gaps drawn by OMNeT++'s generator, not the scenario's mulberry32 stream" : undefined,
      };
    case 'burst':
      if (p.count === 1) return { interval: nedTime(p.periodPs), startPs: firstOfGrid(f.startPs, p.offsetPs, p.periodPs) };
      return {
        interval: nedTime(p.periodPs / p.count),
        startPs: firstOfGrid(f.startPs, p.offsetPs, p.periodPs),
        assumed: `bursts of ${p.count} packets every ${nedTime(p.periodPs)} sent evenly spread, one every ${nedTime(p.periodPs / p.count)} (same rate)`,
      };
    case 'onoff': {
      const duty = distMean(p.on) / (distMean(p.on) + distMean(p.off));
      return {
        interval: nedTime(p.intervalPs / duty),
        startPs: f.startPs,
        assumed: `on/off source sent at its mean rate (on ${(duty * 100).toFixed(1)} % of the time), one packet every ${nedTime(p.intervalPs / duty)}`,
      };
    }
    case 'trace': {
      const n = p.timesPs.length;
      const first = n > 0 ? p.timesPs[0] : 0;
      const gap = n > 1 ? (p.timesPs[n - 1] - first) / (n - 1) : 1e12;
      return {
        interval: nedTime(gap),
        startPs: Math.max(first, f.startPs),
        assumed: `trace of ${n} packets sent at its mean gap, one every ${nedTime(gap)} (INET has no trace replay in UdpBasicApp)`,
      };
    }
  }
}

/** The ini lines of every flow's applications, and what each flow assumed. */
export function inetApps(p: InetPlant): { lines: string[]; assumed: string[] } {
  const { model } = p;
  if (model.flows.length > MAX_FLOWS)
    throw new ScenarioError([{ path: '$.flows', message: `${model.flows.length} flows: the INET export gives each flow a UDP port, so at most ${MAX_FLOWS}` }]);
  const apps = new Array<number>(model.nodes.length).fill(0);
  const streams = new Map<number, { flow: FlowModel; port: number }[]>();
  const lines: string[] = [];
  const notes = new Notes();
  for (const f of model.flows) {
    const port = FIRST_PORT + f.index;
    const [src, dst] = [p.names[f.from], p.names[f.to]];
    const [a, b] = [apps[f.from]++, apps[f.to]++];
    const send = sending(f.pattern, f);
    const size = distMean(f.size);
    for (const note of [send.assumed, ...flowAssumptions(f, size)]) if (note !== undefined) notes.add('flow', f.id, note);
    const stopPs = Math.min(f.stopPs, model.durationPs);
    lines.push(
      '',
      `# flow ${commentText(f.id)}: ${commentText(model.nodes[f.from].id)} → ${commentText(model.nodes[f.to].id)}, ${size} B packets, ` +
        `${f.tagged ? `PCP ${f.priority}` : 'untagged'}${requirementText(f)}`,
      `#   NetLoom's route: ${routeText(model, f)}`,
      `*.${src}.app[${a}].typename = "UdpBasicApp"`,
      `*.${src}.app[${a}].destAddresses = ${nedString(dst)}`,
      `*.${src}.app[${a}].destPort = ${port}`,
      `*.${src}.app[${a}].messageLength = ${nedBytes(Math.max(0, size - IP_UDP_HEADERS))}`,
      `*.${src}.app[${a}].sendInterval = ${send.interval}`,
      `*.${src}.app[${a}].startTime = ${send.start ?? nedTime(send.startPs)}`,
      `*.${src}.app[${a}].stopTime = ${nedTime(stopPs)}`,
      `*.${dst}.app[${b}].typename = "UdpSink"`,
      `*.${dst}.app[${b}].localPort = ${port}`,
    );
    if (p.tsn && f.tagged) {
      const list = streams.get(f.from);
      if (list) list.push({ flow: f, port });
      else streams.set(f.from, [{ flow: f, port }]);
    }
  }
  const counts = apps.flatMap((n, i) => (n > 0 ? [`*.${p.names[i]}.numApps = ${n}`] : []));
  return { lines: [...counts, ...lines, ...streamLines(p, streams)], assumed: notes.lines() };
}

/** In a TSN plant: each source's tagged flows identified by their UDP port and given their PCP. */
function streamLines(p: InetPlant, streams: Map<number, { flow: FlowModel; port: number }[]>): string[] {
  if (streams.size === 0) return [];
  const lines = ['', "# 802.1Q: each tagged flow is a stream, told by its UDP port, sent with the flow's PCP"];
  for (const [node, list] of streams) {
    const name = p.names[node];
    lines.push(
      `*.${name}.hasOutgoingStreams = true`,
      `*.${name}.bridging.streamIdentifier.identifier.mapping = [${list
        .map((s) => `{stream: ${nedString(s.flow.id)}, packetFilter: expr(udp.destPort == ${s.port})}`)
        .join(', ')}]`,
      `*.${name}.bridging.streamCoder.encoder.mapping = [${list.map((s) => `{stream: ${nedString(s.flow.id)}, pcp: ${s.flow.priority}}`).join(', ')}]`,
    );
  }
  return lines;
}

function flowAssumptions(f: FlowModel, size: number): string[] {
  const out: string[] = [];
  if (f.size.dist !== 'constant') out.push(`${f.size.dist} packet sizes sent at their mean, ${size} B`);
  if (size < IP_UDP_HEADERS) out.push(`${size} B packets are shorter than IPv4 and UDP headers (28 B): sent as empty UDP datagrams`);
  if (f.response) out.push('request/response: only the request is sent (the compute node does not answer in INET)');
  if (f.frer) out.push(`802.1CB replication over ${f.frer.length + 1} paths left out`);
  if (f.pipeline) out.push(`pipeline of ${f.pipeline.stages.length} stages left out: the message is sent straight to the destination`);
  if (f.protocol && f.protocol !== 'udp') out.push(`${f.protocol} sent as UDP datagrams of the same size (INET's apps here send UDP)`);
  return out;
}

function requirementText(f: FlowModel): string {
  const r = f.requirement;
  if (!r) return '';
  const parts = [
    r.latency !== undefined ? `latency${r.percentile < 100 ? ` p${r.percentile}` : ''} ≤ ${nedTime(r.latency * 1e12)}` : '',
    r.jitter !== undefined ? `jitter ≤ ${nedTime(r.jitter * 1e12)}` : '',
    r.loss !== undefined ? `loss ≤ ${r.loss}` : '',
  ].filter((s) => s !== '');
  return parts.length > 0 ? `; requirement ${parts.join(', ')}` : '';
}

function routeText(model: Model, f: FlowModel): string {
  if (f.route.length === 0) return model.nodes[f.from].id;
  return [model.nodes[model.ports[f.route[0]].from].id, ...f.route.map((port) => model.nodes[model.ports[port].to].id)].map(commentText).join(' ');
}
