import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../test/fixtures/import/thrown.ts';
import { csvImporter } from './csvImporter.ts';

const fixture = (name: string) => ({ name, text: readFileSync(new URL(`../../../test/fixtures/import/${name}`, import.meta.url), 'utf8') });
const read = (...files: { name: string; text: string }[]) => csvImporter.read(files, {});
const failure = (...files: { name: string; text: string }[]) => thrown(() => read(...files));

describe('the CSV importer', () => {
  it('reads a nodes sheet and a links sheet into the exact scenario', () => {
    const nodes = { name: 'n.csv', text: 'Name,Role,X,Y\nS1,switch,1,2\nP1,PLC,3,4\n' };
    const links = { name: 'l.csv', text: 'from,to,speed\nS1,P1,100M\n' };
    expect(read(nodes, links).scenario).toEqual({
      format: 'netloom.scenario/v1',
      name: 'n',
      nodes: [
        { id: 'S1', type: 'switch', position: [1, 2, 0] },
        { id: 'P1', type: 'plc', position: [3, 4, 0] },
      ],
      links: [{ from: 'S1', to: 'P1', rate: '100 Mb/s' }],
      flows: [],
    });
  });

  it('reads the inventory fixture: 7 devices with their types, 6 links with their rates, the same link twice as one', () => {
    const r = read(fixture('line.nodes.csv'), fixture('line.links.csv'));
    const s = r.scenario;
    expect(Object.fromEntries(s.nodes.map((n) => [n.id, n.type]))).toEqual({
      'SW-CORE': 'switch',
      'SW-CELL1': 'switch',
      PLC1: 'plc',
      Drive_1: 'drive',
      CAM1: 'camera',
      EDGE1: 'compute',
      HMI1: 'host',
    });
    expect(s.links.map((l) => `${l.from}-${l.to} ${l.rate}${l.length ? ` ${l.length} ${l.medium}` : ''}`)).toEqual([
      'SW-CORE-SW-CELL1 10 Gb/s 80 m fiber',
      'SW-CORE-EDGE1 1 Gb/s 5 m copper',
      'SW-CELL1-PLC1 100 Mb/s',
      'SW-CELL1-Drive_1 100 Mb/s',
      'SW-CELL1-CAM1 1 Gb/s',
      'SW-CELL1-HMI1 1 Gb/s',
    ]);
    expect(s.nodes[0]).toEqual({ id: 'SW-CORE', type: 'switch', description: 'model Cisco IE-9320', position: [0, 0, 0], group: 'Control room/R1' });
    expect(r.mapped[0]).toEqual({
      source: 'line.nodes.csv:1',
      what: 'nodes sheet; columns "Hostname" → name, "Device Role" → type, "Model" → model, "X" → x, "Y" → y, "Room" → room, "Rack" → rack; not used: "Serial"',
    });
    expect(r.assumed).toEqual([
      { source: 'line.nodes.csv:8', what: 'HMI1: role "Operator Terminal" not known → host' },
      { source: 'line.links.csv:8', what: 'SW-CELL1 P5: no neighbour → no link' },
      { source: 'line.nodes.csv:5', what: 'device "Drive 1" → id Drive_1 (ids have no spaces and are unique)' },
      { source: 'line.links.csv:7', what: 'SW-CELL1–HMI1: speed not given → 1 Gb/s' },
    ]);
  });

  it("reads MAC and IP columns into the node's addresses, and notes a cell that holds none", () => {
    const nodes = { name: 'n.csv', text: 'Name,Role,MAC Address,Mgmt IP\nP1,PLC,00-1B-1B-AA-BB-CC,10.0.0.5/24\nS1,switch,,unknown\n' };
    const r = read(nodes, { name: 'l.csv', text: 'from,to\nS1,P1\n' });
    expect(r.scenario.nodes).toEqual([
      { id: 'P1', type: 'plc', addresses: ['00:1b:1b:aa:bb:cc', '10.0.0.5'] },
      { id: 'S1', type: 'switch' },
    ]);
    expect(r.assumed).toContainEqual({ source: 'n.csv:3', what: 'S1: "unknown" in column "Mgmt IP" is no MAC or IP address: left out' });
  });

  it('adds the devices a links sheet names that no nodes sheet lists, and notes a speed it cannot read', () => {
    const r = read({ name: 'l.csv', text: 'Local Device;Local Interface;Remote Device;Bandwidth\nA;1;B;fast\n' });
    expect(r.scenario.links).toEqual([{ from: 'A', to: 'B', rate: '1 Gb/s' }]);
    expect(r.assumed.map((n) => n.what).slice(0, 3)).toEqual([
      'A is not in a nodes sheet: added',
      'B is not in a nodes sheet: added',
      'A–B: speed "fast" not understood (expected e.g. 1G, 100 Mb/s, 1000BASE-T) → left to the default',
    ]);
  });

  it('reads the cable type as a medium by whole words ("screened" is no SC connector), and keeps wireless without a length', () => {
    const text = 'from,to,cable type,length\nA,B,Cat6 S/FTP screened,30\nA,C,OS2 LC duplex,2 km\nA,D,wireless,\n';
    expect(read({ name: 'l.csv', text }).scenario.links.map((l) => `${l.to} ${l.medium} ${l.length}`)).toEqual([
      'B copper 30 m',
      'C fiber 2 km',
      'D wireless undefined',
    ]);
  });

  it.each([
    ['an empty file', '', '1:1', 'a header row'],
    ['no name column', 'role,model\nplc,x\n', '1:1', 'a name column'],
    ['a row longer than the header', 'name,type\nP1,plc,extra\n', '2:3', 'at most 2 fields'],
    ['an empty name', 'name,type\n,plc\n', '2:1', 'a device name in column "name"'],
    ['a name listed twice', 'name,type\nP1,plc\nP1,io\n', '3:1', '"P1" is listed twice'],
    ['a position that is no number', 'name,x,y\nP1,3,north\n', '2:3', 'a number in metres in column "y", got "north"'],
    ['an unclosed quote', 'name,type\n"P1,plc\n', '2:1', 'a closing "'],
    ['a length that is no length', 'from,to,length\nA,B,long\n', '2:3', 'a cable length'],
  ])('says where and what it expected on %s', (_, text, place, expected) => {
    const e = failure({ name: 'bad.csv', text });
    expect(e.file).toBe('bad.csv');
    expect(e.place).toBe(place);
    expect(e.message).toContain(`bad.csv:${place}: `);
    expect(e.expected).toContain(expected);
  });
});
