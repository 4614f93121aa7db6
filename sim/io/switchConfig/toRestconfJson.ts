/**
 * A bridge's configuration as YANG instance data in RFC 7951 JSON (module-qualified names), the
 * body of a RESTCONF request (RFC 8040: PATCH on {+restconf}/data, media type
 * application/yang-data+json). One interface per egress port, with the bridge-port's
 * traffic-class table and transmission selection algorithms (ieee802-dot1q-bridge), the
 * credit-based shaper's idle slopes (ieee802-dot1q-cbsa-bridge, IEEE Std 802.1Qdx-2024), the
 * gate parameter table (ieee802-dot1q-sched-bridge, IEEE Std 802.1Qcw-2023) and the frame
 * preemption status of each priority (ieee802-dot1q-preemption-bridge). Modules and revisions
 * in SWITCH_CONFIG_MODULES; toNetconfXml encodes this same tree as XML.
 */
import type { BridgeConfig, BridgePort } from './bridgeConfigs.ts';
import { gateParameterTable, YangValueError } from './gateParameterTable.ts';

/** The modules (name@revision) a switch must implement to take these documents. */
export const SWITCH_CONFIG_MODULES = [
  'ietf-interfaces@2018-02-20',
  'iana-if-type@2014-05-08',
  'ieee802-types@2023-10-22',
  'ieee802-dot1q-types@2023-10-26',
  'ieee802-dot1q-bridge@2023-10-26',
  'ieee802-dot1q-sched@2023-10-22',
  'ieee802-dot1q-sched-bridge@2023-10-26',
  'ieee802-dot1q-cbsa@2024-08-07',
  'ieee802-dot1q-cbsa-bridge@2024-08-07',
  'ieee802-dot1q-preemption@2023-10-26',
  'ieee802-dot1q-preemption-bridge@2023-10-26',
] as const;

export interface InterfacesData {
  'ietf-interfaces:interfaces': { interface: Record<string, unknown>[] };
}

/** Throws (naming the port) when an idle slope is not a whole number of bit/s or a gate time not of ns. */
export function toRestconfJson(bridge: BridgeConfig): InterfacesData {
  return { 'ietf-interfaces:interfaces': { interface: bridge.ports.map((p) => portInterface(bridge.node, p)) } };
}

function portInterface(node: string, p: BridgePort): Record<string, unknown> {
  const slopes = p.idleSlopes.flatMap((slope, c) => (slope === undefined ? [] : [{ c, slope: wholeBps(slope, `${p.label}'s class ${c} idle slope`) }]));
  const bridgePort: Record<string, unknown> = {
    'traffic-class': {
      'traffic-class-table': {
        'number-of-traffic-classes': p.classes,
        ...Object.fromEntries(p.pcpToClass.map((c, pcp) => [`priority${pcp}`, c])),
      },
    },
    'transmission-selection-algorithm-table': {
      'transmission-selection-algorithm-map': Array.from({ length: p.classes }, (_, c) => ({
        'traffic-class': c,
        'transmission-selection-algorithm': p.idleSlopes[c] === undefined ? 'ieee802-dot1q-types:strict-priority' : 'ieee802-dot1q-types:credit-based-shaper',
      })),
    },
  };
  if (slopes.length > 0)
    bridgePort['ieee802-dot1q-cbsa-bridge:cbsa'] = {
      'cbsa-parameter-table': slopes.map(({ c, slope }) => ({ 'traffic-class': c, 'admin-idle-slope': String(slope) })),
    };
  if (p.gates) bridgePort['ieee802-dot1q-sched-bridge:gate-parameter-table'] = gateParameterTable(p.gates, p.label);
  const express = p.preemption?.expressMask;
  if (express !== undefined)
    bridgePort['ieee802-dot1q-preemption-bridge:frame-preemption-parameters'] = {
      // per priority (PCP), each as its traffic class is
      'frame-preemption-status-table': Object.fromEntries(p.pcpToClass.map((c, pcp) => [`priority${pcp}`, (express >> c) & 1 ? 'express' : 'preemptable'])),
    };
  return {
    name: yangString(p.name, `${p.label}'s interface name`),
    description: yangString(portDescription(node, p.neighbour, p.link, p.rateBps), `${p.label}'s description`),
    type: 'iana-if-type:ethernetCsmacd',
    'ieee802-dot1q-bridge:bridge-port': bridgePort,
  };
}

/** The ietf-interfaces description of a port named after its neighbour: which link it drives. */
export function portDescription(node: string, neighbour: string, link: string, rateBps: number | undefined): string {
  return `NetLoom: egress port of ${node} towards ${neighbour} (link ${link}${rateBps === undefined ? '' : `, ${rateBps / 1e6} Mb/s`})`;
}

/** YANG strings hold the characters XML does (RFC 7950 §9.4): no C0 controls but tab and line ends, no U+FFFE/FFFF. */
function yangString(text: string, what: string): string {
  const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.exec(text);
  if (bad) throw new YangValueError(`${what} has the character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}, which a YANG string cannot hold`);
  return text;
}

/** admin-idle-slope is a uint64 of bit/s (a string in RFC 7951): refuse a fraction rather than round it. */
function wholeBps(bps: number, what: string): number {
  if (!Number.isSafeInteger(bps))
    throw new YangValueError(`${what} is ${bps} bit/s, not a whole number of bit/s as ieee802-dot1q-cbsa's admin-idle-slope needs`);
  return bps;
}
