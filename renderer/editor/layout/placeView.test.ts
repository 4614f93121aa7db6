import { describe, expect, test } from 'vitest';
import { collapsedView } from '../../model/collapsedView.ts';
import type { TopologyLayout } from './elkLayout.ts';
import { midpoint, pinnedNodes, placeView } from './placeView.ts';

const scenario = {
  nodes: [
    { id: 'CORE', type: 'switch', position: [1, 2, 0] as [number, number, number] },
    { id: 'A', type: 'switch' },
    { id: 'B', type: 'plc' },
  ],
  links: [
    { from: 'A', to: 'CORE' },
    { from: 'B', to: 'A' },
  ],
};
const view = collapsedView(scenario, new Map([['CORE', [1, 2, 0]]]), [], new Set());
const layout: TopologyLayout = {
  at: new Map([
    ['CORE', { x: 0, y: 0 }],
    ['A', { x: 100, y: 0 }],
    ['B', { x: 200, y: 50 }],
  ]),
  routes: new Map([
    [
      'A-CORE',
      [
        { x: 81, y: 0 },
        { x: 19, y: 0 },
      ],
    ],
    [
      'B-A',
      [
        { x: 181, y: 50 },
        { x: 150, y: 50 },
        { x: 150, y: 0 },
        { x: 119, y: 0 },
      ],
    ],
  ]),
};

describe('placeView', () => {
  test('a node the scenario places stays at its position, over the layout; its links go straight to it', () => {
    const pinned = pinnedNodes(view, scenario.nodes);
    expect([...pinned]).toEqual(['CORE']);
    const p = placeView(view, pinned, layout, 40);
    expect(p.pos.get('CORE')).toEqual({ x: 40, y: 80 });
    expect(p.pos.get('A')).toEqual({ x: 100, y: 0 });
    expect(p.routes.get('A-CORE')).toEqual([
      { x: 100, y: 0 },
      { x: 40, y: 80 },
    ]);
    expect(p.routes.get('B-A')).toEqual(layout.routes.get('B-A'));
  });

  test('a node placed where the layout puts it (Auto layout wrote its place) keeps its routes', () => {
    const placed = { ...layout, at: new Map([...layout.at, ['CORE', { x: 40.02, y: 79.99 }]]) };
    const p = placeView(view, pinnedNodes(view, scenario.nodes), placed, 40);
    expect(p.pos.get('CORE')).toEqual({ x: 40, y: 80 });
    expect(p.routes.get('A-CORE')).toEqual(layout.routes.get('A-CORE'));
  });

  test('without a layout it is the floor plan with straight links', () => {
    const p = placeView(view, new Set(), null, 40);
    expect(p.pos.get('A')).toEqual({ x: 0, y: 0 });
    expect(p.routes.get('B-A')).toHaveLength(2);
  });

  test('a group: node is placed by the scenario only when all its members are', () => {
    const groups = [{ id: 'group:cell', label: 'cell', members: ['A', 'B'], parent: null, leaf: true }];
    const v = collapsedView(scenario, new Map(), groups, new Set(['group:cell']));
    expect(pinnedNodes(v, scenario.nodes).has('group:cell')).toBe(false);
    const all = scenario.nodes.map((n) => ({ ...n, position: [0, 0, 0] }));
    expect(pinnedNodes(v, all).has('group:cell')).toBe(true);
  });
});

test('midpoint is halfway along the polyline, not between its ends', () => {
  expect(
    midpoint([
      { x: 0, y: 0 },
      { x: 0, y: 10 },
      { x: 30, y: 10 },
    ]),
  ).toEqual({ x: 10, y: 10 });
  expect(midpoint([{ x: 5, y: 5 }])).toEqual({ x: 5, y: 5 });
});
