import { describe, expect, test } from 'vitest';
import { makePlant } from '../../scripts/make-plant.ts';
import { linkId, type Position } from '../../sim/api/index.ts';
import { collapsedView } from './collapsedView.ts';
import { aggregateGroups, groupIndex } from './groupAggregates.ts';
import { plantHierarchy } from './plantHierarchy.ts';

const plant = makePlant({ devices: 10_000, perCell: 50 });
const positions = new Map(plant.nodes.map((n) => [n.id, n.position as Position]));
const groups = plantHierarchy(plant);

describe('collapsedView', () => {
  test('10,000 devices with every cell collapsed draw as their 200 cell switches, area switches, edge servers, core and MES', () => {
    const cells = new Set(groups.filter((g) => g.leaf).map((g) => g.id));
    const v = collapsedView(plant, positions, groups, cells);
    expect(cells.size).toBe(200);
    expect(v.nodes).toHaveLength(200 + 20 + 20 + 2);
    expect(v.nodes.filter((n) => n.collapsed)).toHaveLength(200);
    // the links that remain are the ones between what is drawn: cell uplinks, area uplinks, edge links, the MES
    expect(v.links).toHaveLength(200 + 20 + 20 + 1);
    const drawn = new Set(v.nodes.map((n) => n.id));
    expect(v.links.every((l) => drawn.has(l.from) && drawn.has(l.to))).toBe(true);
    expect(v.repOf.get('C7-DRV1')).toBe('C7');
    expect(v.viewKeyOf.has(linkId(plant.links.find((l) => l.from === 'C7-DRV1' || l.to === 'C7-DRV1')!))).toBe(false);
  });

  test('nothing collapsed draws the scenario as it is; a collapsed area hides its cells even if they are open', () => {
    const open = collapsedView(plant, positions, groups, new Set());
    expect(open.nodes).toHaveLength(plant.nodes.length);
    expect(open.links).toHaveLength(plant.links.length);
    const area = collapsedView(plant, positions, groups, new Set(['A1', 'C3']));
    expect(area.repOf.get('C3')).toBe('A1');
    expect(area.repOf.get('C3-PLC')).toBe('A1');
    expect(area.nodes.find((n) => n.id === 'A1')?.collapsed?.members).toHaveLength(10 * 51 + 1);
  });

  test('a collapsed group of the group field is one node at its centre; its links to the outside merge into one', () => {
    const nodes = [
      { id: 'CORE', type: 'switch' },
      { id: 'a/S1', type: 'switch', group: 'a' },
      { id: 'a/S2', type: 'switch', group: 'a' },
    ];
    const links = [
      { from: 'a/S1', to: 'CORE', rate: '1 Gb/s' },
      { from: 'a/S2', to: 'CORE', rate: '1 Gb/s' },
      { from: 'a/S1', to: 'a/S2', rate: '1 Gb/s' },
    ];
    const pos = new Map<string, Position>([
      ['CORE', [0, 0, 0]],
      ['a/S1', [10, 0, 0]],
      ['a/S2', [20, 4, 0]],
    ]);
    const v = collapsedView({ nodes, links }, pos, plantHierarchy({ nodes, links }), new Set(['group:a']));
    expect(v.nodes.map((n) => [n.id, n.at])).toEqual([
      ['CORE', [0, 0, 0]],
      ['group:a', [15, 2, 0]],
    ]);
    expect(v.links).toEqual([{ key: 'a/S1-CORE', from: 'group:a', to: 'CORE', rate: '1 Gb/s', members: ['a/S1-CORE', 'a/S2-CORE'] }]);
    expect(v.viewKeyOf.get('a/S2-CORE')).toBe('a/S1-CORE');
  });

  test('an open group of the group field is headed by its first switch, so it can be closed again; a nested group by its own', () => {
    const nodes = [
      { id: 'CORE', type: 'switch' },
      { id: 'a/PLC', type: 'plc', group: 'a' },
      { id: 'a/S1', type: 'switch', group: 'a' },
      { id: 'a/c/DRV', type: 'drive', group: 'a/c' },
      { id: 'a/c/S2', type: 'switch', group: 'a/c' },
    ];
    const links = [
      { from: 'a/S1', to: 'CORE', rate: '1 Gb/s' },
      { from: 'a/PLC', to: 'a/S1', rate: '1 Gb/s' },
      { from: 'a/c/S2', to: 'a/S1', rate: '1 Gb/s' },
      { from: 'a/c/DRV', to: 'a/c/S2', rate: '1 Gb/s' },
    ];
    const heads = (closed: string[]) =>
      collapsedView({ nodes, links }, new Map(), plantHierarchy({ nodes, links }), new Set(closed))
        .nodes.filter((n) => n.heads)
        .map((n) => [n.id, n.heads!.id]);
    expect(heads([])).toEqual([
      ['a/S1', 'group:a'],
      ['a/c/S2', 'group:a/c'],
    ]);
    expect(heads(['group:a/c'])).toEqual([
      ['a/S1', 'group:a'],
      ['group:a/c', 'group:a/c'],
    ]);
    expect(heads(['group:a'])).toEqual([['group:a', 'group:a']]);
  });
});

