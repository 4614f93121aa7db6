/**
 * `lldpctl -f json` and `-f json0` (lldpd) → neighbour rows. In "json", a list of one is not a list:
 * `lldp.interface` is `{eth0: {…}}` for one interface and `[{eth0: {…}}, {eth1: {…}}]` for several,
 * and `chassis` is keyed by the neighbour's system name (`{"sw2": {id, capability}}`) unless it
 * sends none (`{id, capability}`). "json0" puts everything in lists (lldpcli(8): its structure "is
 * not affected by the number of interfaces or the number of neighbors"). The shapes are those of
 * lldpd's tests/integration/test_lldpcli.py.
 */
import { normalizeAddress } from '../address.ts';
import { ImportError } from '../ImportError.ts';
import { parseSpeed } from '../parseSpeed.ts';
import { asList, asObject } from '../readJson.ts';
import type { Neighbour } from './Neighbour.ts';

type Obj = Record<string, unknown>;

/** json0 wraps every value: [{value: "x"}] → "x" */
const value0 = (x: unknown): string | undefined => {
  const first = asObject(asList(x)[0]);
  return typeof first?.value === 'string' ? first.value : undefined;
};

export function lldpctlTable(file: string, root: Obj): Neighbour[] {
  const rows: Neighbour[] = [];
  const lldp = root.lldp;
  if (Array.isArray(lldp)) {
    // json0
    lldp.forEach((l, i) =>
      asList(asObject(l)?.interface).forEach((entry, j) => {
        const e = asObject(entry) ?? {};
        const at = `$.lldp[${i}].interface[${j}]`;
        const chassis = asObject(asList(e.chassis)[0]);
        const port = asObject(asList(e.port)[0]) ?? {};
        if (typeof e.name !== 'string') throw new ImportError(file, at, 'the local interface as "name"');
        if (!chassis) throw new ImportError(file, `${at}.chassis`, 'the neighbour\'s chassis (lldpctl -f json0 "show neighbors")');
        const remote = value0(chassis.name) ?? asObject(asList(chassis.id)[0])?.value;
        if (typeof remote !== 'string') throw new ImportError(file, `${at}.chassis[0]`, 'a chassis "name" or "id" naming the neighbour');
        const portId = asObject(asList(port.id)[0]);
        const mau = value0(asObject(asList(port['auto-negotiation'])[0])?.current);
        const id = asObject(asList(chassis.id)[0]);
        const mgmt = asList(chassis['mgmt-ip']).map((m) => asObject(m)?.value ?? m);
        rows.push({
          ...row(e.name, remote, portName(portId?.type, portId?.value, value0(port.descr)), chassis.capability, mau, at),
          addresses: chassisAddresses(id?.type, id?.value, mgmt),
        });
      }),
    );
    return rows;
  }
  const interfaces = asObject(lldp)?.interface;
  if (asObject(lldp) === undefined) throw new ImportError(file, '$.lldp', 'lldpctl\'s neighbour table, {"interface": …}');
  const entries = Array.isArray(interfaces)
    ? interfaces.map((x, i) => [asObject(x) ?? {}, `$.lldp.interface[${i}]`] as const)
    : [[asObject(interfaces) ?? {}, '$.lldp.interface'] as const];
  for (const [byName, base] of entries)
    for (const [name, v] of Object.entries(byName)) {
      const at = `${base}.${name}`;
      const e = asObject(v);
      const chassisBy = asObject(e?.chassis);
      if (!e || !chassisBy) throw new ImportError(file, `${at}.chassis`, 'the neighbour\'s chassis (lldpctl -f json "show neighbors")');
      // keyed by system name, or the chassis itself when the neighbour sends no name
      const named = !('id' in chassisBy);
      const remote = named ? Object.keys(chassisBy)[0] : asObject(chassisBy.id)?.value;
      const chassis = named ? asObject(chassisBy[remote as string]) : chassisBy;
      if (typeof remote !== 'string' || !chassis)
        throw new ImportError(file, `${at}.chassis`, 'a chassis named by the neighbour\'s system name, or with an "id"');
      const port = asObject(e.port) ?? {};
      const portId = asObject(port.id);
      const mau = asObject(port['auto-negotiation'])?.current;
      const id = asObject(chassis.id);
      rows.push({
        ...row(name, remote, portName(portId?.type, portId?.value, port.descr), chassis.capability, typeof mau === 'string' ? mau : undefined, at),
        addresses: chassisAddresses(id?.type, id?.value, asList(chassis['mgmt-ip'])),
      });
    }
  return rows;
}

/** The chassis id when it is a MAC address, and the management addresses (one, or a list when it has several) but link-local ones. */
function chassisAddresses(type: unknown, id: unknown, mgmt: unknown[]): string[] | undefined {
  const texts = [type === 'mac' ? id : undefined, ...mgmt].filter((t): t is string => typeof t === 'string');
  // link-local IPv6 addresses (fe80::/10, lldpd lists one per interface) name no end of a routed flow
  const addresses = [...new Set(texts.map(normalizeAddress).filter((a): a is string => a !== undefined && !/^fe[89ab]/.test(a)))];
  return addresses.length > 0 ? addresses : undefined;
}

/** The neighbour's port: its id when that is a name, its description when the id is a MAC address. */
function portName(type: unknown, id: unknown, descr: unknown): string | undefined {
  if (typeof id === 'string' && type !== 'mac') return id;
  if (typeof descr === 'string') return descr;
  return typeof id === 'string' ? id : undefined;
}

function row(port: string, remote: string, remotePort: string | undefined, capability: unknown, mau: string | undefined, at: string): Neighbour {
  const capabilities = asList(capability)
    .map((c) => asObject(c) as Obj | undefined)
    .filter((c) => c?.enabled === true && typeof c.type === 'string')
    .map((c) => String(c?.type).toLowerCase());
  // the MAU type names the speed: "1000BaseTFD - Four-pair Category 5 UTP, full duplex mode", "10GigBaseCX4 - …"
  const speedText = mau?.split(' - ')[0].trim();
  const speed = speedText ? parseSpeed(speedText) : undefined;
  return { port, remote, remotePort, capabilities, speed, speedText: speed === undefined ? undefined : mau, at };
}
