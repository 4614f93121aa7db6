import { describe, expect, it } from 'vitest';
import { expandGroups, MAX_COUNT } from './expandGroups.ts';
import { loadScenario, validateScenario } from './load.ts';

type Json = Record<string, unknown>;

/** A cell: a switch, its PLC and `drives` drives, each drive in a 1 ms loop with the PLC; the switch goes up to /CORE. */
const cell = (): Json => ({
  params: { drives: 2, rate: '100 Mb/s' },
  nodes: [
    { id: 'SW', type: 'switch', position: [0, 0, 0] },
    { id: 'PLC', type: 'plc' },
    { id: 'DRV{i}', type: 'drive', count: '{drives}', position: [2, 0, 0], grid: { spacing: [1, 0] } },
  ],
  links: [
    { from: 'PLC', to: 'SW', rate: '{rate}' },
    { from: 'DRV*', to: 'SW', rate: '{rate}' },
    { from: 'SW', to: '/CORE', rate: '1 Gb/s' },
  ],
  flows: [{ id: 'ctrl-{from}', from: 'DRV*', to: 'PLC', size: '100 B', pattern: { type: 'periodic', period: '1 ms' } }],
});

const plant = (instances: Json[], groups: Json = { cell: cell() }): Json => ({
  format: 'netloom.scenario/v1',
  name: 'cells',
  groups,
  nodes: [{ id: 'CORE', type: 'switch' }, ...instances],
  links: [],
  flows: [],
});

const issues = (s: unknown) => validateScenario(s).map((i) => `${i.path}: ${i.message}`);
const ids = (list: unknown) => (list as Json[]).map((e) => e.id ?? `${e.from}-${e.to}`);

