/**
 * A NetBox export (devices, interfaces, cables as /api/dcim/… returns them) → a topology: each
 * device a node (its role → type; site/location/rack → group; manufacturer and model → description),
 * each cable between two device interfaces a link, at the slower end's speed (the interface's
 * `speed` in kbit/s, else its type, e.g. "1000base-t"); the cable's type gives the medium and its
 * length the length. Field names as in NetBox 4 (`role`) and 3 (`device_role`).
 */
import { normalizeAddress } from '../address.ts';
import { ImportError } from '../ImportError.ts';
import { baseName, type Importer } from '../Importer.ts';
import { mapRole } from '../mapRole.ts';
import { parseSpeed, rateText } from '../parseSpeed.ts';
import { asList, asObject } from '../readJson.ts';
import { TopologyBuilder } from '../TopologyBuilder.ts';
import { type Item, netboxLists } from './netboxLists.ts';

const NETBOX = /"(a_terminations|b_terminations|device_type|device_role|mgmt_only|link_peers)"\s*:/;
/** NetBox's length units → metres */
const METRES: Record<string, number> = { km: 1000, m: 1, cm: 0.01, mi: 1609.344, ft: 0.3048, in: 0.0254 };

const nameOf = (x: unknown): string | undefined => {
  const o = asObject(x);
  const n = o?.name ?? o?.display ?? o?.value;
  return typeof n === 'string' && n.trim() !== '' ? n.trim() : undefined;
};

export const netboxImporter: Importer = {
  kind: 'netbox',
  describe: 'a NetBox export: devices, interfaces and cables as /api/dcim/… returns them, one JSON file or a folder of three',
  recognises: (f) => /\.json$/i.test(f.name) && NETBOX.test(f.text.slice(0, 65536)),
  read(files, options) {
    const b = new TopologyBuilder();
    const { devices, interfaces, cables, missing } = netboxLists(files);
    for (const m of missing) b.assume(files[0].name, m);
    const deviceName = new Map<unknown, string>();
    for (const d of devices) deviceName.set(d.value.id, readDevice(d, b));
    const iface = new Map<unknown, Item>(interfaces.map((i) => [i.value.id, i]));
    for (const { value: i, at } of interfaces) {
      const name = deviceName.get(asObject(i.device)?.id);
      const mac = typeof i.mac_address === 'string' ? i.mac_address : asObject(i.primary_mac_address)?.mac_address;
      const address = typeof mac === 'string' ? normalizeAddress(mac) : undefined;
      if (name !== undefined && address !== undefined) b.device(name, { addresses: [address] }, at);
    }
    for (const c of cables) readCable(c, b, deviceName, iface);
    b.dropUnlinked("no cable to another device's interface");
    return b.finish(options.name ?? baseName(files[0].name));
  },
};

function readDevice({ value: d, at }: Item, b: TopologyBuilder): string {
  const [file, path] = split(at);
  if (d.id === undefined) throw new ImportError(file, `${path}.id`, 'the device id NetBox gives every device');
  let name = nameOf(d) ?? `device-${String(d.id)}`;
  if (nameOf(d) === undefined) b.assume(at, `a device without a name → ${name}`);
  else if (b.has(name)) {
    // NetBox names are unique per site and tenant, not overall
    name = `${name}~${String(d.id)}`;
    b.assume(at, `a second device named "${nameOf(d)}" → ${name}`);
  }
  const roleField = 'role' in d ? 'role' : 'device_role';
  const role = nameOf(d[roleField]);
  const slug = asObject(d[roleField])?.slug;
  let type = role === undefined ? undefined : (mapRole(role) ?? (typeof slug === 'string' ? mapRole(slug) : undefined));
  if (role === undefined) b.assume(at, `${name}: no ${roleField}`);
  else if (type === undefined) {
    type = 'host';
    b.assume(at, `${name}: ${roleField} "${role}" not known → host`);
  } else b.map(at, `${name}: ${roleField} "${role}" → ${type}`);
  const deviceType = asObject(d.device_type);
  const model = [nameOf(deviceType?.manufacturer), deviceType?.model].filter((x) => typeof x === 'string' && x !== '').join(' ');
  const group = [nameOf(d.site), nameOf(d.location), nameOf(d.rack)].filter(Boolean).join('/') || undefined;
  // primary_ip is the one of the two NetBox prefers; each is {address: "10.0.0.5/24", …}
  const ips = [d.primary_ip4, d.primary_ip6, d.primary_ip].map((ip) => asObject(ip)?.address);
  const addresses = [...new Set(ips.map((a) => (typeof a === 'string' ? normalizeAddress(a) : undefined)).filter((a): a is string => a !== undefined))];
  b.device(name, { type, group, description: model ? `model ${model}` : undefined, addresses }, at);
  return name;
}

