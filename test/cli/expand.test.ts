import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { netloom, netloomWith } from './netloom.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netloom-expand-'));
const grouped = {
  format: 'netloom.scenario/v1',
  name: 'cells',
  groups: {
    cell: {
      params: { drives: 2 },
      nodes: [
        { id: 'SW', type: 'switch' },
        { id: 'PLC', type: 'plc' },
        { id: 'DRV{i}', type: 'drive', count: '{drives}' },
      ],
      links: [
        { from: '**', to: 'SW', rate: '100 Mb/s' },
        { from: 'SW', to: '/CORE', rate: '1 Gb/s' },
      ],
      flows: [{ id: 'ctrl-{from}', from: 'DRV*', to: 'PLC', size: '100 B', pattern: { type: 'periodic', period: '1 ms' } }],
    },
  },
  nodes: [
    { id: 'CORE', type: 'switch' },
    { use: 'cell', id: 'area1/cell{i:2}', count: 2 },
  ],
  links: [],
  flows: [],
};

describe('netloom expand', () => {
  it('writes the flat scenario to stdout, which validates and has hierarchical ids', () => {
    const file = join(tmp, 'cells.json');
    writeFileSync(file, JSON.stringify(grouped));
    const r = netloom('expand', file);
    expect(r.code).toBe(0);
    const flat = JSON.parse(r.stdout);
    expect(flat.groups).toBeUndefined();
    expect(flat.nodes.map((n: { id: string }) => n.id)).toContain('area1/cell02/DRV2');
    expect(flat.flows.map((f: { id: string }) => f.id)).toEqual([
      'area1/cell01/ctrl-DRV1',
      'area1/cell01/ctrl-DRV2',
      'area1/cell02/ctrl-DRV1',
      'area1/cell02/ctrl-DRV2',
    ]);
    const v = netloomWith({ input: r.stdout, env: { NO_COLOR: '1' } }, 'validate', '-');
    expect(v.stdout).toContain('9 nodes, 8 links, 4 flows');
  });

  it('writes --out F, refuses to replace it without --force, and never the scenario it reads', () => {
    const file = join(tmp, 'cells2.json');
    const out = join(tmp, 'flat.json');
    writeFileSync(file, JSON.stringify(grouped));
    expect(netloom('expand', file, '--out', out).stdout).toContain(`9 nodes, 8 links, 4 flows written to ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8')).nodes.length).toBe(9);
    const again = netloom('expand', file, '--out', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--out: ');
    expect(again.stderr).toContain('already exists; give --force to replace it');
    expect(netloom('expand', file, '--out', out, '--force').code).toBe(0);
    const self = netloom('expand', file, '--out', file, '--force');
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('is the scenario being read');
  });

  it('exits 2 naming the path in the group and the instance of a problem', () => {
    const file = join(tmp, 'bad.json');
    const bad = structuredClone(grouped);
    bad.groups.cell.flows[0].to = 'PCL';
    writeFileSync(file, JSON.stringify(bad));
    const r = netloom('expand', file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('groups.cell.flows[0].to: no node "PCL" in the group (its nodes are SW, PLC, DRV1, DRV2)');
    expect(r.stderr).toContain('(in instance nodes[1] "area1/cell01") (and in 1 more instance)');
  });

  it('plan works on the flat form of a plant written with groups, and --out writes it flat', () => {
    const file = join(tmp, 'to-plan.json');
    const out = join(tmp, 'planned.json');
    const withRequirement = structuredClone(grouped);
    Object.assign(withRequirement.groups.cell.flows[0], { requirement: { latency: '1 ms' } });
    writeFileSync(file, JSON.stringify({ ...withRequirement, simulation: { duration: '50 ms' } }));
    const r = netloom('plan', file, '--out', out, '--workers', '1');
    expect(r.code, r.stderr).toBe(0);
    const planned = JSON.parse(readFileSync(out, 'utf8'));
    expect(planned.groups).toBeUndefined();
    expect(planned.nodes.map((n: { id: string }) => n.id)).toContain('area1/cell02/DRV2');
    expect(planned.nodes).toHaveLength(9);
  });
});