describe('expandGroups', () => {
  it('leaves a scenario without groups as it is (the same object)', () => {
    const flat = { format: 'netloom.scenario/v1', name: 'x', nodes: [{ id: 'A', type: 'plc' }], links: [], flows: [] };
    expect(expandGroups(flat).scenario).toBe(flat);
  });

  it('names the nodes of an instance "instance/node" and counts copies with {i} and {i:2}', () => {
    const flat = expandGroups(plant([{ use: 'cell', id: 'area1/cell{i:2}', count: 2 }])).scenario as Json;
    expect(ids(flat.nodes)).toEqual([
      'CORE',
      'area1/cell01/SW',
      'area1/cell01/PLC',
      'area1/cell01/DRV1',
      'area1/cell01/DRV2',
      'area1/cell02/SW',
      'area1/cell02/PLC',
      'area1/cell02/DRV1',
      'area1/cell02/DRV2',
    ]);
    expect(flat.groups).toBeUndefined();
  });

  it('writes a link or flow once per node its selector picks, {from} naming the node, ids prefixed by the instance', () => {
    const flat = expandGroups(plant([{ use: 'cell', id: 'c1', params: { drives: 3 } }])).scenario as Json;
    expect(ids(flat.links)).toEqual(['c1/PLC-c1/SW', 'c1/DRV1-c1/SW', 'c1/DRV2-c1/SW', 'c1/DRV3-c1/SW', 'c1/SW-CORE']);
    expect(flat.flows).toMatchObject([
      { id: 'c1/ctrl-DRV1', from: 'c1/DRV1', to: 'c1/PLC' },
      { id: 'c1/ctrl-DRV2', from: 'c1/DRV2', to: 'c1/PLC' },
      { id: 'c1/ctrl-DRV3', from: 'c1/DRV3', to: 'c1/PLC' },
    ]);
  });

  it("takes the group's defaults unless the instance sets a parameter, numbers staying numbers", () => {
    const m = loadScenario(
      plant([
        { use: 'cell', id: 'a', params: { drives: 1, rate: '1 Gb/s' } },
        { use: 'cell', id: 'b' },
      ]),
    );
    expect(m.nodes.filter((n) => n.id.startsWith('a/DRV')).length).toBe(1);
    expect(m.nodes.filter((n) => n.id.startsWith('b/DRV')).length).toBe(2);
    expect(m.links.find((l) => l.id === 'a/PLC-a/SW')?.rateBps).toBe(1e9);
    expect(m.links.find((l) => l.id === 'b/PLC-b/SW')?.rateBps).toBe(1e8);
  });

  it('places copies on a grid and instances at their origin; nodes written without a position get none', () => {
    const flat = expandGroups(plant([{ use: 'cell', id: 'c{i}', count: 3, position: [100, 50, 0], grid: { columns: 2, spacing: [10, 20] } }])).scenario as Json;
    const at = (id: string) => (flat.nodes as Json[]).find((n) => n.id === id)?.position;
    expect(at('c1/SW')).toEqual([100, 50, 0]);
    expect(at('c2/SW')).toEqual([110, 50, 0]);
    expect(at('c3/SW')).toEqual([100, 70, 0]); // second row
    expect(at('c3/DRV2')).toEqual([103, 70, 0]); // its own [2, 0, 0], the drive grid's 1 m, the cell's origin
    expect(at('c1/PLC')).toBeUndefined();
  });

  it('nests groups: an area of cells, whose selectors reach into its cells, with `group` the innermost instance', () => {
    const area = {
      params: { cells: 2 },
      nodes: [
        { id: 'SW', type: 'switch' },
        { id: 'EDGE', type: 'compute' },
        { use: 'cell', id: 'cell{i:2}', count: '{cells}', params: { drives: 1 } },
      ],
      links: [
        { from: 'cell*/SW', to: 'SW', rate: '1 Gb/s' },
        { from: 'EDGE', to: 'SW', rate: '10 Gb/s' },
      ],
      flows: [{ id: '{from}-ai', from: 'cell*/DRV*', to: 'EDGE', size: '1000 B', pattern: { type: 'periodic', period: '10 ms' } }],
    };
    const cellUp = cell();
    (cellUp.links as Json[]).pop(); // the area links its cells
    const m = loadScenario({
      ...plant([{ use: 'area', id: 'area{i}', count: 2 }], { cell: cellUp, area }),
      links: [{ from: 'area1/SW', to: 'CORE', rate: '10 Gb/s' }],
    });
    expect(m.nodes.find((n) => n.id === 'area2/cell02/DRV1')?.group).toBe('area2/cell02');
    expect(m.nodes.find((n) => n.id === 'area2/EDGE')?.group).toBe('area2');
    expect(m.nodes.find((n) => n.id === 'CORE')?.group).toBeUndefined();
    expect(m.flows.map((f) => f.id).filter((id) => id.endsWith('-ai'))).toEqual([
      'area1/cell01/DRV1-ai',
      'area1/cell02/DRV1-ai',
      'area2/cell01/DRV1-ai',
      'area2/cell02/DRV1-ai',
    ]);
    expect(m.links.some((l) => l.id === 'area2/cell01/SW-area2/SW')).toBe(true);
  });

  it('keeps a `group` written on a plain node into the model', () => {
    const s = { format: 'netloom.scenario/v1', name: 'x', nodes: [{ id: 'A', type: 'plc', group: 'line1' }], links: [], flows: [] };
    expect(loadScenario(s).nodes[0].group).toBe('line1');
  });

  it("names a problem's path in the group's definition and the instance it was met in, once for all instances", () => {
    const g = cell();
    (g.links as Json[])[0].rate = '{rte}';
    expect(issues(plant([{ use: 'cell', id: 'c{i}', count: 3 }], { cell: g }))).toEqual([
      'groups.cell.links[0].rate: unknown parameter {rte}; the parameters here are drives, rate (in instance nodes[1] "c1") (and in 2 more instances)',
    ]);
  });

  it('names the group path and instance of a problem the schema or the compiler finds after expansion', () => {
    const bad = plant([
      { use: 'cell', id: 'c1', params: { rate: 'fast' } },
      { use: 'cell', id: 'c2' },
    ]);
    expect(issues(bad)).toEqual([
      'groups.cell.links[0].rate: expected a data rate like "1 Gb/s", got "fast" (in instance nodes[1] "c1")',
      'groups.cell.links[1].rate: expected a data rate like "1 Gb/s", got "fast" (in instance nodes[1] "c1") (and in 1 more instance)',
    ]);
    const g = cell();
    (g.links as Json[])[2].to = '/NOPE';
    expect(issues(plant([{ use: 'cell', id: 'c1' }], { cell: g }))).toEqual([
      expect.stringMatching(/^groups\.cell\.links\[2\]\.to: .*NOPE.*\(in instance nodes\[1\] "c1"\)$/),
    ]);
  });

  it('refuses unknown groups, unknown parameters, selectors that pick nothing, ids that would repeat, groups inside themselves', () => {
    const unused = plant([], { cell: cell(), line: { nodes: 'PLC' } }); // checked though no instance uses it
    expect(issues(unused)).toEqual(['groups.line.nodes: expected a list of nodes (or instances of groups)']);
    expect(issues(plant([{ use: 'cel', id: 'c1' }]))).toEqual(['nodes[1].use: no group "cel" under "groups"; the groups are cell']);
    expect(issues(plant([{ use: 'cell', id: 'c1', params: { drive: 3 } }]))).toEqual([
      'nodes[1].params.drive: group has no parameter "drive"; its parameters are drives, rate',
    ]);
    const noMatch = cell();
    (noMatch.flows as Json[])[0].from = 'DRIVE*';
    expect(issues(plant([{ use: 'cell', id: 'c1' }], { cell: noMatch }))).toEqual([
      'groups.cell.flows[0].from: "DRIVE*" selects no node of the group (in instance nodes[1] "c1")',
    ]);
    const sameId = cell();
    (sameId.flows as Json[])[0].id = 'ctrl';
    expect(issues(plant([{ use: 'cell', id: 'c1' }], { cell: sameId }))).toEqual([
      'groups.cell.flows[0].id: the selectors make 2 flows, all named "ctrl": put {from} or {to} in the id (in instance nodes[1] "c1")',
    ]);
    const local = cell();
    (local.links as Json[])[2].to = 'CORE';
    expect(issues(plant([{ use: 'cell', id: 'c1' }], { cell: local }))[0]).toMatch(/^groups\.cell\.links\[2\]\.to: no node "CORE" in the group .*"\/ID"/);
    const loop = {
      nodes: [
        { id: 'X', type: 'plc' },
        { use: 'loop', id: 'inner' },
      ],
    };
    expect(issues(plant([{ use: 'loop', id: 'l' }], { loop }))).toEqual([
      'groups.loop.nodes[1].use: group "loop" is used inside itself (loop → loop) (in instance nodes[1] "l")',
    ]);
    expect(issues(plant([{ use: 'cell', id: 'c', count: 1e9 }]))).toEqual([
      `nodes[1].count: expected a whole number of copies from 0 to ${MAX_COUNT}, got 1000000000`,
    ]);
    expect(issues(plant([{ id: 'D{i}', type: 'drive' }]))[0]).toMatch(/^nodes\[1\]\.id: \{i\} is only defined in an entry with a count/);
  });

  it('refuses a plant past the cap of copies without walking it (nested instances of an empty group)', () => {
    const deep = { a: { nodes: [{ use: 'b', id: 'b{i}', count: MAX_COUNT }] }, b: { nodes: [{ use: 'c', id: 'c{i}', count: MAX_COUNT }] }, c: { nodes: [] } };
    // 10^15 empty copies asked for: refused once 1,000 are made (without the count of copies, walked for ever)
    expect(() => expandGroups(plant([{ use: 'a', id: 'a', count: MAX_COUNT }], deep), 1000)).toThrow('passes 1000 nodes, links, flows or copies');
  });
});
