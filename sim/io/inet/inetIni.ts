/**
 * The plant's omnetpp.ini for INET 4.5: the run (network, sim-time-limit = the scenario's
 * duration, warm-up, seed), each node's egress queues (NetLoom's strict priority by PCP as eight
 * traffic classes, its queue limit), 802.1Qbv gates and 802.1Qav shapers per port, and the flows'
 * applications. What INET cannot express is listed at the top, as comments.
 */
import type { NodeModel } from '../../scenario/model.ts';
import { inetApps } from './inetApps.ts';
import { classGate } from './inetGates.ts';
import type { InetPlant } from './inetPlant.ts';
import { commentText, nedBytes, nedRate, nedTime } from './nedUnits.ts';

/** PCP p → traffic class p with 8 classes (PcpTrafficClassClassifier reads column "classes − 1") */
const IDENTITY = `[${Array.from({ length: 8 }, (_, p) => `[${Array.from({ length: 8 }, (_, c) => Math.min(p, c)).join(', ')}]`).join(', ')}]`;

export function inetIni(p: InetPlant): { text: string; assumed: string[] } {
  const { model } = p;
  const apps = inetApps(p);
  const gates = gateLines(p);
  const assumed = [...p.assumed, ...gates.assumed, ...apps.assumed];
  const lines = [
    `# ${commentText(model.name)}: written by NetLoom for OMNeT++ 6 and INET 4.5 (network in ${p.network}.ned).`,
    ...(assumed.length > 0
      ? [
          '# Assumed: what INET does not model as NetLoom does (NetLoom simulates these as the scenario says):',
          ...assumed.map((a) => `#   - ${commentText(a)}`),
        ]
      : ['# Nothing assumed: every node, link and flow is written as NetLoom simulates it.']),
    '',
    '[General]',
    `network = ${p.network}`,
    `sim-time-limit = ${nedTime(model.durationPs)}`,
    `warmup-period = ${nedTime(model.warmupPs)}`,
    `seed-set = ${model.seed}`,
    ...(model.replications > 1
      ? [`# NetLoom runs ${model.replications} replications: run with repeat = ${model.replications} and seed-set = \${repetition}`]
      : []),
    ...model.nodes.flatMap((n, i) => queueLines(p, n, p.names[i])),
    ...(p.tsn ? TSN_QUEUES : []),
    ...gates.lines,
    ...apps.lines,
    '',
  ];
  return { text: lines.join('\n'), assumed };
}

function queueLines(p: InetPlant, n: NodeModel, name: string): string[] {
  // INET's Ethernet interface holds 1000 packets unless told; -1 is no limit, as NetLoom's end devices have
  const capacity = Number.isFinite(n.queueLimitPackets)
    ? `packetCapacity = ${n.queueLimitPackets}`
    : Number.isFinite(n.queueLimitBytes)
      ? `dataCapacity = ${nedBytes(n.queueLimitBytes)}`
      : 'packetCapacity = -1';
  if (!p.tsn) return [`*.${name}.eth[*].queue.${capacity}`];
  return [...(n.scheduler === 'fifo' ? [`*.${name}.eth[*].macLayer.queue.numTrafficClasses = 1`] : []), `*.${name}.eth[*].macLayer.queue.queue[*].${capacity}`];
}

/** Every node of a TSN plant: eight traffic classes, PCP p in class p, strict priority (7 first); after the nodes' own lines, which win. */
const TSN_QUEUES = [
  '*.*.hasEgressTrafficShaping = true',
  '*.*.eth[*].macLayer.queue.numTrafficClasses = 8',
  `*.*.eth[*].macLayer.queue.classifier.mapping = ${IDENTITY}`,
];

/** 802.1Qbv gates and 802.1Qav shapers of each port that has them; preemption is assumed away. */
function gateLines(p: InetPlant): { lines: string[]; assumed: string[] } {
  const { model } = p;
  const lines: string[] = [];
  const assumed: string[] = [];
  for (const port of model.ports) {
    if (!port.tsn) continue;
    const link = model.links[port.link];
    const k = port.from === link.from ? p.fromPort[port.link] : p.toPort[port.link];
    const q = `*.${p.names[port.from]}.eth[${k}].macLayer.queue`;
    const { gates, cbs, preemption } = port.tsn;
    lines.push('', `# ${commentText(model.nodes[port.from].id)} → ${commentText(model.nodes[port.to].id)} (link ${commentText(link.id)})`);
    if (gates) {
      lines.push(`# 802.1Qbv: cycle ${nedTime(gates.cyclePs)}, ${gates.entries.length} entries, base time ${nedTime(gates.basePs)}`);
      for (let c = 0; c < 8; c++) {
        const g = classGate(gates, c);
        if (g.initiallyOpen && g.durationsPs.length === 0) continue; // always open: PeriodicGate's default
        lines.push(`${q}.transmissionGate[${c}].initiallyOpen = ${g.initiallyOpen}`);
        if (g.durationsPs.length > 0)
          lines.push(
            `${q}.transmissionGate[${c}].offset = ${nedTime(g.offsetPs)}`,
            `${q}.transmissionGate[${c}].durations = [${g.durationsPs.map(nedTime).join(', ')}]`,
          );
      }
      if (gates.syncErrorPs > 0)
        assumed.push(`port ${model.nodes[port.from].id} → ${model.nodes[port.to].id}: clock offset up to ${nedTime(gates.syncErrorPs)} left out`);
    }
    cbs?.forEach((slope, c) => {
      if (slope === undefined) return;
      lines.push(
        `${q}.transmissionSelectionAlgorithm[${c}].typename = "Ieee8021qCreditBasedShaper"`,
        `${q}.transmissionSelectionAlgorithm[${c}].idleSlope = ${nedRate(slope)}`,
      );
    });
    if (preemption) assumed.push(`port ${model.nodes[port.from].id} → ${model.nodes[port.to].id}: 802.1Qbu frame preemption left out`);
  }
  return { lines, assumed };
}
