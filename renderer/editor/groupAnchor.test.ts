import { expect, test } from 'vitest';
import type { CollapsedView } from '../model/collapsedView.ts';
import { anchorPoint, holdGroup } from './groupAnchor.ts';

const view = { nodes: [], links: [], repOf: new Map(), viewKeyOf: new Map() } as CollapsedView;
const group = { id: 'group:c1', label: 'c1', members: ['c1/SW', 'c1/D1'], parent: null, leaf: true };
const before = new Map([
  ['CORE', { x: 0, y: 0 }],
  ['group:c1', { x: 100, y: 0 }],
]);

test('the view stays put when the layout kept the nodes outside the group where they were', () => {
  const a = holdGroup(before, view, 'group:c1', group, [50, 50]);
  expect(a.other).toEqual(['CORE', { x: 0, y: 0 }]);
  const opened = new Map([
    ['CORE', { x: 0, y: 0 }],
    ['c1/SW', { x: 100, y: 0 }],
    ['c1/D1', { x: 200, y: 0 }],
  ]);
  expect(anchorPoint(a, opened)).toBeNull();
});

test('after a whole new layout, the point to bring back under the toggle is the members’ centre', () => {
  const a = holdGroup(before, view, 'group:c1', group, [50, 50]);
  const relaid = new Map([
    ['CORE', { x: 10, y: 0 }],
    ['c1/SW', { x: 100, y: 40 }],
    ['c1/D1', { x: 200, y: 0 }],
  ]);
  expect(anchorPoint(a, relaid)).toEqual({ x: 150, y: 20 });
});
