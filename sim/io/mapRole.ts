/**
 * A device's role, type or function as inventories spell it ("Access Switch", "core-sw", "PLC",
 * "IP Camera", "Edge Server") → a NetLoom node type. The whole text is tried first, then each word;
 * nothing recognised gives undefined, and the caller records the type it assumed instead.
 */
import type { NodeType } from '../scenario/schema.ts';

const ROLES: Record<string, NodeType> = {
  plc: 'plc',
  controller: 'plc',
  'programmable logic controller': 'plc',
  io: 'io',
  'i/o': 'io',
  'remote io': 'io',
  drive: 'drive',
  vfd: 'drive',
  servo: 'drive',
  inverter: 'drive',
  sensor: 'sensor',
  transmitter: 'sensor',
  robot: 'robot',
  agv: 'agv',
  amr: 'agv',
  camera: 'camera',
  vision: 'camera',
  hmi: 'hmi',
  panel: 'hmi',
  switch: 'switch',
  sw: 'switch',
  bridge: 'switch',
  router: 'router',
  firewall: 'firewall',
  fw: 'firewall',
  gateway: 'gateway',
  gw: 'gateway',
  'wifi-ap': 'wifi-ap',
  'wifi ap': 'wifi-ap',
  'access point': 'wifi-ap',
  ap: 'wifi-ap',
  wap: 'wifi-ap',
  wlan: 'wifi-ap',
  '5g-cell': '5g-cell',
  '5g cell': '5g-cell',
  '5g': '5g-cell',
  gnb: '5g-cell',
  compute: 'compute',
  server: 'compute',
  edge: 'compute',
  gpu: 'compute',
  cloud: 'cloud',
  host: 'host',
  pc: 'host',
  ipc: 'host',
  workstation: 'host',
  station: 'host',
  scada: 'host',
  historian: 'host',
};

export function mapRole(text: string): NodeType | undefined {
  const t = text.trim().toLowerCase().replace(/[_.]+/g, ' ').replace(/\s+/g, ' ');
  if (Object.hasOwn(ROLES, t)) return ROLES[t];
  const words = t.split(/[\s-]+/);
  // the last recognised word wins: "edge switch" is a switch, "camera gateway" a gateway
  for (let i = words.length - 1; i >= 0; i--) if (Object.hasOwn(ROLES, words[i])) return ROLES[words[i]];
  return undefined;
}
