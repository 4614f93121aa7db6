/**
 * The columns an inventory export has, under the names people give them. A header is compared
 * case-insensitively, with "_", "-" and "." read as spaces: "Device_Name", "device-name" and
 * "Device Name" are one column.
 */
export type NodeField = 'name' | 'type' | 'model' | 'x' | 'y' | 'z' | 'position' | 'rack' | 'room' | 'description' | 'mac' | 'ip';
export type LinkField = 'from' | 'fromPort' | 'to' | 'toPort' | 'speed' | 'length' | 'medium' | 'description';

const NODE_COLUMNS: Record<NodeField, string[]> = {
  name: ['name', 'device', 'device name', 'hostname', 'host name', 'node', 'node id', 'id', 'sysname', 'system name'],
  type: ['type', 'role', 'device role', 'node type', 'kind', 'category', 'function', 'device class'],
  model: ['model', 'device type', 'part number', 'product', 'hardware', 'platform'],
  x: ['x', 'pos x', 'position x', 'x m'],
  y: ['y', 'pos y', 'position y', 'y m'],
  z: ['z', 'pos z', 'position z', 'z m'],
  position: ['position', 'pos', 'coordinates', 'xyz'],
  rack: ['rack', 'cabinet', 'enclosure'],
  room: ['room', 'location', 'area', 'site', 'building', 'zone', 'cell', 'line'],
  description: ['description', 'label', 'comment', 'comments', 'notes'],
  mac: ['mac', 'mac address', 'macaddress', 'hardware address', 'chassis id', 'base mac'],
  ip: ['ip', 'ip address', 'ipaddress', 'ipv4', 'ipv4 address', 'ipv6', 'ipv6 address', 'address', 'addresses', 'management ip', 'mgmt ip', 'primary ip'],
};

const LINK_COLUMNS: Record<LinkField, string[]> = {
  from: [
    'from',
    'source',
    'name',
    'device',
    'device name',
    'hostname',
    'local device',
    'a device',
    'device a',
    'side a',
    'a side',
    'endpoint a',
    'node a',
    'local',
  ],
  fromPort: ['port', 'from port', 'local port', 'interface', 'local interface', 'a port', 'port a', 'source port'],
  to: [
    'to',
    'target',
    'neighbour',
    'neighbor',
    'neighbour device',
    'neighbor device',
    'remote device',
    'b device',
    'device b',
    'side b',
    'b side',
    'endpoint b',
    'node b',
    'peer',
    'remote',
  ],
  toPort: ['to port', 'remote port', 'neighbour port', 'neighbor port', 'b port', 'port b', 'target port', 'remote interface', 'peer port'],
  speed: ['speed', 'rate', 'bandwidth', 'link speed', 'port speed', 'capacity', 'bw'],
  length: ['length', 'cable length', 'distance'],
  medium: ['medium', 'media', 'cable type', 'cable'],
  description: ['description', 'label', 'comment', 'comments', 'notes'],
};

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[_.\-]+/g, ' ')
    .replace(/\s+/g, ' ');

/** True when the header names a neighbour: the sheet lists links, not devices. */
export function isLinkSheet(header: readonly string[]): boolean {
  return header.some((h) => LINK_COLUMNS.to.includes(norm(h)));
}

/** Each field → the index of the first column that names it, and the columns nothing reads. */
export function resolveColumns<F extends string>(header: readonly string[], links: boolean): { at: Partial<Record<F, number>>; unused: number[] } {
  const table = (links ? LINK_COLUMNS : NODE_COLUMNS) as Record<F, string[]>;
  const at: Partial<Record<F, number>> = {};
  const unused: number[] = [];
  header.forEach((h, i) => {
    const field = (Object.keys(table) as F[]).find((f) => at[f] === undefined && table[f].includes(norm(h)));
    if (field === undefined) unused.push(i);
    else at[field] = i;
  });
  return { at, unused };
}
