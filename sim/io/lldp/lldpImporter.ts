/**
 * LLDP neighbour tables, one file per device, merged into one topology: lldpd's `lldpctl -f json`
 * (or json0), Arista EOS and Cisco NX-OS `show lldp neighbors | json`. A table does not name the
 * device it was taken on, so the file does: `sw1.json` is sw1's table. A link seen from both ends
 * is one link. Names that are domain names are shortened to their host part, so "sw2.plant.local"
 * in sw1's table and sw2's own file `sw2.json` are one device.
 */
import { ImportError } from '../ImportError.ts';
import { baseName, type Importer } from '../Importer.ts';
import type { NodeType } from '../../scenario/schema.ts';
import { rateText } from '../parseSpeed.ts';
import { asObject, readJson } from '../readJson.ts';
import { TopologyBuilder } from '../TopologyBuilder.ts';
import { lldpctlTable } from './lldpctlTable.ts';
import type { Neighbour } from './Neighbour.ts';
import { eosTable, nxosTable } from './switchCliTable.ts';

const TABLE = /"(lldp|lldpNeighbors|TABLE_nbor)"\s*:/;

export const lldpImporter: Importer = {
  kind: 'lldp',
  describe: 'LLDP neighbour tables, one file per device named after it: lldpctl -f json/json0, Arista EOS or Cisco NX-OS "show lldp neighbors | json"',
  recognises: (f) => /\.json$/i.test(f.name) && TABLE.test(f.text.slice(0, 65536)),
  read(files, options) {
    const b = new TopologyBuilder();
    for (const f of files) {
      const local = shortName(baseName(f.name));
      b.assume(f.name, `the table's own device is named after the file: ${local}`);
      b.device(local, {}, f.name);
      for (const n of neighbours(f.name, readJson(f))) {
        const where = `${f.name} ${n.at}`;
        const remote = shortName(n.remote);
        if (remote !== n.remote) b.map(where, `neighbour "${n.remote}" → ${remote}`);
        const type = typeOf(n.capabilities);
        if (type) b.map(where, `${remote}: capabilities ${n.capabilities.join(', ')} → ${type}`);
        b.device(remote, { type, addresses: n.addresses }, where);
        if (n.speed !== undefined)
          b.map(where, `${local} ${n.port} – ${remote}${n.remotePort ? ` ${n.remotePort}` : ''}: "${n.speedText}" → ${rateText(n.speed)}`);
        b.link({ from: local, to: remote, rate: n.speed }, where);
      }
    }
    return b.finish(options.name ?? 'LLDP topology');
  },
};

function neighbours(file: string, json: unknown): Neighbour[] {
  let root = asObject(json);
  if (!root) throw new ImportError(file, '$', 'a JSON object: an LLDP neighbour table');
  let base = '$';
  // the APIs' envelopes: Arista eAPI {"result": [table]}, Cisco NX-API {"ins_api": {"outputs": {"output": {"body": table}}}}
  if (Array.isArray(root.result) && asObject(root.result[0])) {
    root = asObject(root.result[0]) as Record<string, unknown>;
    base = '$.result[0]';
  }
  const body = asObject(asObject(asObject(asObject(root.ins_api)?.outputs)?.output)?.body);
  if (body) {
    root = body;
    base = '$.ins_api.outputs.output.body';
  }
  if ('lldp' in root) return lldpctlTable(file, root);
  if ('lldpNeighbors' in root) return eosTable(file, root, base);
  if ('TABLE_nbor' in root) return nxosTable(file, root, base);
  throw new ImportError(file, base, 'an LLDP neighbour table: lldpctl -f json {"lldp": …}, Arista EOS {"lldpNeighbors": […]} or Cisco NX-OS {"TABLE_nbor": …}');
}

/** "sw2.plant.local" → "sw2"; an address (MAC, IP) or a plain name stays as it is. */
function shortName(name: string): string {
  return /^[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)+\.?$/.test(name) ? name.split('.')[0] : name;
}

/** LLDP system capabilities → a node type: an access point, else a bridge (switch), a router, a station. */
function typeOf(capabilities: readonly string[]): NodeType | undefined {
  if (capabilities.includes('wlan')) return 'wifi-ap';
  if (capabilities.includes('bridge')) return 'switch';
  if (capabilities.includes('router')) return 'router';
  if (capabilities.some((c) => c === 'station' || c === 'telephone')) return 'host';
  return undefined;
}
