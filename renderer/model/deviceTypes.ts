/** What the palette and both views know about each device type: a name, a glyph, a colour, a shape. */
import type { NodeType } from '../../sim/api/index.ts';

export interface DeviceInfo {
  type: NodeType;
  label: string;
  /** id prefix for new nodes */
  prefix: string;
  /** short glyph drawn in the editor */
  glyph: string;
  color: string;
  /** 3D shape: box size in metres [w, d, h] */
  size: [number, number, number];
  group: 'control' | 'field' | 'network' | 'compute';
  hint: string;
}

const D = (
  type: NodeType,
  label: string,
  prefix: string,
  glyph: string,
  color: string,
  size: [number, number, number],
  group: DeviceInfo['group'],
  hint: string,
): DeviceInfo => ({
  type,
  label,
  prefix,
  glyph,
  color,
  size,
  group,
  hint,
});

export const DEVICES: Record<NodeType, DeviceInfo> = {
  plc: D('plc', 'PLC', 'PLC', 'PLC', '#2f80ed', [0.8, 0.5, 1.0], 'control', 'Programmable logic controller: runs the control cycle.'),
  io: D('io', 'I/O module', 'IO', 'I/O', '#56a0f5', [0.5, 0.3, 0.6], 'field', 'Remote I/O: reads sensors and drives outputs for a PLC.'),
  drive: D('drive', 'Drive', 'DRV', 'DRV', '#5b6ee1', [0.6, 0.6, 1.2], 'field', 'Motor drive (servo or VFD) commanded every cycle.'),
  sensor: D('sensor', 'Sensor', 'SEN', 'SEN', '#4fb3bf', [0.3, 0.3, 0.4], 'field', 'A sensor that reports measurements.'),
  robot: D('robot', 'Robot', 'ROB', 'ROB', '#e2793b', [1.2, 1.2, 1.8], 'field', 'Industrial robot controller.'),
  agv: D('agv', 'AGV', 'AGV', 'AGV', '#f2a93b', [1.2, 0.8, 0.6], 'field', 'Automated guided vehicle (usually wireless).'),
  camera: D('camera', 'Camera', 'CAM', 'CAM', '#d9534f', [0.4, 0.6, 0.4], 'field', 'Machine-vision camera streaming images.'),
  hmi: D('hmi', 'HMI', 'HMI', 'HMI', '#9b59b6', [0.8, 0.2, 0.6], 'control', 'Operator panel.'),
  switch: D('switch', 'Switch', 'SW', 'SW', '#27ae60', [1.0, 0.6, 0.3], 'network', 'Ethernet switch: store-and-forward, 8 priority queues per port.'),
  router: D('router', 'Router', 'R', 'RT', '#1e8449', [1.0, 0.6, 0.4], 'network', 'IP router between network segments.'),
  firewall: D('firewall', 'Firewall', 'FW', 'FW', '#c0392b', [1.0, 0.6, 0.4], 'network', 'Firewall between zones (IEC 62443 conduit).'),
  gateway: D('gateway', 'Gateway', 'GW', 'GW', '#16a085', [0.8, 0.5, 0.4], 'network', 'Protocol gateway (e.g. fieldbus to Ethernet).'),
  'wifi-ap': D('wifi-ap', 'Wi-Fi AP', 'AP', 'AP', '#00a3c4', [0.5, 0.5, 0.2], 'network', 'Wi-Fi access point.'),
  '5g-cell': D('5g-cell', '5G cell', 'CELL', '5G', '#8e44ad', [0.6, 0.6, 2.0], 'network', 'Private 5G radio cell.'),
  compute: D('compute', 'Edge server', 'EDGE', 'GPU', '#e67e22', [1.0, 1.0, 2.0], 'compute', 'Edge compute server (GPU inference); serves request flows.'),
  cloud: D('cloud', 'Cloud', 'CLOUD', '☁', '#7f8c8d', [2.0, 2.0, 1.0], 'compute', 'Cloud or data-centre compute, reached over a WAN.'),
  host: D('host', 'Host', 'H', 'PC', '#95a5a6', [0.6, 0.6, 0.8], 'control', 'A general computer: historian, MES, engineering station.'),
};

export const PALETTE_GROUPS: { name: string; types: NodeType[] }[] = [
  { name: 'Control', types: ['plc', 'hmi', 'host'] },
  { name: 'Field', types: ['io', 'drive', 'sensor', 'robot', 'agv', 'camera'] },
  { name: 'Network', types: ['switch', 'router', 'firewall', 'gateway', 'wifi-ap', '5g-cell'] },
  { name: 'Compute', types: ['compute', 'cloud'] },
];

export function deviceInfo(type: string): DeviceInfo {
  return DEVICES[type as NodeType] ?? DEVICES.host;
}
