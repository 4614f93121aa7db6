import { expect, test } from 'vitest';
import type { CollapsedView } from '../model/collapsedView.ts';
import { anchorPoint, holdGroup, revealShift } from './groupAnchor.ts';

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

test('an opened group out of sight is brought into view by the least move; one in sight does not move the view', () => {
  const box = (x0: number, y0: number, x1: number, y1: number): [number, number][] => [
    [x0, y0],
    [x1, y1],
  ];
  expect(revealShift(box(10, 10, 100, 100), 0, 800, 600)).toEqual([0, 0]);
  expect(revealShift(box(10, -300, 100, -100), 0, 800, 600)).toEqual([0, 300]);
  expect(revealShift(box(700, 10, 900, 100), 0, 800, 600)).toEqual([-100, 0]);
  expect(revealShift(box(700, 30, 790, 100), 20, 800, 600)).toEqual([-10, 0]);
  // larger than the view: its top left corner comes to the view's
  expect(revealShift(box(700, -50, 1700, 100), 0, 800, 600)).toEqual([-700, 50]);
});