describe('group aggregates', () => {
  test('a collapsed cell carries its busiest link and the worst margin of the flows through it', () => {
    const v = collapsedView(plant, positions, groups, new Set(['C1', 'C2']));
    const keyed = plant.links.map((l) => ({ key: linkId(l), from: l.from, to: l.to }));
    const inC1 = keyed.find((l) => l.from === 'C1-DRV1' || l.to === 'C1-DRV1')!.key;
    const uplink = keyed.find((l) => l.from === 'C1' && l.to === 'A1')!.key;
    const util = new Map([
      [inC1, 0.9],
      [uplink, 0.4],
    ]);
    const routes = new Map([
      ['f1', { nodes: ['C1-PLC', 'C1', 'C1-DRV1'] }],
      ['f2', { nodes: ['C1-CAM10', 'C1', 'A1', 'A1-EDGE'] }],
      ['f3', { nodes: ['C2-PLC', 'C2', 'C2-DRV1'] }],
    ]);
    const margins = new Map<string, number | null>([
      ['f1', 0.5],
      ['f2', -0.2],
      ['f3', null],
    ]);
    const agg = aggregateGroups(groupIndex(v, keyed, routes), util, margins);
    expect(agg.get('C1')).toEqual({ utilization: 0.9, margin: -0.2, flows: 2 });
    expect(agg.get('C2')).toEqual({ utilization: null, margin: null, flows: 1 });
  });

  test('a new report folds its figures over the index of the view, without walking the routes again', () => {
    const v = collapsedView(plant, positions, groups, new Set(['C1', 'C2']));
    const keyed = plant.links.map((l) => ({ key: linkId(l), from: l.from, to: l.to }));
    const routes = new Map([
      ['f1', { nodes: ['C1-PLC', 'C1', 'C1-DRV1'] }],
      ['f2', { nodes: ['C1-CAM10', 'C1', 'A1', 'C2', 'C2-PLC'] }],
      ['f3', { nodes: ['A1', 'A1-EDGE'] }], // touches no collapsed group
    ]);
    let walked = 0;
    const counted = { [Symbol.iterator]: () => (walked++, routes[Symbol.iterator]()) } as unknown as typeof routes;
    const index = groupIndex(v, keyed, counted);
    expect(index.flows).toEqual([
      ['f1', ['C1']],
      ['f2', ['C1', 'C2']],
    ]);
    const first = aggregateGroups(index, null, new Map([['f2', -0.1]]));
    const second = aggregateGroups(index, null, new Map([['f1', 0.3]]));
    expect([first.get('C1'), first.get('C2')]).toEqual([
      { utilization: null, margin: -0.1, flows: 2 },
      { utilization: null, margin: -0.1, flows: 1 },
    ]);
    expect([second.get('C1'), second.get('C2')]).toEqual([
      { utilization: null, margin: 0.3, flows: 2 },
      { utilization: null, margin: null, flows: 1 },
    ]);
    expect(walked).toBe(1);
  });
});