function readCable({ value: c, at }: Item, b: TopologyBuilder, deviceName: Map<unknown, string>, iface: Map<unknown, Item>): void {
  const [file, path] = split(at);
  const ends = (['a_terminations', 'b_terminations'] as const).map((side) => {
    const terms = asList(c[side]);
    if (!Array.isArray(c[side]) || terms.length === 0) throw new ImportError(file, `${path}.${side}`, 'a list of the terminations at this end of the cable');
    const t = asObject(terms[0]) ?? {};
    const type = t.object_type ?? t.termination_type;
    if (type !== 'dcim.interface') return undefined; // a console or power port, a circuit: not a network link
    const object = asObject(t.object) ?? {};
    const known = iface.get(t.object_id ?? object.id)?.value;
    const device = asObject(object.device) ?? asObject(known?.device);
    if (!device) throw new ImportError(file, `${path}.${side}[0].object.device`, 'the device the interface belongs to');
    const name = deviceName.get(device.id) ?? nameOf(device) ?? `device-${String(device.id)}`;
    if (!deviceName.has(device.id)) {
      b.assume(at, `${name} is not in the devices list: added`);
      deviceName.set(device.id, name);
    }
    return { name, port: nameOf(object) ?? nameOf(known), speed: speedOf(known) };
  });
  const [a, z] = ends;
  if (!a || !z) {
    b.map(at, `cable ${String(c.id)}: not between two interfaces, left out`);
    return;
  }
  const rates = [a.speed, z.speed].filter((s) => s !== undefined);
  const rate = rates.length ? Math.min(...rates.map((s) => s.bps)) : undefined;
  for (const [end, s] of [
    [a, a.speed],
    [z, z.speed],
  ] as const)
    if (s) b.map(at, `${end.name} ${end.port ?? ''}: ${s.from} → ${rateText(s.bps)}`);
  const cableType = typeof c.type === 'string' ? c.type : nameOf(c.type);
  const medium =
    cableType === undefined ? undefined : /^(smf|mmf)|fiber|aoc/i.test(cableType) ? 'fiber' : /^cat|dac|coax|twinax/i.test(cableType) ? 'copper' : undefined;
  const length = lengthOf(c, b, at);
  b.link({ from: a.name, to: z.name, rate, length, medium, label: typeof c.label === 'string' && c.label !== '' ? c.label : undefined }, at);
}

/** An interface's speed: `speed` (kbit/s) when set, else its type ("1000base-t", "10gbase-x-sfpp"). */
function speedOf(i: Record<string, unknown> | undefined): { bps: number; from: string } | undefined {
  if (!i) return undefined;
  if (typeof i.speed === 'number' && i.speed > 0) return { bps: i.speed * 1e3, from: `speed ${i.speed} kbit/s` };
  const type = asObject(i.type)?.value ?? i.type;
  if (typeof type !== 'string') return undefined;
  const bps = parseSpeed(type.replace(/^(\d+(?:\.\d+)?[gm]?base)-([a-z0-9]+).*$/i, '$1-$2'));
  return bps === undefined ? undefined : { bps, from: `type ${type}` };
}

function lengthOf(c: Record<string, unknown>, b: TopologyBuilder, at: string): string | undefined {
  if (typeof c.length !== 'number' || !(c.length >= 0 && c.length <= 1e7)) return undefined;
  const unit = String(asObject(c.length_unit)?.value ?? c.length_unit ?? '');
  const f = METRES[unit];
  if (f === undefined) {
    b.assume(at, `cable length ${c.length} in "${unit}", a unit not known: left out`);
    return undefined;
  }
  return `${Math.round(c.length * f * 1000) / 1000} m`;
}

/** "file $.path" → [file, path] */
function split(at: string): [string, string] {
  const i = at.lastIndexOf(' $');
  return [at.slice(0, i), at.slice(i + 1)];
}
