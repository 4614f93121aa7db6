/**
 * NetBox exports with the fields of its REST API (netbox/dcim/api/serializers_: CableSerializer's
 * a_terminations/b_terminations of {object_type, object_id, object}, choice fields as {value, label},
 * interface speed in kbit/s, paginated {count, next, previous, results}).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../test/fixtures/import/thrown.ts';
import type { ImportFile } from '../ImportResult.ts';
import { netboxImporter } from './netboxImporter.ts';

const text = (name: string) => readFileSync(new URL(`../../../test/fixtures/import/netbox/${name}`, import.meta.url), 'utf8');
const three = ['devices.json', 'interfaces.json', 'cables.json'].map((name) => ({ name, text: text(name) }));
const read = (...files: ImportFile[]) => netboxImporter.read(files, {});
const failure = (value: unknown) => thrown(() => read({ name: 'nb.json', text: typeof value === 'string' ? value : JSON.stringify(value) }));

describe('the NetBox importer', () => {
  it('reads devices, interfaces and cables (three files) into 5 devices and 4 links, at the slower end, with medium and length', () => {
    const r = read(...three);
    expect(r.scenario.nodes).toEqual([
      { id: 'sw-core', type: 'switch', description: 'model Cisco IE-9320-26S2C', group: 'Plant North/Control room/R01' },
      { id: 'sw-cell', type: 'switch', description: 'model Siemens SCALANCE XC208', group: 'Plant North/Hall A' },
      // its primary IP (the prefix length dropped) and its interface's MAC address
      { id: 'plc-1', type: 'plc', description: 'model Siemens S7-1516', group: 'Plant North/Hall A', addresses: ['10.10.1.11', '28:63:36:0a:0b:0c'] },
      { id: 'cam-1', type: 'camera', description: 'model Basler ace 2', group: 'Plant North/Hall A' },
      { id: 'edge-1', type: 'compute', description: 'model Dell PowerEdge XR11', group: 'Plant North/Control room/R01' },
    ]);
    expect(r.scenario.links).toEqual([
      { from: 'sw-core', to: 'sw-cell', rate: '10 Gb/s', length: '120 m', medium: 'fiber', label: 'core-cell uplink' },
      { from: 'sw-cell', to: 'plc-1', rate: '100 Mb/s' },
      { from: 'sw-cell', to: 'cam-1', rate: '1 Gb/s', length: '14.996 m', medium: 'copper' },
      { from: 'sw-core', to: 'edge-1', rate: '25 Gb/s', length: '3 m', medium: 'copper' },
    ]);
    expect(r.mapped).toContainEqual({ source: 'cables.json $.results[1]', what: 'plc-1 X1 P1: type 100base-tx → 100 Mb/s' });
    expect(r.mapped).toContainEqual({ source: 'cables.json $.results[4]', what: 'cable 105: not between two interfaces, left out' });
    expect(r.assumed).toEqual([
      { source: 'devices.json $.results[5]', what: 'pdu-1: role "PDU" not known → host' },
      { source: 'devices.json $.results[5]', what: "pdu-1: no cable to another device's interface: left out" },
    ]);
  });

  it("reads the same export as one file of three lists, and NetBox 3's device_role", () => {
    const [devices, interfaces, cables] = three.map((f) => JSON.parse(f.text));
    for (const d of devices.results) {
      d.device_role = d.role;
      delete d.role;
    }
    const one = read({ name: 'plant.json', text: JSON.stringify({ devices, interfaces, cables }) });
    expect(one.scenario.links).toEqual(read(...three).scenario.links);
    expect(one.scenario.nodes.map((n) => n.type)).toEqual(['switch', 'switch', 'plc', 'camera', 'compute']);
    expect(one.mapped[0]).toEqual({ source: 'plant.json $.devices.results[0]', what: 'sw-core: device_role "Core Switch" → switch' });
  });

  it('keeps two devices of one name (NetBox names are unique per site) apart, cabled to each other', () => {
    const device = (id: number) => ({ id, name: 'sw1', device_type: {}, role: { name: 'switch', slug: 7 } });
    const end = (id: number) => [{ object_type: 'dcim.interface', object_id: id, object: { id, name: 'p1', device: { id, name: 'sw1' } } }];
    const r = read({
      name: 'nb.json',
      text: JSON.stringify({ devices: [device(1), device(2)], cables: [{ id: 9, a_terminations: end(1), b_terminations: end(2) }] }),
    });
    expect(r.scenario.nodes.map((n) => n.id)).toEqual(['sw1', 'sw1~2']);
    expect(r.scenario.links).toEqual([{ from: 'sw1', to: 'sw1~2', rate: '1 Gb/s' }]);
  });

  it('says when pages are missing: NetBox counted more than the files hold', () => {
    const devices = JSON.parse(three[0].text);
    devices.count = 60;
    devices.next = 'https://netbox.plant.example/api/dcim/devices/?limit=50&offset=50';
    const r = read({ name: 'devices.json', text: JSON.stringify(devices) }, three[1], three[2]);
    expect(r.assumed[0]).toEqual({
      source: 'devices.json',
      what: 'devices: NetBox counted 60, the files hold 6 (export every page: follow "next", or ask with ?limit=0)',
    });
  });

  it.each([
    ['text that is not JSON', '{"devices": [\n}', '2:1', 'valid JSON'],
    ['a list that is neither paginated nor an array', { devices: { count: 1 } }, '$.devices', 'a NetBox list'],
    ['items of no NetBox kind', [{ name: 'x' }], '$[0]', 'a NetBox device (with device_type)'],
    ['a device without an id', { devices: [{ name: 'a', device_type: {} }] }, '$.devices[0].id', 'the device id'],
    [
      'a cable without its B end',
      { cables: [{ id: 1, a_terminations: [{ object_type: 'dcim.interface', object: { device: { id: 1 } } }], b_terminations: [] }] },
      '$.cables[0].b_terminations',
      'a list of the terminations',
    ],
    [
      'an interface end without its device',
      { cables: [{ id: 1, a_terminations: [{ object_type: 'dcim.interface', object_id: 9 }], b_terminations: [] }] },
      '$.cables[0].a_terminations[0].object.device',
      'the device the interface belongs to',
    ],
  ])('says where and what it expected on %s', (_, value, place, expected) => {
    const e = failure(value);
    expect([e.file, e.place]).toEqual(['nb.json', place]);
    expect(e.expected).toContain(expected);
  });
});
