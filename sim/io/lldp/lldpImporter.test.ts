/**
 * LLDP tables in the shapes the tools print: lldpctl's json and json0 as lldpd's own integration
 * tests expect them (lldpd tests/integration/test_lldpcli.py), Arista EOS and Cisco NX-OS
 * `show lldp neighbors | json`. test/fixtures/import/lldp is one plant seen by four devices.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../test/fixtures/import/thrown.ts';
import type { ImportFile } from '../ImportResult.ts';
import { lldpImporter } from './lldpImporter.ts';

const fixture = (name: string): ImportFile => ({ name, text: readFileSync(new URL(`../../../test/fixtures/import/lldp/${name}`, import.meta.url), 'utf8') });
const read = (...files: ImportFile[]) => lldpImporter.read(files, {});
const failure = (text: string) => thrown(() => read({ name: 'sw9.json', text }));

describe('the LLDP importer', () => {
  it('merges four tables (lldpctl json with one and with several interfaces, EOS, NX-OS with one row) into 6 devices and 5 links', () => {
    const r = read(fixture('sw-core.json'), fixture('edge1.json'), fixture('sw-cell1.json'), fixture('sw-cell2.json'));
    expect(r.scenario.nodes).toEqual([
      // each neighbour's chassis MAC and management address, as its neighbours' tables give them
      { id: 'sw-core', type: 'switch', addresses: ['02:42:ac:00:00:01', '10.0.0.1'] },
      { id: 'sw-cell1', type: 'switch', addresses: ['28:99:3a:00:00:11', '10.0.0.11'] },
      { id: 'sw-cell2', type: 'switch', addresses: ['00:de:fb:00:00:12'] },
      { id: 'edge1', type: 'host', addresses: ['b8:ce:f6:00:00:21'] },
      { id: 'plc1', type: 'host' },
      { id: 'cam1', type: 'host' },
    ]);
    expect(r.scenario.links).toEqual([
      { from: 'sw-core', to: 'sw-cell1', rate: '10 Gb/s' },
      { from: 'sw-core', to: 'sw-cell2', rate: '1 Gb/s' },
      { from: 'sw-core', to: 'edge1', rate: '1 Gb/s' },
      { from: 'sw-cell1', to: 'plc1', rate: '1 Gb/s' },
      { from: 'sw-cell1', to: 'cam1', rate: '1 Gb/s' },
    ]);
    expect(r.mapped.filter((n) => n.what.includes('seen again')).map((n) => n.source)).toEqual([
      'edge1.json $.lldp.interface.enp1s0f0',
      'sw-cell1.json $.lldpNeighbors[0]',
      'sw-cell2.json $.TABLE_nbor.ROW_nbor',
    ]);
    expect(r.assumed).toContainEqual({ source: 'sw-cell1.json $.lldpNeighbors[1]', what: 'plc1: type unknown; 1 link → host' });
    expect(r.assumed).toContainEqual({ source: 'sw-core.json', what: "the table's own device is named after the file: sw-core" });
  });

  it('reads json0, where every value is in a list', () => {
    const json0 = {
      lldp: [
        {
          interface: [
            {
              name: 'eth0',
              via: 'LLDP',
              chassis: [
                { id: [{ type: 'mac', value: '00:00:00:00:00:02' }], name: [{ value: 'ns-2.example.com' }], capability: [{ type: 'Wlan', enabled: true }] },
              ],
              port: [
                {
                  id: [{ type: 'mac', value: '00:00:00:00:00:02' }],
                  descr: [{ value: 'eth1' }],
                  'auto-negotiation': [{ current: [{ value: '100BaseTXFD - 2 pair category 5 UTP, full duplex mode' }] }],
                },
              ],
            },
          ],
        },
      ],
    };
    const r = read({ name: 'ns-1.json', text: JSON.stringify(json0) });
    expect(r.scenario.nodes).toEqual([
      { id: 'ns-1', type: 'host' },
      { id: 'ns-2', type: 'wifi-ap', addresses: ['00:00:00:00:00:02'] },
    ]);
    expect(r.scenario.links).toEqual([{ from: 'ns-1', to: 'ns-2', rate: '100 Mb/s' }]);
  });

  it("reads NX-OS rows as a list, and the APIs' envelopes (eAPI result, NX-API ins_api)", () => {
    const rows = {
      TABLE_nbor: { ROW_nbor: [1, 2].map((i) => ({ chassis_id: `leaf${i}`, l_port_id: `Eth1/${i}`, port_id: 'Eth1/49', enabled_capability: 'B' })) },
    };
    const nxapi = { ins_api: { outputs: { output: { body: rows, code: '200' } } } };
    const eapi = { jsonrpc: '2.0', result: [{ lldpNeighbors: [{ port: 'Ethernet1', neighborDevice: 'spine1', neighborPort: 'Ethernet3' }] }] };
    const r = read({ name: 'spine1.json', text: JSON.stringify(nxapi) }, { name: 'leaf1.json', text: JSON.stringify(eapi) });
    expect(r.scenario.nodes.map((n) => `${n.id}:${n.type}`)).toEqual(['spine1:switch', 'leaf1:switch', 'leaf2:switch']);
    expect(r.scenario.links.map((l) => `${l.from}-${l.to}`)).toEqual(['spine1-leaf1', 'spine1-leaf2']);
  });

  it.each([
    ['text that is not JSON', '{"lldp": {\n  "interface": }', '2:16', 'valid JSON: expected a value'],
    ['JSON that is no neighbour table', '{"lldpX": 1}', '$', 'an LLDP neighbour table'],
    ['an lldpctl interface without its chassis', '{"lldp": {"interface": {"eth0": {"port": {}}}}}', '$.lldp.interface.eth0.chassis', "the neighbour's chassis"],
    ['an EOS row without the neighbour', '{"lldpNeighbors": [{"port": "Ethernet1"}]}', '$.lldpNeighbors[0].neighborDevice', "the neighbour's name as a string"],
    [
      'an NX-OS row without the local port',
      '{"TABLE_nbor": {"ROW_nbor": {"chassis_id": "x"}}}',
      '$.TABLE_nbor.ROW_nbor.l_port_id',
      'the local port as a string',
    ],
  ])('says where and what it expected on %s', (_, text, place, expected) => {
    const e = failure(text);
    expect([e.file, e.place]).toEqual(['sw9.json', place]);
    expect(e.expected).toContain(expected);
  });
});
