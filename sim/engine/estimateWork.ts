/**
 * How much work a replication will be, from the compiled model, before it runs: the messages each
 * source emits in its window, the packets they fragment into, the hops those packets make, and the
 * events that costs the engine (an arrival per hop and, when frames queue, a transmission end, an emission per
 * message, a service per request or pipeline stage visited). An estimate on average traffic: queues, drops and radio retries
 * move the real count, usually by a few per cent (the fingerprinted scenarios' ratios are tested).
 */
import { distMean } from '../scenario/fields.ts';
import type { FlowModel, Model, PatternModel } from '../scenario/model.ts';
import { fragments, messagesPerSecond } from '../scenario/wireLoad.ts';
import { minOf } from '../core/extrema.ts';
import { pipelineWork } from './pipelineWork.ts';

export interface WorkEstimate {
  /** messages emitted by the sources */
  messages: number;
  /** packets after fragmentation, responses and 802.1CB copies included */
  packets: number;
  /** packets × the hops of their routes */
  packetHops: number;
  /** events the engine processes */
  events: number;
  /**
   * the fixed cost of one replication beyond its events (building its ports, statistics and
   * streams, then merging its result), in events that take as long: measured on R1 (74 ports,
   * 26 flows, 38 nodes) at about 4 ms a replication, the time of some 20,000 events
   */
  overhead: number;
}

/** Instants t = offset + n·gap, n ≥ 0, within [from, to). */
function arithmeticCount(offset: number, gap: number, from: number, to: number): number {
  const first = from > offset ? Math.ceil((from - offset) / gap) : 0;
  const end = to > offset ? Math.ceil((to - offset) / gap) : 0;
  return Math.max(0, end - first);
}

function messagesOf(p: PatternModel, f: FlowModel): number {
  const from = f.startPs;
  const to = f.stopPs;
  switch (p.type) {
    case 'periodic':
      return arithmeticCount(p.offsetPs, p.periodPs, from, to);
    case 'burst':
      return arithmeticCount(p.offsetPs, p.periodPs, from, to) * p.count;
    case 'cbr':
      return arithmeticCount(p.offsetPs, p.intervalPs, from, to);
    case 'trace': {
      let n = 0;
      for (let i = 0; i < p.timesPs.length; i++) if (p.timesPs[i] >= from && p.timesPs[i] < to) n++;
      return n;
    }
    case 'onoff':
    case 'poisson':
      return (Math.max(0, to - from) / 1e12) * messagesPerSecond(p);
  }
}

export function estimateWork(model: Model): WorkEstimate {
  const mtuOf = (route: number[]) => minOf(route.map((p) => model.links[p >> 1].mtu));
  let messages = 0;
  let packets = 0;
  let packetHops = 0;
  let requests = 0;
  for (const f of model.flows) {
    const n = messagesOf(f.pattern, f);
    if (f.pipeline) {
      const w = pipelineWork(f.pipeline, distMean(f.size), mtuOf);
      messages += n;
      packets += n * w.packets;
      packetHops += n * w.packetHops;
      requests += n * w.services;
      continue;
    }
    const perMessage = fragments(distMean(f.size), mtuOf(f.route)).count;
    messages += n;
    packets += n * perMessage;
    packetHops += n * perMessage * f.route.length;
    for (const r of f.frer ?? []) {
      packets += n;
      packetHops += n * r.length;
    }
    if (f.response) {
      const back = fragments(distMean(f.response.size), mtuOf(f.response.route)).count;
      requests += n;
      packets += n * back;
      packetHops += n * back * f.response.route.length;
    }
  }
  const overhead = 5000 + 100 * (model.ports.length + model.flows.length + model.nodes.length);
  return { messages, packets, packetHops, events: messages + 1.5 * packetHops + 2 * requests, overhead };
}
