import ELK from 'elkjs/lib/elk.bundled.js';
import { expect, test } from 'vitest';
import type { ScenarioJson } from '../../../sim/api/index.ts';
import { collapsedView } from '../../model/collapsedView.ts';
import { displayPositions } from '../../model/displayPositions.ts';
import { plantHierarchy } from '../../model/plantHierarchy.ts';
import { withLaidOutPositions } from './elkAutoLayout.ts';
import { elkLayout } from './elkLayout.ts';
import { layoutGraph } from './layoutGraph.ts';
import { pinnedNodes, placeView } from './placeView.ts';

const scenario = {
  format: 'netloom.scenario/v1',
  name: 'two cells',
  nodes: [
    { id: 'CORE', type: 'switch', position: [3, 3, 0] },
    { id: 'C1', type: 'switch', group: 'c1' },
    { id: 'C1-D1', type: 'drive', group: 'c1', position: [9, 9, 0] },
    { id: 'C1-D2', type: 'drive', group: 'c1' },
    { id: 'C2', type: 'switch', group: 'c2' },
    { id: 'C2-D1', type: 'drive', group: 'c2' },
  ],
  links: [
    { from: 'C1', to: 'CORE', rate: '1 Gb/s' },
    { from: 'C1-D1', to: 'C1', rate: '100 Mb/s' },
    { from: 'C1-D2', to: 'C1', rate: '100 Mb/s' },
    { from: 'C2', to: 'CORE', rate: '1 Gb/s' },
    { from: 'C2-D1', to: 'C2', rate: '100 Mb/s' },
  ],
  flows: [],
} as unknown as ScenarioJson;

const viewOf = (s: ScenarioJson, collapsed: string[]) => collapsedView(s, displayPositions(s), plantHierarchy(s), new Set(collapsed));

test('Auto layout writes ELK’s places of what is drawn; the links keep ELK’s routes, nothing moves on screen', async () => {
  const view = viewOf(scenario, []);
  const layout = await elkLayout(layoutGraph(view), new ELK());
  const out = withLaidOutPositions(scenario, view, layout, 40);
  for (const n of out.nodes) {
    const p = layout.at.get(n.id)!;
    // to the cm, as every position is written
    expect(Math.abs(n.position![0] - p.x / 40)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Math.abs(n.position![1] - p.y / 40)).toBeLessThanOrEqual(0.005 + 1e-9);
  }
  // drawn again from the new positions with the same layout: every node where it was, every link on its route
  const again = viewOf(out, []);
  const placed = placeView(again, pinnedNodes(again, out.nodes), layout, 40);
  expect(pinnedNodes(again, out.nodes).size).toBe(6);
  for (const [id, p] of layout.at) expect(Math.hypot(placed.pos.get(id)!.x - p.x, placed.pos.get(id)!.y - p.y)).toBeLessThan(0.5);
  for (const [key, r] of layout.routes) expect(placed.routes.get(key)).toEqual(r);
});

test('with a cell collapsed, its members lose their positions (laid out in place when it opens); the rest are placed', async () => {
  const view = viewOf(scenario, ['group:c1']);
  const layout = await elkLayout(layoutGraph(view), new ELK());
  const out = withLaidOutPositions(scenario, view, layout, 40);
  const at = new Map(out.nodes.map((n) => [n.id, n.position]));
  expect(['C1', 'C1-D1', 'C1-D2'].map((id) => at.get(id))).toEqual([undefined, undefined, undefined]);
  expect(['CORE', 'C2', 'C2-D1'].every((id) => Array.isArray(at.get(id)))).toBe(true);
  // the input is not changed: the edit is undoable
  expect(scenario.nodes[2].position).toEqual([9, 9, 0]);
});
