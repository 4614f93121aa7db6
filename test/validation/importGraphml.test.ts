/**
 * The GraphML importer on a file written by the real tool: test/fixtures/import/plant.networkx.graphml
 * was made by NetworkX's write_graphml (make_plant_graphml.py). When python3-networkx is installed
 * (CI installs it), the script runs again and the file it writes must import to the same scenario
 * as the committed one — so the fixture stays what NetworkX writes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTopology } from '../../sim/api/index.ts';

const DIR = new URL('../fixtures/import/', import.meta.url);
const committed = { name: 'plant.networkx.graphml', text: readFileSync(new URL('plant.networkx.graphml', DIR), 'utf8') };
const networkx = spawnSync('python3', ['-c', 'import networkx; print(networkx.__version__)'], { encoding: 'utf8' });
const hasNetworkx = networkx.status === 0;
if (!hasNetworkx)
  console.log('importGraphml: python3-networkx is not installed, so the NetworkX fixture is not regenerated (apt-get install python3-networkx)');

describe('GraphML written by NetworkX', () => {
  it('imports to 6 devices and 5 links with their types and rates, and a scenario that validates', () => {
    const { scenario } = importTopology([committed]);
    expect(scenario.name).toBe('cell 7');
    expect(scenario.nodes.map((n) => `${n.id}:${n.type}`)).toEqual(['SW1:switch', 'PLC1:plc', 'IO1:io', 'CAM1:camera', 'EDGE1:compute', 'Scanner_3:host']);
    expect(scenario.links.map((l) => `${l.to} ${l.rate}`)).toEqual(['PLC1 100 Mb/s', 'IO1 100 Mb/s', 'CAM1 1 Gb/s', 'EDGE1 10 Gb/s', 'Scanner_3 1 Gb/s']);
  });

  it.skipIf(!hasNetworkx)(`the script, run again with NetworkX ${networkx.stdout.trim()}, writes a file that imports to the same scenario`, () => {
    const out = join(mkdtempSync(join(tmpdir(), 'netloom-nx-')), 'plant.networkx.graphml');
    const r = spawnSync('python3', [new URL('make_plant_graphml.py', DIR).pathname, out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const again = importTopology([{ name: 'plant.networkx.graphml', text: readFileSync(out, 'utf8') }]);
    expect(again).toEqual(importTopology([committed]));
  });
});
