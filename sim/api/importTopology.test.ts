import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/fixtures/import/thrown.ts';
import { importTopology } from './importTopology.ts';

const csv = { name: 'links.csv', text: 'from,to,speed\nS1,P1,100M\n' };
const lldp = { name: 'sw1.json', text: '{"lldpNeighbors": [{"port": "Ethernet1", "neighborDevice": "sw2", "neighborPort": "Ethernet1"}]}' };

describe('importTopology', () => {
  it('recognises each kind by its files, or takes the kind it is given', () => {
    expect(importTopology([csv]).scenario.links).toEqual([{ from: 'S1', to: 'P1', rate: '100 Mb/s' }]);
    expect(importTopology([lldp]).scenario.nodes.map((n) => n.id)).toEqual(['sw1', 'sw2']);
    expect(importTopology([{ ...csv, name: 'links.txt' }], { kind: 'csv', name: 'cell' }).scenario.name).toBe('cell');
  });

  it('refuses files that hold no device: an ImportError naming them, not an invalid scenario', () => {
    const e = thrown(() => importTopology([{ name: 'nodes.csv', text: 'name,type\n' }]));
    expect(e.message).toBe('nodes.csv: at least one device; these csv files give none (NetBox: none cabled to another)');
  });

  it('refuses a file of no known kind, files of two kinds, and a kind it does not have, naming the file', () => {
    const unknown = thrown(() => importTopology([{ name: 'a.txt', text: 'x' }]));
    expect(unknown.message).toBe('a.txt: a file of a known kind (csv, graphml, lldp, netbox); name the kind with --from');
    expect(thrown(() => importTopology([csv, lldp])).message).toBe('sw1.json: a csv file like links.csv, not lldp; import one kind at a time');
    expect(thrown(() => importTopology([csv], { kind: 'xls' })).message).toContain('links.csv: a kind NetLoom imports (csv, graphml, lldp, netbox), not "xls"');
  });
});
