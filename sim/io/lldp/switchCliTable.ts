/**
 * `show lldp neighbors | json` of two switch CLIs → neighbour rows. Arista EOS:
 * `{"lldpNeighbors": [{"port", "neighborDevice", "neighborPort", "ttl"}]}` (eAPI wraps it in
 * `{"result": [ … ]}`). Cisco NX-OS: `{"TABLE_nbor": {"ROW_nbor": [{"l_port_id", "chassis_id",
 * "port_id", "enabled_capability": "BR"}]}}`, where one row is an object, not a list (NX-API wraps
 * it in `ins_api.outputs.output.body`).
 */
import { ImportError } from '../ImportError.ts';
import { asList, asObject } from '../readJson.ts';
import type { Neighbour } from './Neighbour.ts';

/** NX-OS capability letters (show lldp neighbors' legend) */
const NXOS_CAPABILITY: Record<string, string> = { R: 'router', B: 'bridge', T: 'telephone', C: 'docsis', W: 'wlan', P: 'repeater', S: 'station', O: 'other' };

const text = (file: string, row: Record<string, unknown>, key: string, at: string, what: string): string => {
  const v = row[key];
  if (typeof v !== 'string' || v.trim() === '') throw new ImportError(file, `${at}.${key}`, `${what} as a string`);
  return v.trim();
};

export function eosTable(file: string, root: Record<string, unknown>, base: string): Neighbour[] {
  if (!Array.isArray(root.lldpNeighbors)) throw new ImportError(file, `${base}.lldpNeighbors`, 'a list of neighbours');
  return root.lldpNeighbors.map((r, i) => {
    const at = `${base}.lldpNeighbors[${i}]`;
    const row = asObject(r);
    if (!row) throw new ImportError(file, at, 'a neighbour {"port", "neighborDevice", "neighborPort"}');
    const remotePort = row.neighborPort;
    return {
      port: text(file, row, 'port', at, 'the local port'),
      remote: text(file, row, 'neighborDevice', at, "the neighbour's name"),
      remotePort: typeof remotePort === 'string' ? remotePort : undefined,
      capabilities: [],
      at,
    };
  });
}

export function nxosTable(file: string, root: Record<string, unknown>, base: string): Neighbour[] {
  const table = asObject(root.TABLE_nbor);
  if (!table) throw new ImportError(file, `${base}.TABLE_nbor`, 'the neighbour table {"ROW_nbor": …}');
  return asList(table.ROW_nbor).map((r, i) => {
    const at = Array.isArray(table.ROW_nbor) ? `${base}.TABLE_nbor.ROW_nbor[${i}]` : `${base}.TABLE_nbor.ROW_nbor`;
    const row = asObject(r);
    if (!row) throw new ImportError(file, at, 'a neighbour {"l_port_id", "chassis_id", "port_id"}');
    const caps = typeof row.enabled_capability === 'string' ? row.enabled_capability : '';
    return {
      port: text(file, row, 'l_port_id', at, 'the local port'),
      // NX-OS shows the system name as chassis_id when the neighbour sends one ("sw2(FDO123)" on some releases)
      remote: text(file, row, 'chassis_id', at, "the neighbour's name").replace(/\(.*\)$/, ''),
      remotePort: typeof row.port_id === 'string' ? row.port_id : undefined,
      capabilities: [...caps].map((c) => NXOS_CAPABILITY[c]).filter((c) => c !== undefined),
      at,
    };
  });
}
